import CoachCore
import CoachStore
import Foundation
import XCTest

@testable import CoachTUI

/// Flashcard drills and statistics over a real store with a fixed clock.
final class DrillScreenTests: XCTestCase {
  func drill(_ loop: AppLoop) throws -> DrillScreen {
    try XCTUnwrap(loop.state.top as? DrillScreen)
  }

  func testGoldens() throws {
    let store = try TestStore()
    assertGolden(try store.render("drill", 80, 24), named: "drill-80x24")
    assertGolden(try store.render("drill", 80, 24, keys: "space"), named: "drill-revealed-80x24")
    assertGolden(try store.render("drill", 120, 40), named: "drill-120x40")
    assertGolden(
      try store.render("drill", 120, 40, keys: "space"), named: "drill-revealed-120x40")
    assertGolden(try store.render("drill", 80, 24, keys: "esc"), named: "drill-setup-80x24")
    assertGolden(try store.render("drill", 120, 40, keys: "esc"), named: "drill-setup-120x40")
    assertGolden(
      try store.render("drill", 120, 40, keys: "space 3 space 1 esc"), named: "drill-ended-120x40")
  }

  func testStatsGoldens() throws {
    let store = try TestStore()
    let questions = store.pack.questions
    // Reviews spread over the last weeks, some forgotten, one older than 30 days.
    for (index, question) in questions.prefix(12).enumerated() {
      let grade = FSRSGrade(rawValue: index % 4 + 1)!
      let daysAgo = Double([0, 1, 1, 3, 6, 6, 6, 10, 15, 22, 29, 40][index])
      try store.store.recordReview(
        question: question.id, grade: grade,
        at: TestStore.fixedNow.addingTimeInterval(-daysAgo * 86_400), secondsSpent: 20)
    }
    assertGolden(try store.render("stats", 80, 24), named: "stats-80x24")
    assertGolden(try store.render("stats", 120, 40), named: "stats-120x40")
    XCTAssertTrue(try store.render("stats", 80, 24).contains("last 30 days: 11 (12 of all time)"))
  }

  func testStatsWithoutReviewsSayHowToGetSome() throws {
    let store = try TestStore()
    XCTAssertTrue(try store.render("stats", 80, 24).contains("No reviews yet"))
  }

  func testGradingNeedsTheAnswerShownThenStoresTheReview() throws {
    let store = try TestStore()
    var loop = try store.loop("drill")
    let first = try XCTUnwrap(try drill(loop).current)
    XCTAssertEqual(first, store.pack.questions.first?.id)
    loop.send(.key(.character("3")))
    XCTAssertTrue(loop.frame().text.contains("Show the answer first"))
    XCTAssertTrue(try store.store.reviews().isEmpty)

    loop.send(.key(.space))
    XCTAssertTrue(loop.frame().text.contains("Key points"))
    loop.send(.key(.character("4")))
    let reviews = try store.store.reviews()
    XCTAssertEqual(reviews.map(\.grade), [.easy])
    XCTAssertEqual(reviews.first?.question, first)
    // A new card graded Easy graduates with round(w3) = 8 days.
    XCTAssertTrue(
      loop.frame().text.contains("Easy: next review in 8 days, on 2026-11-26"), loop.frame().text)
    XCTAssertNotEqual(try drill(loop).current, first)
    XCTAssertFalse(try drill(loop).revealed)
  }

  func testSpaceIsGoodOnceRevealedAndEachDigitIsItsGrade() throws {
    let store = try TestStore()
    var loop = try store.loop("drill")
    for key in ["space", "space", "space", "1", "space", "2", "space", "3"] {
      loop.send(.key(Key(name: key)!))
    }
    XCTAssertEqual(try store.store.reviews().map(\.grade), [.good, .again, .hard, .good])
    XCTAssertEqual(try drill(loop).counts, [1, 1, 2, 0])
  }

  func testTimeSpentRunsFromQuestionShownToGrade() throws {
    let store = try TestStore()
    let clock = SteppingClock(start: TestStore.fixedNow, step: 42)
    let effects = StoreEffects(
      store: store.store, pack: store.pack, now: { clock.read() }, calendar: TestStore.calendar)
    var loop = try Snapshot.loop(
      screen: "drill", size: Size(width: 80, height: 24), keys: [], data: store.data,
      effects: effects)
    loop.send(.key(.space))
    loop.send(.key(.character("3")))
    loop.send(.key(.space))
    loop.send(.key(.character("3")))
    let spent = try store.store.reviews().map(\.secondsSpent)
    XCTAssertEqual(spent, [42, 42])
  }

