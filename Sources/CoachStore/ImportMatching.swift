import CoachCore
import Foundation
import GRDB

/// How an imported record stands against what is stored. A record is known by when it was
/// made, which every export keeps whatever ids the records had: an assessment or a mock
/// interview by its start, a STAR answer by its question and when it was saved, a review by
/// its question and time. The same record again adds nothing; a record made at the same
/// moment with other content is a conflict, reported and left out, never merged.
enum ImportMatch: Equatable {
  case new, present, conflict
}

enum ImportMatching {
  static func match(_ assessment: Assessment, _ db: Database) throws -> ImportMatch {
    let stored = try AssessmentRows.fetch(
      db, where: "WHERE startedAt = ?", arguments: [TimeStamp.millis(assessment.startedAt)])
    return classify(stored, assessment, sameID: { $0.id = assessment.id })
  }

  static func match(_ interview: MockInterview, _ db: Database) throws -> ImportMatch {
    let stored = try MockRows.fetchInterviews(
      db, where: "WHERE startedAt = ?", arguments: [TimeStamp.millis(interview.startedAt)])
    return classify(stored, interview, sameID: { $0.id = interview.id })
  }

  static func match(_ star: SavedStarAnswer, _ db: Database) throws -> ImportMatch {
    let stored = try MockRows.fetchStar(
      db, where: "WHERE questionId = ? AND savedAt = ?",
      arguments: [star.questionID, TimeStamp.millis(star.savedAt)])
    return classify(stored, star, sameID: { $0.id = star.id })
  }

  static func match(_ review: DrillReview, _ db: Database) throws -> ImportMatch {
    let stored = try Row.fetchAll(
      db, sql: "SELECT * FROM review WHERE at = ? AND questionId = ?",
      arguments: [TimeStamp.millis(review.at), review.question]
    ).map(DrillRows.review(from:))
    return classify(stored, review, sameID: { _ in })
  }

  /// Whether a card read from an import should replace the stored one: only when it was
  /// reviewed later, so an old export never winds a card back.
  static func isNewer(_ card: DrillCard, _ db: Database) throws -> Bool {
    guard
      let stored = try DrillRows.fetchCards(db, where: "WHERE questionId = ?", [card.question])
        .first
    else { return true }
    let storedLast = stored.card.lastReview ?? .distantPast
    return (card.card.lastReview ?? .distantPast) > storedLast
  }

  private static func classify<Record: Equatable>(
    _ stored: [Record], _ candidate: Record, sameID: (inout Record) -> Void
  ) -> ImportMatch {
    guard !stored.isEmpty else { return .new }
    let present = stored.contains { record in
      var record = record
      sameID(&record)
      return record == candidate
    }
    return present ? .present : .conflict
  }

  static func describe(_ assessment: Assessment) -> String {
    "the assessment started \(TimeStamp.iso(assessment.startedAt))"
  }

  static func describe(_ interview: MockInterview) -> String {
    "the mock interview started \(TimeStamp.iso(interview.startedAt))"
  }

  static func describe(_ star: SavedStarAnswer) -> String {
    "the STAR answer to \(star.questionID) saved \(TimeStamp.iso(star.savedAt))"
  }

  static func describe(_ review: DrillReview) -> String {
    "the review of \(review.question) at \(TimeStamp.iso(review.at))"
  }
}
