import CoachCore
import CoachStore
import Foundation
import XCTest

@testable import CoachTUI

/// Typed answers are kept every few seconds, so a crash, a closed window or a signal loses
/// at most those seconds, and the next start offers them back.
final class DraftTests: XCTestCase {
  private let start = TestStore.fixedNow

  func testATypedMockAnswerIsKeptWithItsTimeAndComesBackOnResume() throws {
    let store = try TestStore()
    var loop = try store.loop("mock", keys: "enter")
    let screen = try XCTUnwrap(loop.state.top as? MockInterviewScreen)
    let limit = screen.clock.limit
    loop.send(.tick(start))
    for key in "indexes".map(Key.character) { loop.send(.key(key)) }
    loop.send(.tick(start.addingTimeInterval(7)))
    let place = Draft.Place.mockAnswer(interview: screen.interview.id, position: 0)
    let kept = try XCTUnwrap(try store.store.draft(at: place), "kept within a few seconds")
    XCTAssertEqual(kept.texts, ["indexes"])
    XCTAssertEqual(kept.secondsUsed, 7)

    // The process dies here (kill -9): nothing else runs. The next start offers it back.
    var next = try store.loop("mock")
    next.send(.key(.character("r")))
    let resumed = try XCTUnwrap(next.state.top as? MockInterviewScreen)
    XCTAssertEqual(resumed.answer.text, "indexes")
    XCTAssertEqual(resumed.clock.remaining(at: .distantPast), limit - 7)
    XCTAssertTrue(next.frame().text.contains(QuestionClock.format(limit - 7) + " left"))
  }

  func testTextIsNotWrittenAgainUntilItChangesAndAtMostEveryTwoSeconds() throws {
    let store = try TestStore()
    let runner = CountingRunner(store.effects)
    var loop = try store.loop("star", keys: "enter", runner: runner)
    loop.send(.tick(start))
    loop.send(.key(.character("a")))
    loop.send(.tick(start.addingTimeInterval(1)))
    loop.send(.key(.character("b")))
    loop.send(.tick(start.addingTimeInterval(2)))
    XCTAssertEqual(runner.saves, 1, "the second change waits for the interval")
    XCTAssertEqual(try store.store.draft(at: .star(question: starQuestion(loop)))?.texts.first, "a")
    loop.send(.tick(start.addingTimeInterval(3)))
    loop.send(.tick(start.addingTimeInterval(9)))
    XCTAssertEqual(runner.saves, 2, "kept once the interval passed, then not again unchanged")
    loop.send(.key(.character("c")))
    loop.send(.tick(start.addingTimeInterval(12)))
    XCTAssertEqual(runner.saves, 3)
    XCTAssertEqual(
      try store.store.draft(at: .star(question: starQuestion(loop)))?.texts.first, "abc")
  }

  func testATypedStarAnswerComesBackWhenTheQuestionIsOpenedAgain() throws {
    let store = try TestStore()
    var loop = try store.loop("star", keys: "enter")
    let question = try starQuestion(loop)
    for key in "We shipped".map(Key.character) + [.tab] + "on time".map(Key.character) {
      loop.send(.key(key))
    }
    loop.send(.signal(SIGTERM))
    XCTAssertTrue(loop.state.quitting)
    XCTAssertEqual(loop.state.exitSignal, SIGTERM)
    XCTAssertEqual(
      try store.store.draft(at: .star(question: question))?.texts,
      ["We shipped", "on time", "", ""], "a signal keeps the text at once")

    let again = try store.loop("star", keys: "enter")
    let restored = try XCTUnwrap(again.state.top as? StarPracticeScreen)
    XCTAssertEqual(restored.answer.situation, "We shipped")
    XCTAssertEqual(restored.answer.task, "on time")
    XCTAssertTrue(again.frame().text.contains("Your unsaved answer from last time is back"))
    XCTAssertEqual(
      AppState.draftOffer(try store.store.drafts(), pack: store.pack)?.contains("STAR practice"),
      true)
  }

  func testSavingTheAnswerDropsItsDraft() throws {
    let store = try TestStore()
    var loop = try store.loop("star", keys: "enter")
    let question = try starQuestion(loop)
    for key in "Done".map(Key.character) { loop.send(.key(key)) }
    loop.send(.tick(start))
    XCTAssertNotNil(try store.store.draft(at: .star(question: question)))
    loop.send(.key(.control("d")))
    XCTAssertNil(try store.store.draft(at: .star(question: question)))
    XCTAssertEqual(try store.store.drafts(), [])
  }

  func testControlCWithTypedTextAsksAndASecondOneLeavesKeepingTheDraft() throws {
    let store = try TestStore()
    var loop = try store.loop("star", keys: "enter")
    let question = try starQuestion(loop)
    for key in "Half a story".map(Key.character) { loop.send(.key(key)) }
    loop.send(.signal(SIGINT))
    XCTAssertFalse(loop.state.quitting, "Ctrl-C asks first, as q does")
    XCTAssertTrue(loop.frame().text.contains("What you typed has not been saved"))
    loop.send(.signal(SIGINT))
    XCTAssertTrue(loop.state.quitting)
    XCTAssertEqual(loop.state.exitSignal, SIGINT)
    XCTAssertEqual(
      try store.store.draft(at: .star(question: question))?.texts.first, "Half a story")
  }

  func testQuittingAndSayingYesDropsTheDraft() throws {
    let store = try TestStore()
    var loop = try store.loop("star", keys: "enter")
    let question = try starQuestion(loop)
    loop.send(.key(.character("x")))
    loop.send(.tick(start))
    XCTAssertNotNil(try store.store.draft(at: .star(question: question)))
    loop.send(.signal(SIGINT))
    loop.send(.key(.character("y")))
    XCTAssertTrue(loop.state.quitting)
    XCTAssertNil(try store.store.draft(at: .star(question: question)), "the user chose to lose it")
  }

  func testControlCWithNothingTypedLeavesAtOnceWithItsStatus() throws {
    let store = try TestStore()
    var loop = try store.loop("star", keys: "enter")
    loop.send(.signal(SIGINT))
    XCTAssertTrue(loop.state.quitting)
    XCTAssertEqual(loop.state.exitSignal, SIGINT)
  }

  private func starQuestion(_ loop: AppLoop) throws -> String {
    try XCTUnwrap(loop.state.top as? StarPracticeScreen).question.id
  }
}

/// Runs effects on a store and counts the drafts it was asked to keep.
private final class CountingRunner: EffectRunner, @unchecked Sendable {
  let inner: StoreEffects
  private(set) var saves = 0

  init(_ inner: StoreEffects) { self.inner = inner }

  func run(_ effect: Effect) -> EffectReply? {
    if case .saveDraft = effect { saves += 1 }
    return inner.run(effect)
  }
}
