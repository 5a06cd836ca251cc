import CoachCore
import Foundation
import GRDB

extension CoachStore {
  /// Replaces the text of a saved STAR answer, keeping when it was first saved (the list's
  /// order); the draft typed for its question goes, as on a first save. Returns it as stored.
  @discardableResult
  public func updateStarAnswer(id: Int64, with answer: StarAnswer) throws(StoreError)
    -> SavedStarAnswer
  {
    try Self.validate(answer)
    let updated = try write { db -> SavedStarAnswer? in
      guard var saved = try MockRows.fetchStar(db, where: "WHERE id = ?", arguments: [id]).first
      else { return nil }
      try db.execute(
        sql: """
          UPDATE starAnswer SET situation = ?, task = ?, action = ?, result = ? WHERE id = ?
          """,
        arguments: [answer.situation, answer.task, answer.action, answer.result, id])
      try Self.deleteDraft(at: .star(question: saved.questionID), db)
      saved.answer = answer
      return saved
    }
    guard let updated else { throw .invalidValue("the STAR answer \(id) is gone") }
    return updated
  }

  /// Deletes a saved STAR answer; one already gone is no error.
  public func deleteStarAnswer(id: Int64) throws(StoreError) {
    try write { db in try db.execute(sql: "DELETE FROM starAnswer WHERE id = ?", arguments: [id]) }
  }
}
