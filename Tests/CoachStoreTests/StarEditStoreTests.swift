import CoachCore
import Foundation
import XCTest

@testable import CoachStore

/// A saved STAR answer can be rewritten and deleted.
final class StarEditStoreTests: StoreTestCase {
  func testAnEditReplacesTheTextKeepsTheDateAndDropsTheQuestionsDraft() throws {
    let first = try store.saveStarAnswer(
      StarAnswer(situation: "S", task: "T"), question: "q1", now: StoreFixture.date(0))
    let other = try store.saveStarAnswer(
      StarAnswer(situation: "Other"), question: "q1", now: StoreFixture.date(60))
    try store.saveDraft(
      Draft(place: .star(question: "q1"), texts: ["typed", "", "", ""]),
      at: StoreFixture.date(90))
    let edited = StarAnswer(situation: "S, told better", task: "T", action: "A", result: "R ✓")
    let stored = try store.updateStarAnswer(id: first.id, with: edited)
    XCTAssertEqual(stored.answer, edited)
    XCTAssertEqual(stored.savedAt, first.savedAt)
    let all = try store.starAnswers()
    XCTAssertEqual(all.map(\.id), [other.id, first.id])
    XCTAssertEqual(all.last?.answer, edited)
    XCTAssertEqual(all.first?.answer, StarAnswer(situation: "Other"))
    XCTAssertNil(try store.draft(at: .star(question: "q1")))
  }

  func testEditingAnAnswerThatIsGoneOrTooLongIsRefused() throws {
    let saved = try store.saveStarAnswer(
      StarAnswer(situation: "S"), question: "q1", now: StoreFixture.date(0))
    let long = String(repeating: "x", count: TextLimits.starPart + 1)
    XCTAssertThrowsError(try store.updateStarAnswer(id: saved.id, with: StarAnswer(task: long)))
    XCTAssertThrowsError(try store.updateStarAnswer(id: saved.id + 1, with: StarAnswer()))
    XCTAssertEqual(try store.starAnswers().map(\.answer), [StarAnswer(situation: "S")])
  }

  func testADeletedAnswerIsGoneAndTheOthersStay() throws {
    let first = try store.saveStarAnswer(
      StarAnswer(situation: "One"), question: "q1", now: StoreFixture.date(0))
    let second = try store.saveStarAnswer(
      StarAnswer(situation: "Two"), question: "q1", now: StoreFixture.date(60))
    try store.deleteStarAnswer(id: first.id)
    XCTAssertEqual(try store.starAnswers().map(\.id), [second.id])
    try store.deleteStarAnswer(id: first.id)
    XCTAssertEqual(try store.starAnswers().map(\.id), [second.id])
  }
}
