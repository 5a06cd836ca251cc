import CoachCore
import Foundation
import GRDB

/// Reading and writing the `card` and `review` tables.
enum DrillRows {
  static func card(from row: Row) throws -> DrillCard {
    let stateText: String = row["state"]
    guard let state = FSRSState(rawValue: stateText) else {
      throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "unknown card state \(stateText)")
    }
    let card = FSRSCard(
      state: state, step: row["step"], stability: row["stability"],
      difficulty: row["difficulty"], due: TimeStamp.date(row["due"]),
      lastReview: (row["lastReview"] as Int64?).map(TimeStamp.date))
    return DrillCard(
      question: row["questionId"], card: card, reps: row["reps"], lapses: row["lapses"],
      introducedAt: TimeStamp.date(row["introducedAt"]))
  }

  static func review(from row: Row) throws -> DrillReview {
    let gradeValue: Int = row["grade"]
    guard let grade = FSRSGrade(rawValue: gradeValue) else {
      throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "grade \(gradeValue)")
    }
    return DrillReview(
      question: row["questionId"], at: TimeStamp.date(row["at"]), grade: grade,
      secondsSpent: row["secondsSpent"], due: TimeStamp.date(row["due"]))
  }

  static func fetchCards(
    _ db: Database, where clause: String = "", _ arguments: StatementArguments = []
  )
    throws -> [DrillCard]
  {
    try Row.fetchAll(db, sql: "SELECT * FROM card \(clause)", arguments: arguments).map(card(from:))
  }

  static func upsert(_ card: DrillCard, _ db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO card (questionId, state, step, stability, difficulty, due, lastReview, reps,
          lapses, introducedAt)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (questionId) DO UPDATE SET state = excluded.state, step = excluded.step,
          stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due,
          lastReview = excluded.lastReview, reps = excluded.reps, lapses = excluded.lapses,
          introducedAt = excluded.introducedAt
        """,
      arguments: [
        card.question, card.card.state.rawValue, card.card.step, card.card.stability,
        card.card.difficulty, TimeStamp.millis(card.card.due),
        card.card.lastReview.map(TimeStamp.millis), card.reps, card.lapses,
        TimeStamp.millis(card.introducedAt),
      ])
  }

  /// Inserts a review under `id` when given and free, else under a new id; `uid` is its
  /// stable id from an export, else one is made.
  static func insert(_ review: DrillReview, id: Int64? = nil, uid: String? = nil, _ db: Database)
    throws
  {
    let chosen = try ImportedID.free(id, in: "review", db)
    try db.execute(
      sql:
        "INSERT INTO review (id, questionId, at, grade, secondsSpent, due, uid) VALUES (?, ?, ?, ?, ?, ?, ?)",
      arguments: [
        chosen, review.question, TimeStamp.millis(review.at), review.grade.rawValue,
        review.secondsSpent, TimeStamp.millis(review.due), uid,
      ])
  }
}
