import CoachCore
import CoachStore
import Foundation
import XCTest

@testable import CoachTUI

/// A saved STAR answer rewritten or deleted from its question's saved answers.
final class StarEditScreenTests: XCTestCase {
  func seeded() throws -> (store: TestStore, older: SavedStarAnswer, newer: SavedStarAnswer) {
    let store = try TestStore()
    let first = StarQuestionsScreen(pack: store.pack).questions[0]
    let older = try store.store.saveStarAnswer(
      StarAnswer(
        situation: "Our checkout team of 5 lost orders.", task: "Stop the losses.",
        action: "I added an idempotency key.", result: "No order lost since."),
      question: first.id, now: TestStore.fixedNow.addingTimeInterval(-86_400))
    let newer = try store.store.saveStarAnswer(
      StarAnswer(situation: "A release broke search.", task: "Own the fix."),
      question: first.id, now: TestStore.fixedNow)
    return (store, older, newer)
  }

  func type(_ text: String, _ loop: inout AppLoop) {
    for character in text { loop.send(.key(.character(character))) }
  }

  func testTabPicksAnAnswerAndEditingItRewritesItInPlace() throws {
    let (store, older, newer) = try seeded()
    var loop = try store.loop("star", keys: "enter tab")
    let answers = try XCTUnwrap(loop.state.top as? StarAnswersScreen)
    XCTAssertEqual(answers.selected, 1)
    assertGolden(loop.frame().text, named: "star-answers-selected-80x24")
    loop.send(.key(.character("e")))
    let edit = try XCTUnwrap(loop.state.top as? StarPracticeScreen)
    XCTAssertEqual(edit.editing?.id, older.id)
    XCTAssertEqual(edit.answer, older.answer, "the saved text is there to rewrite")
    XCTAssertFalse(edit.hasUnsavedInput)
    type(" Two of us, two weeks.", &loop)
    assertGolden(loop.frame().text, named: "star-edit-80x24")
    loop.send(.key(.control("d")))
    XCTAssertTrue(loop.state.top is StarAnswersScreen)
    let saved = try store.store.starAnswers()
    XCTAssertEqual(saved.map(\.id), [newer.id, older.id], "edited, not added")
    XCTAssertEqual(saved[1].answer.situation, older.answer.situation + " Two of us, two weeks.")
    XCTAssertEqual(saved[1].savedAt, older.savedAt)
    XCTAssertTrue(loop.frame().text.contains("Two of us, two weeks."), loop.frame().text)
  }

  func testAnEditInProgressIsKeptAsADraftAndLeavingAsksFirst() throws {
    let (store, _, newer) = try seeded()
    var loop = try store.loop("star", keys: "enter e")
    let place = Draft.Place.star(question: newer.questionID)
    loop.send(.tick(TestStore.fixedNow))
    XCTAssertNil(try store.store.draft(at: place), "nothing changed, nothing to keep")
    type(" Again.", &loop)
    loop.send(.tick(TestStore.fixedNow.addingTimeInterval(5)))
    let kept = try XCTUnwrap(try store.store.draft(at: place))
    XCTAssertEqual(kept.texts.first, "A release broke search. Again.")
    loop.send(.key(.escape))
    XCTAssertEqual(loop.state.dialog?.title, "Leave?")
    loop.send(.key(.character("n")))
    XCTAssertTrue(loop.state.top is StarPracticeScreen)
    XCTAssertEqual(try store.store.starAnswers().first?.answer.situation, newer.answer.situation)
  }

  func testEditingWaitsWhileANewAnswersDraftIsKept() throws {
    let (store, _, newer) = try seeded()
    try store.store.saveDraft(
      Draft(place: .star(question: newer.questionID), texts: ["Half a story", "", "", ""]),
      at: TestStore.fixedNow)
    var loop = try store.loop("star", keys: "enter")
    loop.send(.key(.character("e")))
    XCTAssertTrue(loop.state.top is StarAnswersScreen)
    XCTAssertTrue(loop.frame().text.contains("press n to finish it first"), loop.frame().text)
    loop.send(.key(.character("n")))
    let practice = try XCTUnwrap(loop.state.top as? StarPracticeScreen)
    XCTAssertNil(practice.editing)
    XCTAssertEqual(practice.answer.situation, "Half a story")
  }

  func testDeleteAsksThenRemovesTheAnswerFromListAndStore() throws {
    let (store, older, newer) = try seeded()
    var loop = try store.loop("star", keys: "enter d")
    let text = loop.frame().text
    XCTAssertTrue(text.contains("Delete this answer?"), text)
    assertGolden(text, named: "star-delete-80x24")
    loop.send(.key(.character("n")))
    XCTAssertEqual(try store.store.starAnswers().count, 2)
    loop.send(.key(.character("d")))
    loop.send(.key(.character("y")))
    XCTAssertEqual(try store.store.starAnswers().map(\.id), [older.id])
    let answers = try XCTUnwrap(loop.state.top as? StarAnswersScreen)
    XCTAssertEqual(answers.answers.map(\.id), [older.id])
    XCTAssertFalse(loop.frame().text.contains(newer.answer.situation), loop.frame().text)
    XCTAssertTrue(loop.frame().text.contains("1 saved answer,"), loop.frame().text)
    loop.send(.key(.escape))
    XCTAssertTrue(loop.frame().text.contains("(1 saved)"), loop.frame().text)
  }
}
