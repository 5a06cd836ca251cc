import CoachCore
import CoachStore
import Foundation
import XCTest

@testable import CoachTUI

/// Key points missed in a mock interview and sent to the drills come first in the next drill,
/// marked on the card, and leave the queue once the card is reviewed.
final class DrillMissedPointsTests: XCTestCase {
  /// An interview on the pack's last question with only its first point ticked, sent to the
  /// drills a minute before the drill.
  private func sendMissed(_ store: TestStore) throws -> Question {
    let question = try XCTUnwrap(store.pack.questions.last)
    let before = TestStore.fixedNow.addingTimeInterval(-600)
    let interview = try store.store.startMockInterview(
      length: .questions(1), focus: .chosen, questions: [question.id], now: before)
    try store.store.saveMockAnswer(
      MockAnswer(
        position: 0, questionID: question.id, text: "Only the first point.", secondsUsed: 60,
        timedOut: false, ticked: [0], pointCount: question.keyPoints.count),
      interview: interview.id)
    try store.store.finishMockInterview(interview.id, at: before.addingTimeInterval(60))
    _ = try store.store.sendMissedPointsToDrills(
      interview.id, at: before.addingTimeInterval(120))
    return question
  }

  func testTheMissedQuestionComesFirstWithItsPointsMarked() throws {
    let store = try TestStore()
    let question = try sendMissed(store)
    var loop = try store.loop("drill")
    let screen = try XCTUnwrap(loop.state.top as? DrillScreen)
    XCTAssertEqual(screen.current, question.id, "first, though last in the pack and new")
    XCTAssertTrue(loop.frame().text.contains("1 missed, "), loop.frame().text)
    loop.send(.key(.space))
    let revealed = loop.frame().text
    XCTAssertTrue(revealed.contains("▸ marks the points you missed in a mock interview."))
    let marked = revealed.split(separator: "\n").filter { $0.contains("▸ ") }
    XCTAssertEqual(marked.count, 1 + (question.keyPoints.count - 1), "the legend, then all but one")
    XCTAssertFalse(
      revealed.contains("▸ " + question.keyPoints[0].prefix(20)), "the ticked point is a bullet")
    assertGolden(revealed, named: "drill-missed-points-80x24")

    loop.send(.key(.character("3")))
    let after = try XCTUnwrap(loop.state.top as? DrillScreen)
    XCTAssertEqual(after.plan?.queue.missed, [], "reviewed after it was sent: done with")
  }

  func testWithoutASentInterviewNothingIsMissed() throws {
    let store = try TestStore()
    let loop = try store.loop("drill")
    XCTAssertEqual(try XCTUnwrap(loop.state.top as? DrillScreen).plan?.queue.missed, [])
    XCTAssertFalse(loop.frame().text.contains("missed"))
  }
}
