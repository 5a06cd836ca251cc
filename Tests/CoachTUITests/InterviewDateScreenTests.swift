import CoachCore
import CoachStore
import Foundation
import XCTest

@testable import CoachTUI

/// With an interview date: home counts down and says what to do today, the drills open on the
/// interview's questions, and the day after, home asks how it went.
final class InterviewDateScreenTests: XCTestCase {
  /// 2026-11-18 is the fixed day of the tests.
  private func store(interview date: String, target: String? = "senior") throws -> TestStore {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store)
    try store.store.updateSettings {
      $0.interviewDate = date
      $0.targetLevel = target
    }
    return store
  }

  func testHomeCountsDownAndSaysWhatToDoToday() throws {
    let store = try store(interview: "2026-12-09")
    let screen = try store.render("home", 80, 24)
    assertGolden(screen, named: "home-interview-80x24")
    XCTAssertTrue(screen.contains("Interview for Senior Backend Developer in 21 days"), screen)
    XCTAssertTrue(screen.contains("on its skills; Interview prep drills them."), screen)
    XCTAssertFalse(screen.contains("Flashcards:"), screen)
    XCTAssertTrue(screen.contains("Quit"), "the whole menu still fits at 80x24")
  }

  func testTheDayBeforeSaysTomorrow() throws {
    let screen = try store(interview: "2026-11-19").render("home", 80, 24)
    XCTAssertTrue(screen.contains("Senior Backend Developer tomorrow (2026-11-19)."), screen)
  }

  func testWithoutATargetHomeAsksForOne() throws {
    let store = try TestStore()
    try store.store.updateSettings { $0.interviewDate = "2026-12-09" }
    let screen = try store.render("home", 80, 24)
    XCTAssertTrue(screen.contains("set a target level in Settings"), screen)
  }

  func testTheDrillsOpenOnTheInterviewsQuestions() throws {
    let store = try store(interview: "2026-12-09")
    let setup = try store.render("drill", 80, 24)
    XCTAssertTrue(setup.contains("My interview"), setup)
    var loop = try store.loop("home")
    let route = try XCTUnwrap(ScreenDirectory.route(to: .drill)).dropLast()
    for key in route { loop.send(.key(key)) }
    let frame = loop.frame().text
    XCTAssertTrue(frame.contains("Interview  Senior Backend Developer"), frame)
    XCTAssertTrue(frame.contains("on 2026-12-09, 21 days"), frame)
    XCTAssertTrue(frame.contains("(16 a day to see all"), frame)
  }

  func testTheDayAfterHomeAsksHowItWentAndTheAnswerEndsTheCountdown() throws {
    let store = try store(interview: "2026-11-17")
    var loop = try store.loop("home")
    XCTAssertTrue(loop.frame().text.contains("press o to say how it went"), loop.frame().text)
    XCTAssertTrue(loop.frame().text.contains("o Say how the interview went"))
    loop.send(.key(.character("o")))
    assertGolden(loop.frame().text, named: "interview-outcome-80x24")
    loop.send(.key(.down))
    loop.send(.key(.enter))
    XCTAssertTrue(loop.frame().text.contains("Set the next round's date"), loop.frame().text)
    let settings = try store.store.settings()
    XCTAssertNil(settings.interviewDate)
    XCTAssertEqual(
      settings.pastInterviews,
      [PastInterview(day: "2026-11-17", target: "senior", outcome: .nextRound)])
    loop.send(.key(.escape))
    let home = loop.frame().text
    XCTAssertFalse(home.contains("how it went"), home)
    XCTAssertTrue(home.contains("Flashcards:"), home)
  }

  func testHomeWithoutAPassedInterviewHasNoKeyO() throws {
    var loop = try store(interview: "2026-12-09").loop("home")
    loop.send(.key(.character("o")))
    XCTAssertTrue(loop.state.top is HomeScreen)
  }

  func testThePlanSaysWhatFitsBeforeTheInterviewAndMarksTheRest() throws {
    let store = try store(interview: "2026-12-09")
    let screen = try store.render("plan", 120, 40)
    XCTAssertTrue(screen.contains("Interview on 2026-12-09: weeks 1-3 of"), screen)
    let lines = try store.loop("plan", width: 120, height: 40).state.top
    let plan = try XCTUnwrap(lines as? PlanScreen)
    let text = plan.documentLines(width: 100, data: store.data, glyphs: .unicode)
      .map { "\($0)" }.joined(separator: "\n")
    XCTAssertTrue(text.contains("After the interview on 2026-12-09:"), text)
  }

  func testAnInterviewForASavedJobCountsDownWithItsTitle() throws {
    let store = try store(interview: "2026-12-09")
    let job = try store.store.addJob(
      text: "Backend Engineer, Payments\nGo, PostgreSQL and Kafka; 3+ years.",
      at: TestStore.fixedNow)
    try store.store.updateSettings { $0.job = job.id }
    let screen = try store.render("home", 80, 24)
    XCTAssertTrue(screen.contains("Interview for Backend Engineer, Payments in 21 days"), screen)
  }
}
