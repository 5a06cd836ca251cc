import CoachCore
import CoachStore
import XCTest

@testable import CoachTUI

/// The calibration section of Results, over a real store with flashcard reviews.
final class ResultsCalibrationTests: XCTestCase {
  /// `count` reviews of the shipped SQL questions, the first `good` of them graded Good and
  /// the rest Again.
  func review(_ store: TestStore, sql count: Int, good: Int) throws {
    let questions = store.pack.questions.filter { $0.skills.contains("sql") }.map(\.id)
    for index in 0..<count {
      try store.store.recordReview(
        question: questions[index % questions.count], grade: index < good ? .good : .again,
        at: TestStore.fixedNow.addingTimeInterval(Double(index) * 60), secondsSpent: 5)
    }
  }

  func testSQLRatedProficientButMostCardsFailedIsFlaggedWithItsCount() throws {
    let store = try TestStore()
    let assessment = try ReportScreensTests.addFinished(store)
    XCTAssertEqual(assessment.profile(pack: store.pack).ratings["sql"], 3)
    try review(store, sql: 10, good: 2)
    let screen = try store.render("results", 120, 200)
    XCTAssertTrue(screen.contains("Your ratings against your drills and mock answers"), screen)
    XCTAssertTrue(
      screen.contains(
        "Over-confident: You rated SQL 3 (Proficient); you recall 20% of its cards (10 reviews)."),
      screen)
    XCTAssertTrue(
      screen.contains("Calibrated view, with the 1 over-confident skill one step lower"))
    XCTAssertTrue(screen.contains("not a verdict"))
  }

  func testTooFewReviewsAreNotFlagged() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store)
    try review(store, sql: 4, good: 0)
    let screen = try store.render("results", 120, 200)
    XCTAssertFalse(screen.contains("Over-confident"), screen)
    XCTAssertTrue(screen.contains("Not enough evidence yet"), screen)
  }

  func testMockAnswersThatMissMostKeyPointsFlagTheSkill() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store)
    let questions = store.pack.questions.filter { $0.skills.contains("sql") }.prefix(2).map(\.id)
    let interview = try store.store.startMockInterview(
      length: .questions(2), focus: .level("mid"), questions: Array(questions),
      now: TestStore.fixedNow)
    for (position, question) in questions.enumerated() {
      try store.store.saveMockAnswer(
        MockAnswer(
          position: position, questionID: question, text: "An answer.", secondsUsed: 90,
          timedOut: false, ticked: [0], pointCount: 4),
        interview: interview.id)
    }
    let screen = try store.render("results", 120, 200)
    XCTAssertTrue(
      screen.contains(
        "Over-confident: You rated SQL 3 (Proficient); you get 25% of the key points in mock "),
      screen)
    XCTAssertTrue(screen.contains("(2 answers)"), screen)
  }
}
