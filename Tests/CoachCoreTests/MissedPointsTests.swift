import CoachCore
import Foundation
import XCTest

/// Missed key points sent to the drills wait for the question's next review, the latest
/// interview's answer counting.
final class MissedPointsTests: XCTestCase {
  private func at(_ seconds: Double) -> Date {
    Date(timeIntervalSince1970: 1_800_000_000 + seconds)
  }

  private func interview(
    sent: Double?, _ answers: [(question: String, ticked: [Int], points: Int)]
  ) -> MockInterview {
    MockInterview(
      startedAt: at(0), length: .questions(answers.count), focus: .all,
      questions: answers.map(\.question),
      answers: answers.enumerated().map { position, answer in
        MockAnswer(
          position: position, questionID: answer.question, text: "…", secondsUsed: 10,
          timedOut: false, ticked: answer.ticked, pointCount: answer.points)
      }, missedSentToDrillsAt: sent.map(at))
  }

  func testOnlySentInterviewsCountAndFullyCoveredQuestionsAreLeftOut() {
    let pending = MissedPoints.pending(
      in: [
        interview(sent: 100, [("q1", [0, 2], 4), ("q2", [0, 1, 2], 3)]),
        interview(sent: nil, [("q3", [], 3)]),
      ], lastReviewed: [:])
    XCTAssertEqual(Set(pending.keys), ["q1"])
    XCTAssertEqual(pending["q1"]?.points, [1, 3])
    XCTAssertEqual(pending["q1"]?.sentAt, at(100))
  }

  func testTheLatestSentAnswerToAQuestionCounts() {
    let pending = MissedPoints.pending(
      in: [
        interview(sent: 500, [("q1", [0, 1], 3)]),
        interview(sent: 100, [("q1", [], 3)]),
      ], lastReviewed: [:])
    XCTAssertEqual(pending["q1"]?.points, [2])
  }

  func testAReviewAfterSendingIsDoneWithIt() {
    let interviews = [interview(sent: 100, [("q1", [], 3), ("q2", [], 2)])]
    let pending = MissedPoints.pending(
      in: interviews, lastReviewed: ["q1": at(200), "q2": at(50)])
    XCTAssertEqual(Set(pending.keys), ["q2"], "q2 was last reviewed before the interview")
  }
}
