import CoachCore
import Foundation
import GRDB

/// A review received, in an export file. `uid` is the review's own id (the request's), so the
/// same review is held once however it arrives; ratings are steps of the scale (0 the lowest).
struct ExportedReceivedReview: Codable, StableRecord {
  var id: Int64
  var uid: String?
  var pack: String
  var reviewer: String?
  var receivedAt: String
  var skills: [String]
  var ratings: [String: Rating]
  var comments: [String: String]

  static func fetchAll(_ db: Database) throws -> [ExportedReceivedReview] {
    try Row.fetchAll(db, sql: "SELECT * FROM receivedReview ORDER BY id").map { row in
      ExportedReceivedReview(
        id: row["id"], uid: row["uid"], pack: row["pack"], reviewer: row["reviewer"],
        receivedAt: TimeStamp.iso(TimeStamp.date(row["receivedAt"])),
        skills: JSONColumn.decode(row["skills"]),
        ratings: CoachStore.decodeMap(row["ratings"]),
        comments: CoachStore.decodeMap(row["comments"]))
    }
  }

  var review: Review {
    Review(
      id: uid ?? "", pack: pack, reviewer: reviewer, skills: skills, ratings: ratings,
      comments: comments)
  }
}

/// The checks and the merge of the reviews received in an import file.
enum ReceivedReviewImport {
  /// Each review's problems, as `.badImport`: an id, known skills, ratings on the pack's scale
  /// and comments within their limit.
  static func check(_ reviews: [ExportedReceivedReview], pack: Pack) throws(StoreError) {
    try StableIDs.check(reviews, in: "receivedReviews")
    for (index, review) in reviews.enumerated() {
      let name = "receivedReviews[\(index)]"
      guard review.uid != nil else { throw .badImport(problem: "\(name) has no uid") }
      guard TimeStamp.parse(review.receivedAt) != nil else {
        throw .badImport(problem: "\(name).receivedAt is not a date")
      }
      let skills = Set(review.skills)
      for skill in review.skills.sorted() + review.ratings.keys.sorted()
      where pack.skill(skill) == nil || !skills.contains(skill) {
        throw .badImport(problem: "\(name) names the unknown skill \(QuotedText.quote(skill))")
      }
      for (skill, rating) in review.ratings where !pack.scale.range.contains(rating) {
        throw .badImport(
          problem: "\(name) rates \(QuotedText.quote(skill)) outside \(pack.scale.numbers)")
      }
      for (skill, comment) in review.comments {
        do {
          try TextLimits.check(comment, limit: TextLimits.note, name: "the comment on \(skill)")
        } catch {
          throw .badImport(problem: "in \(name), \(error.problem)")
        }
      }
    }
  }

  /// Stores the reviews the store does not hold; returns how many.
  static func merge(
    _ reviews: [ExportedReceivedReview], tally: inout ImportTally, _ db: Database
  ) throws -> Int {
    func insert(_ exported: ExportedReceivedReview, _: Void) throws {
      let review = exported.review
      try db.execute(
        sql: """
          INSERT INTO receivedReview (uid, pack, reviewer, receivedAt, skills, ratings, comments)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          review.id, review.pack, review.reviewer,
          TimeStamp.millis(TimeStamp.parse(exported.receivedAt) ?? Date()),
          JSONColumn.encode(review.skills), JSONColumn.encode(review.ratings),
          JSONColumn.encode(review.comments),
        ])
    }
    return try tally.merge(
      reviews.map { ($0, ()) }, stored: try ExportedReceivedReview.fetchAll(db),
      describe: { "the review received \($0.uid ?? "") on \($0.receivedAt)" }, insert: insert)
  }
}
