import CoachCore
import Foundation
import GRDB

/// A review a mentor or manager filled in, as the user imported it.
public struct ReceivedReview: Sendable, Equatable {
  public var review: Review
  public var receivedAt: Date

  public init(review: Review, receivedAt: Date) {
    self.review = review
    self.receivedAt = receivedAt
  }
}

extension CoachStore {
  /// Stores a filled review; returns false, storing nothing, when a review with its id is
  /// already held (the same file imported again). The user's own ratings in the file are not
  /// kept: the store holds those already.
  @discardableResult
  public func addReceivedReview(_ review: Review, at now: Date) throws(StoreError) -> Bool {
    for (skill, comment) in review.comments {
      try TextLimits.check(comment, limit: TextLimits.note, name: "the comment on \(skill)")
    }
    return try write { db in
      try db.execute(
        sql: """
          INSERT OR IGNORE INTO receivedReview
            (uid, pack, reviewer, receivedAt, skills, ratings, comments)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          review.id, review.pack, review.reviewer, TimeStamp.millis(now),
          JSONColumn.encode(review.skills), JSONColumn.encode(review.ratings),
          JSONColumn.encode(review.comments),
        ])
      return db.changesCount > 0
    }
  }

  /// Every review received, the first imported first.
  public func receivedReviews() throws(StoreError) -> [ReceivedReview] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM receivedReview ORDER BY id").map { row in
        let ratings: [String: Rating] = Self.decodeMap(row["ratings"])
        let comments: [String: String] = Self.decodeMap(row["comments"])
        return ReceivedReview(
          review: Review(
            id: row["uid"], pack: row["pack"], reviewer: row["reviewer"],
            skills: JSONColumn.decode(row["skills"]), ratings: ratings, comments: comments),
          receivedAt: TimeStamp.date(row["receivedAt"]))
      }
    }
  }

  static func decodeMap<Value: Decodable>(_ text: String) -> [String: Value] {
    (try? JSONDecoder().decode([String: Value].self, from: Data(text.utf8))) ?? [:]
  }
}
