import CoachCore
import Foundation
import GRDB

/// An evidence entry in an export file. `id` is its row number, so "evidence-3" is 3.
struct ExportedEvidence: Codable, StableRecord {
  var id: Int64
  var uid: String?
  var day: String
  var skills: [String]
  var text: String
  var outcome: String?
  var reference: String?

  init(id: Int64, uid: String?, _ entry: EvidenceEntry) {
    self.id = id
    self.uid = uid
    day = entry.day
    skills = entry.skills
    text = entry.text
    outcome = entry.outcome
    reference = entry.reference
  }

  var draft: EvidenceDraft {
    EvidenceDraft(day: day, skills: skills, text: text, outcome: outcome, reference: reference)
  }

  static func fetchAll(_ db: Database) throws -> [ExportedEvidence] {
    let uids = try StableIDs.all(in: "evidence", db)
    return try CoachStore.fetchEvidence(db).map { entry in
      let number = EvidenceEntry.number(of: entry.id) ?? 0
      return ExportedEvidence(id: number, uid: uids[number], entry)
    }
  }
}

/// The checks and the merge of the evidence entries in an import file.
enum EvidenceImport {
  /// Each entry's problems, as `.badImport`: the same rules as adding one, and ids once each.
  static func check(_ entries: [ExportedEvidence], pack: Pack) throws(StoreError) {
    try StableIDs.check(entries, in: "evidence")
    var ids = Set<Int64>()
    for (index, entry) in entries.enumerated() {
      let name = "evidence[\(index)]"
      guard entry.id > 0, ids.insert(entry.id).inserted else {
        throw .badImport(problem: "\(name) has an id below 1 or one that appears twice")
      }
      if let problem = entry.draft.problem(in: pack) {
        throw .badImport(problem: "in \(name), \(problem)")
      }
      guard Set(entry.skills).count == entry.skills.count else {
        throw .badImport(problem: "\(name) names a skill twice")
      }
      do {
        try CoachStore.checkEvidenceLimits(entry.draft)
      } catch {
        throw .badImport(problem: "in \(name), \(error.problem)")
      }
    }
  }

  /// Stores the entries the store does not hold; returns how many.
  static func merge(_ entries: [ExportedEvidence], tally: inout ImportTally, _ db: Database)
    throws -> Int
  {
    func insert(_ entry: ExportedEvidence, _: Void) throws {
      _ = try CoachStore.insertEvidence(entry.draft, id: entry.id, uid: entry.uid, db)
    }
    return try tally.merge(
      entries.map { ($0, ()) }, stored: try ExportedEvidence.fetchAll(db),
      describe: { "the evidence entry \($0.uid ?? "") of \($0.day)" }, insert: insert)
  }
}
