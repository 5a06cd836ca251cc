import CoachCore
import CoachStore
import XCTest

@testable import CoachTUI

final class AssessmentScreenTests: XCTestCase {
  /// From home: Assess, quick, years 5, first market, Python and Go, PostgreSQL, AWS, start.
  private let startQuick =
    "enter 5 enter enter down space down down down down down space enter space enter space enter"

  func testSetupGoldens() throws {
    let store = try TestStore()
    assertGolden(try store.render("assess", 80, 24), named: "assess-setup-80x24")
    assertGolden(try store.render("assess", 120, 40), named: "assess-setup-120x40")
  }

  func testQuestionGoldens() throws {
    let store = try TestStore()
    assertGolden(try store.render("assess", 80, 24, keys: startQuick), named: "assess-quick-80x24")
    assertGolden(
      try TestStore().render("assess", 120, 40, keys: startQuick), named: "assess-quick-120x40")
    assertGolden(
      try TestStore().render(
        "assess", 80, 24, keys: "down enter enter enter enter enter enter 3 2"),
      named: "assess-full-80x24")
    assertGolden(
      try store.render("assess", 120, 40, keys: "down enter enter enter enter enter enter 3 2"),
      named: "assess-full-120x40")
  }

  func testOpeningAnswersAreStored() throws {
    let store = try TestStore()
    _ = try store.loop("assess", keys: startQuick)
    let started = try XCTUnwrap(try store.store.unfinishedAssessment())
    XCTAssertEqual(started.mode, .quick)
    XCTAssertEqual(started.years, 5)
    XCTAssertEqual(started.market, store.pack.markets[0].id)
    XCTAssertEqual(Set(started.languages), ["python", "go"])
    XCTAssertEqual(started.databases, ["postgresql"])
    XCTAssertEqual(started.cloud, ["aws"])
  }

  func testEveryAnswerIsSavedAtOnceAndBackspaceGoesBack() throws {
    let store = try TestStore()
    let loop = try store.loop("assess", keys: startQuick + " 3 s backspace 2")
    let saved = try XCTUnwrap(try store.store.unfinishedAssessment())
    let categories = store.pack.categories
    XCTAssertEqual(saved.categoryAnswers[categories[0].id]?.rating, 3)
    XCTAssertEqual(saved.categoryAnswers[categories[1].id]?.rating, 2, "the skip was replaced")
    XCTAssertEqual(saved.position, 2)
    let screen = try XCTUnwrap(loop.state.top as? AssessmentScreen)
    XCTAssertEqual(screen.position, 2)
  }

  func testANoteIsSavedWithTheAnswer() throws {
    let store = try TestStore()
    _ = try store.loop("assess", keys: startQuick + " n I space b u i l t space i t enter 4")
    let saved = try XCTUnwrap(try store.store.unfinishedAssessment())
    let first = store.pack.categories[0].id
    XCTAssertEqual(saved.categoryAnswers[first]?.note, "I built it")
    XCTAssertEqual(saved.categoryAnswers[first]?.rating, 4)
  }

  func testLeavingAndComingBackResumesWhereYouWere() throws {
    let store = try TestStore()
    _ = try store.loop("assess", keys: startQuick + " 3 3 esc")
    let loop = try store.loop("assess", keys: "enter")
    let screen = try XCTUnwrap(loop.state.top as? AssessmentScreen)
    XCTAssertEqual(screen.position, 2)
    XCTAssertEqual(screen.current?.id, store.pack.categories[2].id)
  }

  func testAnsweringEveryQuestionFinishesAndShowsResults() throws {
    let store = try TestStore()
    let answers = Array(repeating: "3", count: store.pack.categories.count).joined(separator: " ")
    let loop = try store.loop("assess", keys: startQuick + " " + answers)
    XCTAssertNil(try store.store.unfinishedAssessment())
    XCTAssertNotNil(try store.store.latestFinished())
    XCTAssertEqual(loop.state.top.title, "Results")
  }

  func testQuitWithAHalfTypedNoteAsksFirst() throws {
    let store = try TestStore()
    var loop = try store.loop("assess", keys: startQuick + " n a")
    loop.send(.key(.control("c")))
    XCTAssertFalse(loop.state.quitting)
    XCTAssertNotNil(loop.state.dialog, "a typed note is not lost without asking")
    loop.send(.key(.character("y")))
    XCTAssertTrue(loop.state.quitting)
    var other = try store.loop("assess", keys: "enter n a")
    other.send(.key(.escape))
    XCTAssertNil((other.state.top as? AssessmentScreen)?.note, "Esc cancels the note")
  }
}

final class DeepenTests: XCTestCase {
  func testAFinishedQuickAssessmentCanBeDeepenedIntoAFullOne() throws {
    let store = try TestStore()
    let quick = try store.store.startAssessment(
      mode: .quick, years: 3, market: nil, languages: ["go"], now: TestStore.fixedNow)
    let first = store.pack.categories[0].id
    try store.store.saveCategoryAnswer(
      assessment: quick.id, category: first, answer: SkillAnswer(rating: 3), position: 1)
    try store.store.finish(assessment: quick.id, at: TestStore.fixedNow)
    XCTAssertTrue(try store.render("assess", 80, 24).contains("Deepen your quick assessment"))
    let loop = try store.loop("assess", keys: "down down enter")
    let screen = try XCTUnwrap(loop.state.top as? AssessmentScreen)
    XCTAssertEqual(screen.assessment.mode, .full)
    XCTAssertNotEqual(screen.assessment.id, quick.id)
    XCTAssertEqual(
      screen.assessment.categoryAnswers[first]?.rating, 3, "the quick answers are kept")
    XCTAssertEqual(screen.assessment.languages, ["go"])
  }

  func testWithoutAQuickAssessmentThereIsNothingToDeepen() throws {
    let store = try TestStore()
    XCTAssertFalse(try store.render("assess", 80, 24).contains("Deepen"))
  }
}
