import CoachCore
import Foundation
import GRDB

/// The ids that exported records keep from one database to another (`uid`, 32 hex digits),
/// unlike the row ids each database gives out on its own.
enum StableIDs {
  /// The tables whose rows are exported one by one.
  static let tables = ["assessment", "mockInterview", "starAnswer", "review"]
  /// SQL for a new random id.
  static let newUID = "lower(hex(randomblob(16)))"

  /// Every row id of `table` with its stable id.
  static func all(in table: String, _ db: Database) throws -> [Int64: String] {
    var result: [Int64: String] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT id, uid FROM \(table)") {
      result[row["id"]] = row["uid"]
    }
    return result
  }

  /// A stable id in an import file is a short printable word, given to one record of a kind.
  static func check<Record: StableRecord>(_ records: [Record], in list: String)
    throws(StoreError)
  {
    var seen = Set<String>()
    for (index, record) in records.enumerated() {
      guard let uid = record.uid else { continue }
      guard (1...64).contains(uid.utf8.count),
        uid.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
      else {
        throw .badImport(problem: "\(list)[\(index)].uid is not 1 to 64 letters, digits or dashes")
      }
      guard seen.insert(uid).inserted else {
        throw .badImport(problem: "the uid \(QuotedText.quote(uid)) appears twice in \(list)")
      }
    }
  }
}
