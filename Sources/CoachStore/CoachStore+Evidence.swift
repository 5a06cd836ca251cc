import CoachCore
import Foundation
import GRDB

extension CoachStore {
  /// Stores an evidence entry and returns it with its new id ("evidence-4"). The draft is
  /// tidied first; one with no skill, a skill the pack lacks, empty text, a day that is not
  /// YYYY-MM-DD or text over its limit is refused (`.invalidValue`), nothing stored.
  @discardableResult
  public func addEvidence(_ draft: EvidenceDraft, pack: Pack) throws(StoreError)
    -> EvidenceEntry
  {
    let tidied = draft.tidied
    if let problem = tidied.problem(in: pack) { throw .invalidValue(problem) }
    try Self.checkEvidenceLimits(tidied)
    return try write { db in
      let number = try Self.insertEvidence(tidied, db)
      return try Self.fetchEvidence(db, where: "WHERE id = ?", [number])[0]
    }
  }

  /// Every evidence entry, the earliest day first (entries of one day in the order added).
  public func evidence() throws(StoreError) -> [EvidenceEntry] {
    try read { db in try Self.fetchEvidence(db) }
  }

  /// The entries that name `skill`, the earliest day first.
  public func evidence(forSkill skill: String) throws(StoreError) -> [EvidenceEntry] {
    try read { db in
      try Self.fetchEvidence(
        db, where: "WHERE id IN (SELECT evidenceId FROM evidenceSkill WHERE skill = ?)", [skill])
    }
  }

  /// The entry with this id ("evidence-3"), if any.
  public func evidence(id: String) throws(StoreError) -> EvidenceEntry? {
    guard let number = EvidenceEntry.number(of: id) else { return nil }
    return try read { db in try Self.fetchEvidence(db, where: "WHERE id = ?", [number]).first }
  }

  /// Removes an entry; an unknown id throws `.noSuchEvidence` and changes nothing.
  public func removeEvidence(id: String) throws(StoreError) {
    guard let number = EvidenceEntry.number(of: id) else { throw .noSuchEvidence(id) }
    try write { db in
      try db.execute(sql: "DELETE FROM evidence WHERE id = ?", arguments: [number])
      guard db.changesCount > 0 else { throw StoreError.noSuchEvidence(id) }
    }
  }

  static func checkEvidenceLimits(_ draft: EvidenceDraft) throws(StoreError) {
    try TextLimits.check(draft.text, limit: TextLimits.evidenceText, name: "the text")
    try TextLimits.check(
      draft.outcome ?? "", limit: TextLimits.evidenceOutcome, name: "the outcome")
    try TextLimits.check(
      draft.reference ?? "", limit: TextLimits.evidenceReference, name: "the reference")
  }

  /// Stores an entry with its skills; keeps `id` (a row number) when this store never gave it
  /// out. Returns the row number.
  static func insertEvidence(
    _ draft: EvidenceDraft, id: Int64? = nil, uid: String? = nil, _ db: Database
  ) throws -> Int64 {
    let given =
      try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'evidence'")
      ?? 0
    let kept = id.flatMap { $0 > given ? $0 : nil }
    try db.execute(
      sql: """
        INSERT INTO evidence (id, uid, day, text, outcome, reference)
        VALUES (?, COALESCE(?, \(StableIDs.newUID)), ?, ?, ?, ?)
        """,
      arguments: [kept, uid, draft.day, draft.text, draft.outcome, draft.reference])
    let number = db.lastInsertedRowID
    for (position, skill) in draft.skills.enumerated() {
      try db.execute(
        sql: "INSERT INTO evidenceSkill (evidenceId, position, skill) VALUES (?, ?, ?)",
        arguments: [number, position, skill])
    }
    return number
  }

  static func fetchEvidence(
    _ db: Database, where condition: String = "", _ arguments: StatementArguments = []
  ) throws -> [EvidenceEntry] {
    let rows = try Row.fetchAll(
      db, sql: "SELECT * FROM evidence \(condition) ORDER BY day, id", arguments: arguments)
    var skills: [Int64: [String]] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT evidenceId, skill FROM evidenceSkill ORDER BY evidenceId, position")
    {
      skills[row["evidenceId"], default: []].append(row["skill"])
    }
    return rows.map { row in
      let number: Int64 = row["id"]
      return EvidenceEntry(
        id: EvidenceEntry.id(number: number), day: row["day"], skills: skills[number] ?? [],
        text: row["text"], outcome: row["outcome"], reference: row["reference"])
    }
  }
}