  func testTheDrillEndsWithASummaryWhenNoCardIsLeft() throws {
    let store = try TestStore()
    try store.store.save(DrillSettings(newPerDay: 2))
    // The card answered Again is the only one left, so it comes back before the summary.
    var loop = try store.loop("drill", keys: "space 4 space 1")
    XCTAssertFalse(try drill(loop).showsSummary)
    XCTAssertEqual(try drill(loop).current, store.pack.questions[1].id)
    for key in ["space", "3"] { loop.send(.key(Key(name: key)!)) }
    let text = loop.frame().text
    XCTAssertTrue(text.contains("Done for now."), text)
    XCTAssertTrue(text.contains("Reviewed      3 cards"), text)
    XCTAssertTrue(text.contains("Again 1 · Hard 0 · Good 1 · Easy 1"), text)
    XCTAssertTrue(text.contains("Retention     67% (reviews not answered Again)"), text)
    XCTAssertTrue(text.contains("Due tomorrow  1 card in this focus"), text)
    XCTAssertTrue(text.contains("next card in this focus is due in 10 minutes"), text)
    assertGolden(text, named: "drill-summary-80x24")
  }

  func testACardAnsweredAgainComesBackOnceItsStepIsOver() throws {
    let store = try TestStore()
    // Each read of the clock is 90 s on: the Again step (1 minute) is over two grades later.
    let clock = SteppingClock(start: TestStore.fixedNow, step: 90)
    let effects = StoreEffects(
      store: store.store, pack: store.pack, now: { clock.read() }, calendar: TestStore.calendar)
    var loop = try Snapshot.loop(
      screen: "drill", size: Size(width: 80, height: 24), keys: [], data: store.data,
      effects: effects)
    let questions = store.pack.questions.map(\.id)
    XCTAssertEqual(try drill(loop).current, questions[0])
    for key in ["space", "1"] { loop.send(.key(Key(name: key)!)) }
    XCTAssertEqual(try drill(loop).current, questions[1], "not yet: its step is not over")
    XCTAssertTrue(loop.frame().text.contains("1 again"), loop.frame().text)
    for key in ["space", "3"] { loop.send(.key(Key(name: key)!)) }
    XCTAssertEqual(try drill(loop).current, questions[0], "its step is over: it comes back")
    for key in ["space", "3"] { loop.send(.key(Key(name: key)!)) }
    XCTAssertEqual(try drill(loop).current, questions[2])
    XCTAssertEqual(
      try store.store.reviews().map(\.question), [questions[0], questions[1], questions[0]])
  }

  func testEscEndsTheDrillWithItsSummaryAndEscAgainGoesBack() throws {
    let store = try TestStore()
    var loop = try store.loop("drill", keys: "space 4 space 2 esc")
    XCTAssertTrue(try drill(loop).showsSummary)
    let text = loop.frame().text
    XCTAssertTrue(text.contains("Drill ended."), text)
    XCTAssertTrue(text.contains("Again 0 · Hard 1 · Good 0 · Easy 1"), text)
    XCTAssertTrue(text.contains("Retention     100%"), text)
    XCTAssertTrue(text.contains("8 cards left in this focus"), text)
    assertGolden(text, named: "drill-ended-80x24")
    // Grading keys do nothing on the summary.
    loop.send(.key(.character("3")))
    XCTAssertEqual(try store.store.reviews().count, 2)
    loop.send(.key(.escape))
    XCTAssertTrue(loop.state.top is DrillSetupScreen)
  }

  func testEscWithNothingReviewedLeavesAtOnce() throws {
    let store = try TestStore()
    let loop = try store.loop("drill", keys: "esc")
    XCTAssertTrue(loop.state.top is DrillSetupScreen)
  }

