import CoachCore
import Foundation
import GRDB

/// An exported record: the row id of the database it came from, and its stable id.
protocol StableRecord: Encodable {
  var id: Int64 { get set }
  var uid: String? { get set }
}

/// Finds, for each record of an import, whether the store already holds it: by its stable id
/// when it has one, else (a file from before stable ids) by what it holds.
struct ImportMatcher<Record: StableRecord> {
  enum Match { case new, present, conflict }

  private let encoder = CanonicalJSON.encoder()
  private var byUID: [String: Data] = [:]
  private var contents: Set<Data> = []

  init(stored: [Record]) {
    for record in stored { add(record) }
  }

  /// What the record holds, apart from its ids: equal for the same record in two databases.
  func content(_ record: Record) -> Data {
    var copy = record
    copy.id = 0
    copy.uid = nil
    return (try? encoder.encode(copy)) ?? Data()
  }

  mutating func add(_ record: Record) {
    let content = content(record)
    if let uid = record.uid { byUID[uid] = content }
    contents.insert(content)
  }

  /// A known stable id with the same content is present, with other content a conflict; a
  /// record whose content is stored (under another stable id, or none) is present too.
  func match(_ record: Record) -> Match {
    let content = content(record)
    if let uid = record.uid, let stored = byUID[uid] {
      return stored == content ? .present : .conflict
    }
    return contents.contains(content) ? .present : .new
  }
}

/// What an import did besides storing records: those it found already stored, and those it
/// left out because a stored record with the same stable id holds something else.
struct ImportTally {
  var present = 0
  var conflicts: [String] = []

  /// Stores each record the store does not hold yet through `insert`; returns how many.
  mutating func merge<Record: StableRecord, Value>(
    _ records: [(Record, Value)], stored: [Record], describe: (Record) -> String,
    insert: (Record, Value) throws -> Void
  ) rethrows -> Int {
    var matcher = ImportMatcher(stored: stored)
    var added = 0
    for (record, value) in records {
      switch matcher.match(record) {
      case .present: present += 1
      case .conflict: conflicts.append(describe(record))
      case .new:
        try insert(record, value)
        matcher.add(record)
        added += 1
      }
    }
    return added
  }

  /// A card is kept per question: one the store holds as it is is already present; one that
  /// differs from the stored card of its question is a conflict, left out.
  mutating func mergeCards(
    _ cards: [(ExportedCard, DrillCard)], stored: [ExportedCard], _ db: Database
  ) throws {
    let encoder = CanonicalJSON.encoder()
    var known = [String: Data]()
    for card in stored { known[card.question] = try encoder.encode(card) }
    for (exported, card) in cards {
      let content = try encoder.encode(exported)
      switch known[exported.question] {
      case content?: present += 1
      case _?: conflicts.append("the flashcard of question \(QuotedText.quote(card.question))")
      case nil:
        try DrillRows.upsert(card, db)
        known[exported.question] = content
      }
    }
  }
}

/// Records as JSON with sorted keys, so equal content gives equal bytes.
enum CanonicalJSON {
  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return encoder
  }
}
