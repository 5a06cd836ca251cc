import CoachCore
import CoachStore
import Foundation
import XCTest

@testable import CoachTUI

/// Saved STAR answers read back from the STAR practice list, over a real store.
final class StarAnswersScreenTests: XCTestCase {
  /// Two answers to the first question of the list, a day apart, and one to the second.
  func seeded() throws -> (store: TestStore, first: Question, second: Question) {
    let store = try TestStore()
    let list = StarQuestionsScreen(pack: store.pack)
    let first = list.questions[0]
    let second = list.questions[1]
    try store.store.saveStarAnswer(
      StarAnswer(
        situation: "Our checkout team of 5 lost orders during a Black Friday peak.",
        task: "Stop the losses before the next sale.",
        action: "I traced the retries to a missing idempotency key and added one with the team.",
        result: ""),
      question: first.id, now: TestStore.fixedNow.addingTimeInterval(-86_400))
    try store.store.saveStarAnswer(
      StarAnswer(
        situation: "A release broke search (検索) for a week.", task: "Own the fix.",
        action: "I wrote the rollback plan\nand ran it with two other seniors.",
        result: "Search was back in 2 hours; we added a canary step."),
      question: first.id, now: TestStore.fixedNow)
    try store.store.saveStarAnswer(
      StarAnswer(situation: "Another story"), question: second.id, now: TestStore.fixedNow)
    return (store, first, second)
  }

  func testEnterOnAQuestionWithAnswersShowsThemNewestFirst() throws {
    let (store, first, _) = try seeded()
    let loop = try store.loop("star", keys: "enter", width: 120, height: 40)
    let screen = try XCTUnwrap(loop.state.top as? StarAnswersScreen)
    XCTAssertEqual(screen.question.id, first.id)
    XCTAssertEqual(screen.answers.count, 2)
    let text = loop.frame().text
    XCTAssertTrue(text.contains("2 saved answers, newest first"), text)
    let newest = try XCTUnwrap(
      text.range(of: "Saved \(Format.date(TestStore.fixedNow, in: TestStore.calendar))"), text)
    let older = try XCTUnwrap(
      text.range(
        of:
          "Saved \(Format.date(TestStore.fixedNow.addingTimeInterval(-86_400), in: TestStore.calendar))"
      ),
      text)
    XCTAssertLessThan(newest.lowerBound, older.lowerBound)
    XCTAssertTrue(text.contains("(left empty)"), text)
    XCTAssertFalse(text.contains("Another story"), text)
  }

  func testOtherLettersChangeNothingAndANewAnswerJoinsThem() throws {
    let (store, first, _) = try seeded()
    var loop = try store.loop("star", keys: "enter x y")
    XCTAssertTrue(loop.state.top is StarAnswersScreen)
    XCTAssertEqual(try store.store.starAnswers().count, 3)
    loop.send(.key(.character("n")))
    let practice = try XCTUnwrap(loop.state.top as? StarPracticeScreen)
    XCTAssertEqual(practice.question.id, first.id)
    for character in "A third story" { loop.send(.key(.character(character))) }
    loop.send(.key(.control("d")))
    let answers = try XCTUnwrap(loop.state.top as? StarAnswersScreen)
    XCTAssertEqual(answers.answers.count, 3)
    XCTAssertTrue(loop.frame().text.contains("A third story"))
    loop.send(.key(.escape))
    XCTAssertTrue(loop.state.top is StarQuestionsScreen)
    XCTAssertTrue(loop.frame().text.contains("(3 saved)"), loop.frame().text)
  }

  func testAQuestionWithoutAnswersOpensANewAnswer() throws {
    let (store, _, _) = try seeded()
    let loop = try store.loop("star", keys: "down down enter")
    XCTAssertTrue(loop.state.top is StarPracticeScreen)
  }

  func testGoldens() throws {
    let (store, first, _) = try seeded()
    assertGolden(try store.render("star", 80, 24, keys: "enter"), named: "star-answers-80x24")
    assertGolden(try store.render("star", 120, 40, keys: "enter"), named: "star-answers-120x40")
    // Older answers scroll below; G shows the oldest.
    for day in 2...3 {
      try store.store.saveStarAnswer(
        StarAnswer(
          situation: "Story from \(day) days ago", task: "Its task", action: "Its action",
          result: "Its result"),
        question: first.id, now: TestStore.fixedNow.addingTimeInterval(-Double(day) * 86_400))
    }
    let end = try store.render("star", 80, 24, keys: "enter G")
    XCTAssertTrue(end.contains("Story from 3 days ago"), end)
    assertGolden(end, named: "star-answers-end-80x24")
  }
}
