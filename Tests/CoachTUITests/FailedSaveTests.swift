import CoachCore
import CoachStore
import XCTest

@testable import CoachTUI

/// A save that fails (a full disk, a locked or read-only database) is said on the status line,
/// and the screen stays where it was: it never counts an answer the store does not hold.
final class FailedSaveTests: XCTestCase {
  /// From home: Assess, quick, no years, first market, no languages, start.
  private let startQuick = "enter enter enter enter enter enter"
  private let diskFull =
    "the disk is full: cannot save to /home/someone/.local/share/career-coach/career-coach.sqlite; free some space and try again (everything saved before is kept)."

  func testAFailedAnswerIsAskedAgainAndNotCounted() throws {
    let store = try TestStore()
    let effects = FailingWrites(store.effects, failure: diskFull)
    var loop = try store.loop("assess", keys: startQuick + " 3", runner: effects)
    effects.failing = true
    loop.send(.key(.character("2")))
    XCTAssertEqual(loop.state.status, diskFull)
    var screen = try XCTUnwrap(loop.state.top as? AssessmentScreen)
    XCTAssertEqual(screen.position, 1, "the question whose answer failed is shown again")
    XCTAssertEqual(screen.assessment.answeredCount, 1)
    XCTAssertTrue(render(loop).contains("1/14 answered"), render(loop))
    let text = render(loop).split(separator: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    XCTAssertTrue(
      text.joined(separator: " ").contains(diskFull), "the whole sentence:\n\(render(loop))")

    effects.failing = false
    loop.send(.key(.character("2")))
    XCTAssertNil(loop.state.status)
    screen = try XCTUnwrap(loop.state.top as? AssessmentScreen)
    XCTAssertEqual(screen.position, 2)
    let saved = try XCTUnwrap(try store.store.unfinishedAssessment())
    XCTAssertEqual(saved.answeredCount, 2)
    XCTAssertEqual(saved.position, 2)
  }

  func testANoteThatFailsToSaveOpensAgainWithItsText() throws {
    let store = try TestStore()
    let effects = FailingWrites(store.effects, failure: diskFull)
    var loop = try store.loop("assess", keys: startQuick + " n o k", runner: effects)
    effects.failing = true
    loop.send(.key(.enter))
    let screen = try XCTUnwrap(loop.state.top as? AssessmentScreen)
    XCTAssertEqual(screen.note?.text, "ok")
    XCTAssertEqual(loop.state.status, diskFull)
  }

  /// The last answer failing to save does not finish the assessment without it.
  func testTheLastAnswerFailingDoesNotFinish() throws {
    let store = try TestStore()
    let count = store.pack.categories.count
    let effects = FailingWrites(store.effects, failure: diskFull)
    let allButLast = Array(repeating: "3", count: count - 1).joined(separator: " ")
    var loop = try store.loop("assess", keys: startQuick + " " + allButLast, runner: effects)
    effects.failing = true
    loop.send(.key(.character("4")))
    XCTAssertEqual(effects.attempted.last, "saveCategoryAnswer", "finish was not tried")
    let screen = try XCTUnwrap(loop.state.top as? AssessmentScreen)
    XCTAssertEqual(screen.position, count - 1)
    XCTAssertNil(try store.store.latestFinished())

    effects.failing = false
    loop.send(.key(.character("4")))
    XCTAssertNotNil(loop.state.top as? ResultsScreen)
    XCTAssertEqual(try store.store.latestFinished()?.answeredCount, count)
  }

  func testAFailedGradeKeepsTheCard() throws {
    let store = try TestStore()
    let effects = FailingWrites(store.effects, failure: diskFull)
    var loop = try store.loop("drill", keys: "space", runner: effects)
    let before = try XCTUnwrap(loop.state.top as? DrillScreen)
    let card = try XCTUnwrap(before.current)
    effects.failing = true
    loop.send(.key(.character("3")))
    XCTAssertEqual(loop.state.status, diskFull)
    let after = try XCTUnwrap(loop.state.top as? DrillScreen)
    XCTAssertEqual(after.current, card, "the card stays to be graded again")
    XCTAssertTrue(after.revealed)
    XCTAssertEqual(
      try store.store.drillStats(pack: store.pack, now: Date(), calendar: TestStore.calendar)
        .total.reviews, 0)
  }

  func testAMockAnswerThatFailsToSaveIsKeptToConfirmAgain() throws {
    let store = try TestStore()
    let effects = FailingWrites(store.effects, failure: diskFull)
    var loop = try store.loop("mock", keys: "enter x ctrl-d", runner: effects)
    effects.failing = true
    loop.send(.key(.enter))
    XCTAssertEqual(loop.state.status, diskFull)
    var screen = try XCTUnwrap(loop.state.top as? MockInterviewScreen)
    XCTAssertEqual(screen.index, 0)
    XCTAssertEqual(screen.phase, .checking)
    XCTAssertEqual(screen.answer.text, "x")
    XCTAssertEqual(screen.interview.answers.count, 0)

    effects.failing = false
    loop.send(.key(.enter))
    screen = try XCTUnwrap(loop.state.top as? MockInterviewScreen)
    XCTAssertEqual(screen.index, 1)
    XCTAssertEqual(try store.store.mockInterviews()[0].answers.first?.text, "x")
  }

  /// Only the failed step is put back: an answer saved before stays on screen.
  func testAFailureAfterASavedAnswerKeepsIt() throws {
    let store = try TestStore()
    let effects = FailingWrites(store.effects, failure: diskFull)
    var assessment = try store.loop("assess", keys: startQuick + " 3", runner: effects)
    effects.failing = true
    assessment.send(.key(.backspace))
    XCTAssertEqual(assessment.state.status, diskFull)
    XCTAssertEqual((assessment.state.top as? AssessmentScreen)?.assessment.answeredCount, 1)

    effects.failing = false
    var mock = try store.loop("mock", keys: "enter x ctrl-d enter", runner: effects)
    effects.failing = true
    mock.send(.key(.escape))
    XCTAssertEqual(mock.state.status, diskFull)
    let screen = try XCTUnwrap(mock.state.top as? MockInterviewScreen)
    XCTAssertEqual(screen.index, 1)
    XCTAssertEqual(screen.interview.answers.count, 1)
  }

  private func render(_ loop: AppLoop) -> String { loop.frame().text }
}

/// Runs effects through a real store, failing every write while `failing` is set, as a full
/// disk would.
final class FailingWrites: EffectRunner, @unchecked Sendable {
  let inner: StoreEffects
  let failure: String
  var failing = false
  /// Reads that fail whether or not `failing` is set.
  var failingReads: Set<String> = []
  private(set) var attempted: [String] = []

  init(_ inner: StoreEffects, failure: String) {
    self.inner = inner
    self.failure = failure
  }

  func run(_ effect: Effect) -> EffectReply? {
    let name = "\(effect)".prefix { $0 != "(" }
    attempted.append(String(name))
    if failingReads.contains(String(name)) { return .failure(failure) }
    guard failing, !name.hasPrefix("load") else { return inner.run(effect) }
    return .failure(failure)
  }
}

/// Reads asked for together stand alone: one failing leaves the others to run.
final class FailedReadTests: XCTestCase {
  func testAFailedReadStopsNoOtherRead() throws {
    let store = try TestStore()
    let effects = FailingWrites(store.effects, failure: "cannot read the database.")
    effects.failingReads = ["loadDrillStats"]
    let loop = try store.loop("stats", runner: effects)
    XCTAssertTrue(loop.state.top is StatsScreen)
    XCTAssertEqual(loop.state.status, "cannot read the database.")
    XCTAssertTrue(effects.attempted.contains("loadMockScores"), "\(effects.attempted)")
  }
}
