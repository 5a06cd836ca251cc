import CoachCore
import Foundation
import GRDB

extension CoachStore {
  /// Keeps a draft, replacing the one kept before at the same place.
  public func saveDraft(_ draft: Draft, at date: Date) throws(StoreError) {
    try write { db in
      try db.execute(
        sql: """
          INSERT INTO draft (place, texts, secondsUsed, savedAt) VALUES (?, ?, ?, ?)
          ON CONFLICT(place) DO UPDATE SET
            texts = excluded.texts, secondsUsed = excluded.secondsUsed, savedAt = excluded.savedAt
          """,
        arguments: [
          draft.place.key, JSONColumn.encode(draft.texts), max(0, draft.secondsUsed),
          TimeStamp.millis(date),
        ])
    }
  }

  /// The draft kept at `place`, if any.
  public func draft(at place: Draft.Place) throws(StoreError) -> Draft? {
    try read { db in
      try Row.fetchOne(
        db, sql: "SELECT place, texts, secondsUsed FROM draft WHERE place = ?",
        arguments: [place.key]
      ).flatMap(Self.draft(from:))
    }
  }

  /// Every draft kept, newest first.
  public func drafts() throws(StoreError) -> [Draft] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT place, texts, secondsUsed FROM draft ORDER BY savedAt DESC"
      ).compactMap(Self.draft(from:))
    }
  }

  /// Drops the draft at `place`; dropping one that is not there does nothing.
  public func deleteDraft(at place: Draft.Place) throws(StoreError) {
    try write { db in try Self.deleteDraft(at: place, db) }
  }

  static func deleteDraft(at place: Draft.Place, _ db: Database) throws {
    try db.execute(sql: "DELETE FROM draft WHERE place = ?", arguments: [place.key])
  }

  /// Drops every draft of a mock interview that has ended.
  static func deleteDrafts(ofMockInterview interview: Int64, _ db: Database) throws {
    try db.execute(sql: "DELETE FROM draft WHERE place LIKE ?", arguments: ["mock:\(interview):%"])
  }

  /// A draft row; nil for a place this version does not know.
  private static func draft(from row: Row) -> Draft? {
    Draft.Place(key: row["place"]).map {
      Draft(place: $0, texts: JSONColumn.decode(row["texts"]), secondsUsed: row["secondsUsed"])
    }
  }
}

extension Draft.Place {
  /// The place a store key names; nil for a key this version does not know.
  init?(key: String) {
    let parts = key.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
    switch parts.first {
    case "mock":
      guard parts.count == 3, let interview = Int64(parts[1]), let position = Int(parts[2])
      else { return nil }
      self = .mockAnswer(interview: interview, position: position)
    case "star":
      guard parts.count >= 2 else { return nil }
      self = .star(question: String(key.dropFirst("star:".count)))
    default: return nil
    }
  }
}
