import CoachCore
import CoachStore
import Foundation
import XCTest

@testable import CoachTUI

/// The Statistics screen's mock interview scores over a real store with a fixed clock.
final class StatsMockScoresTests: XCTestCase {
  /// A finished interview `daysAgo` of `questions` questions, `answered` of them answered
  /// with `ticked` of each question's key points ticked.
  @discardableResult
  static func addInterview(
    _ store: TestStore, daysAgo: Double, questions: Int = 2, answered: Int = 2, ticked: Int
  ) throws -> MockInterview {
    let drawn = Array(store.pack.questions.prefix(questions))
    let start = TestStore.fixedNow.addingTimeInterval(-daysAgo * 86_400)
    let interview = try store.store.startMockInterview(
      length: .questions(questions), focus: .all, questions: drawn.map(\.id), now: start)
    for (position, question) in drawn.prefix(answered).enumerated() {
      try store.store.saveMockAnswer(
        MockAnswer(
          position: position, questionID: question.id, text: "answer", secondsUsed: 100,
          timedOut: false, ticked: Array(0..<min(ticked, question.keyPoints.count)),
          pointCount: question.keyPoints.count),
        interview: interview.id)
    }
    try store.store.finishMockInterview(interview.id, at: start.addingTimeInterval(900))
    return try XCTUnwrap(try store.store.mockInterview(id: interview.id))
  }

  func stats(_ loop: AppLoop) throws -> StatsScreen {
    try XCTUnwrap(loop.state.top as? StatsScreen)
  }

  func testScoresShowOldestToNewestWithCountAndAverage() throws {
    let store = try TestStore()
    let old = try Self.addInterview(store, daysAgo: 9, ticked: 1)
    let recent = try Self.addInterview(store, daysAgo: 2, answered: 1, ticked: 3)
    // Unfinished and unanswered interviews have no score to show.
    _ = try store.store.startMockInterview(
      length: .questions(1), focus: .all, questions: [store.pack.questions[0].id],
      now: TestStore.fixedNow)

    let loop = try store.loop("stats", width: 80, height: 24)
    let history = try XCTUnwrap(try stats(loop).mockScores)
    XCTAssertEqual(history.points.map(\.score), [old.score, recent.score])
    XCTAssertEqual(history.points.map(\.answered), [2, 1])

    let screen = try store.render("stats", 120, 40)
    let average = ((old.score ?? 0) + (recent.score ?? 0)) / 2
    XCTAssertTrue(
      screen.contains("Mock interviews: 2 finished interviews, average \(Format.percent(average))"),
      screen)
    let oldRow = try XCTUnwrap(
      screen.range(of: Format.date(old.finishedAt!, in: TestStore.calendar)), screen)
    let recentRow = try XCTUnwrap(
      screen.range(of: Format.date(recent.finishedAt!, in: TestStore.calendar)), screen)
    XCTAssertLessThan(oldRow.lowerBound, recentRow.lowerBound)
    XCTAssertTrue(screen.contains("1 of 2 answered"), screen)
  }

  func testOnlyTheLatestThatFitAreListed() throws {
    let store = try TestStore()
    for day in 0..<30 { try Self.addInterview(store, daysAgo: Double(30 - day), ticked: day % 5) }
    let screen = try store.render("stats", 80, 24, keys: "G")
    XCTAssertTrue(screen.contains("Mock interviews: 30 finished interviews"), screen)
    XCTAssertTrue(screen.contains("The latest"), screen)
    let newest = TestStore.fixedNow.addingTimeInterval(-86_400 + 900)
    XCTAssertTrue(screen.contains(Format.date(newest, in: TestStore.calendar)), screen)
    let oldest = TestStore.fixedNow.addingTimeInterval(-30 * 86_400 + 900)
    XCTAssertFalse(screen.contains(Format.date(oldest, in: TestStore.calendar)), screen)
  }

  func testWithoutInterviewsSayHowToTakeOne() throws {
    let store = try TestStore()
    let screen = try store.render("stats", 80, 24)
    XCTAssertTrue(screen.contains("No reviews yet"), screen)
    XCTAssertTrue(screen.contains("None finished yet"), screen)
  }

  func testGoldens() throws {
    let store = try TestStore()
    for (index, question) in store.pack.questions.prefix(6).enumerated() {
      try store.store.recordReview(
        question: question.id, grade: FSRSGrade(rawValue: index % 4 + 1)!,
        at: TestStore.fixedNow.addingTimeInterval(-Double(index) * 86_400), secondsSpent: 20)
    }
    for (daysAgo, ticked) in [(20.0, 0), (12, 1), (5, 2), (1, 9)] {
      try Self.addInterview(store, daysAgo: daysAgo, ticked: ticked)
    }
    assertGolden(try store.render("stats", 80, 24, keys: "G"), named: "stats-mock-80x24")
    assertGolden(try store.render("stats", 120, 40), named: "stats-mock-120x40")
    let empty = try TestStore()
    try Self.addInterview(empty, daysAgo: 3, answered: 1, ticked: 1)
    assertGolden(try empty.render("stats", 80, 24), named: "stats-mock-no-reviews-80x24")
  }
}
