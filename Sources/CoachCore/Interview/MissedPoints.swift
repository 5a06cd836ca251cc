import Foundation

/// Key points a user missed in a mock interview and sent to their drills with one key: the
/// question's flashcard comes first in the next drill, its missed points marked, until the
/// card is reviewed after they were sent.
public struct MissedPoints: Sendable, Equatable {
  public var questionID: String
  /// Indices of the question's key points the answer left unticked, in order.
  public var points: [Int]
  public var sentAt: Date

  public init(questionID: String, points: [Int], sentAt: Date) {
    self.questionID = questionID
    self.points = points
    self.sentAt = sentAt
  }

  /// The missed points still waiting for a drill, by question. Of every interview sent to the
  /// drills, the latest answer to each question counts; a question whose card was reviewed
  /// after that is done with. Linear in the number of answers.
  public static func pending(
    in interviews: [MockInterview], lastReviewed: [String: Date]
  ) -> [String: MissedPoints] {
    var latest: [String: MissedPoints] = [:]
    for interview in interviews {
      guard let sent = interview.missedSentToDrillsAt else { continue }
      for answer in interview.answers {
        let ticked = Set(answer.ticked)
        let missed = (0..<answer.pointCount).filter { !ticked.contains($0) }
        if let known = latest[answer.questionID], known.sentAt >= sent { continue }
        latest[answer.questionID] = MissedPoints(
          questionID: answer.questionID, points: missed, sentAt: sent)
      }
    }
    return latest.filter { id, missed in
      !missed.points.isEmpty && (lastReviewed[id].map { $0 < missed.sentAt } ?? true)
    }
  }
}