  func testSetupPicksTheFocusFromAListAndChangesTheDailyLimit() throws {
    let store = try TestStore()
    var loop = try store.loop("drill", keys: "esc")
    var setup = try XCTUnwrap(loop.state.top as? DrillSetupScreen)
    XCTAssertEqual(setup.plan?.filter, .all)
    XCTAssertFalse(setup.plan?.choices.contains(.gaps) ?? true, "no assessment, no gaps")
    loop.send(.key(.down))
    setup = try XCTUnwrap(loop.state.top as? DrillSetupScreen)
    let second = try XCTUnwrap(setup.plan?.choices[1])
    XCTAssertEqual(setup.plan?.filter, second)
    XCTAssertTrue(
      loop.frame().text.contains("▸ " + second.label(in: store.pack).prefix(20)),
      loop.frame().text)
    loop.send(.key(.up))
    loop.send(.key(.character("+")))
    setup = try XCTUnwrap(loop.state.top as? DrillSetupScreen)
    XCTAssertEqual(setup.plan?.filter, .all)
    XCTAssertEqual(try store.store.drillSettings().newPerDay, 11)
    XCTAssertEqual(setup.plan?.queue.new.count, 11)
  }

  func testTheFocusListReachesEveryFocusAndStartsTheDrillOnIt() throws {
    let store = try TestStore()
    var loop = try store.loop("drill", keys: "esc")
    let choices = try XCTUnwrap((loop.state.top as? DrillSetupScreen)?.plan?.choices)
    XCTAssertGreaterThan(choices.count, 20, "more focuses than the list shows at once")
    // Every focus is listed, in the order of the choices; the end of the list scrolls in.
    XCTAssertTrue(loop.frame().text.contains("▸ All questions"), loop.frame().text)
    loop.send(.key(.character("G")))
    let last = try XCTUnwrap(choices.last)
    XCTAssertEqual((loop.state.top as? DrillSetupScreen)?.plan?.filter, last)
    XCTAssertTrue(
      loop.frame().text.contains("▸ " + last.label(in: store.pack).prefix(20)), loop.frame().text)
    assertGolden(loop.frame().text, named: "drill-setup-last-80x24")
    loop.send(.key(.pageUp))
    XCTAssertEqual(
      (loop.state.top as? DrillSetupScreen)?.plan?.filter, choices[choices.count - 1 - 10])
    loop.send(.key(.enter))
    XCTAssertEqual(try drill(loop).filter, choices[choices.count - 1 - 10])
  }

  func testMyGapsFocusTakesTheGapsOfTheLatestAssessment() throws {
    let store = try TestStore()
    let assessment = try ReportScreensTests.addFinished(store)
    let report = CareerReport.make(pack: store.pack, profile: assessment.profile(pack: store.pack))
    let skills = DrillQueue.gapSkills(of: report)
    var loop = try store.loop("drill", keys: "esc down")
    let setup = try XCTUnwrap(loop.state.top as? DrillSetupScreen)
    XCTAssertEqual(setup.plan?.filter, .gaps)
    XCTAssertTrue(loop.frame().text.contains("My gaps"))
    loop.send(.key(.enter))
    let first = try XCTUnwrap(try drill(loop).current)
    let question = try XCTUnwrap(store.pack.questions.first { $0.id == first })
    XCTAssertFalse(Set(question.skills).isDisjoint(with: skills))
  }

  func testLeavingTheDrillRefreshesTheSetup() throws {
    let store = try TestStore()
    var loop = try store.loop("drill", keys: "space 4 esc esc")
    let setup = try XCTUnwrap(loop.state.top as? DrillSetupScreen)
    XCTAssertEqual(setup.plan?.queue.new.count, 9)
    loop.send(.key(.escape))
    XCTAssertTrue(loop.state.top is HomeScreen)
  }
}

/// Random keys on the drill and statistics screens never crash, and every grade is stored.
final class DrillKeyMashTests: XCTestCase {
  func testRandomKeys() throws {
    let store = try TestStore()
    let keys: [Key] = [
      .space, .enter, .tab, .backTab, .escape, .up, .down, .pageUp, .pageDown, .home, .end,
      .character("1"), .character("2"), .character("3"), .character("4"), .character("f"),
      .character("+"), .character("-"), .character("?"), .character("j"), .character("k"),
    ]
    var generator = SystemRandomNumberGenerator()
    for screen in ["drill", "stats"] {
      var loop = try store.loop(screen, width: 80, height: 24)
      for _ in 0..<1_500 {
        loop.send(.key(keys.randomElement(using: &generator)!))
        if loop.state.quitting { break }
        _ = loop.frame()
      }
    }
    let reviews = try store.store.reviews()
    let cards = try store.store.cardStates()
    XCTAssertEqual(cards.values.reduce(0) { $0 + $1.reps }, reviews.count)
  }
}
