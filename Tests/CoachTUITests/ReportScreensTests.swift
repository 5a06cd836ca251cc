import CoachCore
import CoachStore
import XCTest

@testable import CoachTUI

/// Results, gaps, plan, history and compare, over a real store holding fixed assessments.
final class ReportScreensTests: XCTestCase {
  /// A finished full assessment whose ratings follow the skill's place in the pack, so they
  /// are the same on every run; `shift` moves every rating to make a second, different one.
  @discardableResult
  static func addFinished(_ store: TestStore, shift: Int = 0, at offset: TimeInterval = 0) throws
    -> Assessment
  {
    let started = try store.store.startAssessment(
      mode: .full, years: 4, market: store.pack.markets.first?.id, languages: ["python"],
      now: TestStore.fixedNow.addingTimeInterval(offset))
    for (index, skill) in store.pack.skills.enumerated() {
      let rating = min(4, max(0, [3, 2, 1, 3, 2][index % 5] + (index % 7 == 0 ? shift : 0)))
      try store.store.saveAnswer(
        assessment: started.id, skill: skill.id, answer: SkillAnswer(rating: rating),
        position: index + 1)
    }
    try store.store.finish(
      assessment: started.id, at: TestStore.fixedNow.addingTimeInterval(offset + 600))
    return try XCTUnwrap(try store.store.assessment(id: started.id))
  }

  func testGoldens() throws {
    let store = try TestStore()
    try Self.addFinished(store, shift: -1, at: -86_400 * 30)
    try Self.addFinished(store)
    for screen in ["results", "gaps", "plan", "history"] {
      assertGolden(try store.render(screen, 80, 24), named: "\(screen)-80x24")
      assertGolden(try store.render(screen, 120, 40), named: "\(screen)-120x40")
    }
    assertGolden(try store.render("gaps", 80, 24, keys: "enter"), named: "gap-detail-80x24")
    assertGolden(try store.render("gaps", 120, 40, keys: "enter"), named: "gap-detail-120x40")
    assertGolden(
      try store.render("history", 80, 24, keys: "space down space enter"), named: "compare-80x24")
    assertGolden(
      try store.render("history", 120, 40, keys: "space down space enter"), named: "compare-120x40")
  }

  /// Headings shorten their wording at the minimum size rather than stop mid-word.
  func testHeadingsAtTheMinimumSize() throws {
    let store = try TestStore()
    try Self.addFinished(store, shift: -1, at: -86_400 * 30)
    try Self.addFinished(store)
    for screen in ["gaps", "history"] {
      assertGolden(try store.render(screen, 60, 18), named: "\(screen)-60x18")
    }
  }

  func testWithoutAnAssessmentEachScreenSaysHowToGetOne() throws {
    let store = try TestStore()
    for screen in ["results", "gaps", "plan"] {
      XCTAssertTrue(try store.render(screen, 80, 24).contains("No finished assessment yet"), screen)
    }
    XCTAssertTrue(try store.render("history", 80, 24).contains("No assessments yet"))
  }

  func testResultsShowPlacementFitsAndAreas() throws {
    let store = try TestStore()
    let assessment = try Self.addFinished(store)
    let report = CareerReport.make(pack: store.pack, profile: assessment.profile(pack: store.pack))
    let screen = try store.render("results", 120, 200)
    let ladder = try XCTUnwrap(report.ladder)
    XCTAssertTrue(screen.contains(CareerReport.placementName(ladder, in: store.pack)))
    for fit in ladder.fits {
      XCTAssertTrue(screen.contains(Format.percent(fit.fit)), "fit of \(fit.level)")
    }
    XCTAssertTrue(screen.contains("per area"))
    for category in store.pack.categories {
      XCTAssertTrue(screen.contains(String(category.name.prefix(20))), category.name)
    }
  }

  func testScrollingStopsAtTheEndAndComesBackAtOnce() throws {
    let store = try TestStore()
    try Self.addFinished(store)
    let bottom = try store.render("results", 80, 24, keys: "end")
    let pastBottom = try store.render(
      "results", 80, 24, keys: Array(repeating: "j", count: 200).joined(separator: " "))
    XCTAssertEqual(bottom, pastBottom)
    let oneUp = try store.render("results", 80, 24, keys: "end k")
    XCTAssertNotEqual(oneUp, bottom, "one key up after overscrolling moves the view")
  }

  func testTabChangesTheTargetAndStoresIt() throws {
    let store = try TestStore()
    try Self.addFinished(store)
    let loop = try store.loop("gaps", keys: "tab")
    let screen = try XCTUnwrap(loop.state.top as? GapsScreen)
    let chosen = try XCTUnwrap(screen.load.loaded?.report.target)
    XCTAssertEqual(try store.store.settings().targetLevel, chosen)
    XCTAssertEqual(screen.load.loaded?.report.isDefaultTarget, false)
    let back = try store.loop("gaps", keys: "left")
    let previous = try XCTUnwrap((back.state.top as? GapsScreen)?.load.loaded?.report.target)
    let targets = GapsScreen.targets(in: store.pack)
    XCTAssertEqual(targets.firstIndex(of: previous)! + 1, targets.firstIndex(of: chosen)!)
  }

  func testEnterOnAGapShowsItsTipsAndQuestions() throws {
    let store = try TestStore()
    try Self.addFinished(store)
    let loop = try store.loop("gaps", keys: "enter", width: 100, height: 300)
    let detail = try XCTUnwrap(loop.state.top as? GapDetailScreen)
    let text = loop.frame().text
    let questions = Gaps.questions(for: detail.gap, target: detail.target, in: store.pack)
    XCTAssertFalse(questions.isEmpty)
    XCTAssertTrue(text.contains("Interview questions (\(questions.count))"))
    XCTAssertTrue(text.contains(String(questions[0].text.prefix(30))))
    XCTAssertTrue(
      text.contains("Tips (\(GapDetailScreen.tips(for: detail.gap, in: store.pack).count))"))
  }

  func testPlanHoursAndObjectivesAreStored() throws {
    let store = try TestStore()
    try Self.addFinished(store)
    let loop = try store.loop("plan", keys: "+ + - + down space")
    let settings = try store.store.settings()
    XCTAssertEqual(settings.hoursPerWeek, StudyPlan.defaultHoursPerWeek + 2)
    let screen = try XCTUnwrap(loop.state.top as? PlanScreen)
    let plan = try XCTUnwrap(screen.load.loaded?.report.plan)
    XCTAssertEqual(settings.objectives.count, 1)
    XCTAssertEqual(plan.gaps.first?.skill, settings.objectives.first, "an objective comes first")
    XCTAssertEqual(plan.gaps.first?.isObjective, true)
    XCTAssertEqual(plan.hoursPerWeek, settings.hoursPerWeek)
    _ = try store.loop("plan", keys: "space")
    XCTAssertEqual(try store.store.settings().objectives, [], "space again unmarks it")
  }

  func testPlanHoursStayWithinRange() throws {
    let store = try TestStore()
    try Self.addFinished(store)
    _ = try store.loop("plan", keys: Array(repeating: "-", count: 20).joined(separator: " "))
    XCTAssertEqual(try store.store.settings().hoursPerWeek, PlanScreen.hoursRange.lowerBound)
  }

  func testHistoryComparesTwoMarkedAssessments() throws {
    let store = try TestStore()
    try Self.addFinished(store, shift: -1, at: -86_400)
    try Self.addFinished(store)
    let one = try store.loop("history", keys: "space enter")
    let history = try XCTUnwrap(one.state.top as? HistoryScreen)
    XCTAssertNotNil(history.notice, "one mark is not enough")
    XCTAssertTrue(one.frame().text.contains("Mark two assessments"))
    let loop = try store.loop("history", keys: "space down space enter")
    let compare = try XCTUnwrap(loop.state.top as? CompareScreen)
    XCTAssertLessThan(compare.older.startedAt, compare.newer.startedAt)
    XCTAssertFalse(compare.rose.isEmpty)
    XCTAssertTrue(compare.fell.isEmpty)
    XCTAssertTrue(compare.rose.allSatisfy { $0.after == $0.before + 1 })
  }

  func testComparingCountsSkillsRatedForTheFirstTime() throws {
    let store = try TestStore()
    let skills = store.pack.skills.map(\.id)
    for (offset, rated) in [(-86_400.0, Array(skills.prefix(10))), (0, Array(skills.prefix(14)))] {
      let started = try store.store.startAssessment(
        mode: .full, years: 4, market: nil, languages: [],
        now: TestStore.fixedNow.addingTimeInterval(offset))
      for (index, skill) in rated.enumerated() {
        try store.store.saveAnswer(
          assessment: started.id, skill: skill, answer: SkillAnswer(rating: 2),
          position: index + 1)
      }
      try store.store.finish(
        assessment: started.id, at: TestStore.fixedNow.addingTimeInterval(offset + 60))
    }
    let loop = try store.loop("history", keys: "space down space enter")
    let compare = try XCTUnwrap(loop.state.top as? CompareScreen)
    XCTAssertEqual(compare.newlyRated.map(\.skill), Array(skills[10..<14]))
    XCTAssertTrue(compare.rose.isEmpty)
    XCTAssertEqual(compare.unchanged, 10)
    XCTAssertTrue(loop.frame().text.contains("Rated for the first time (4)"))
  }

  func testFinishingAnAssessmentOpensResults() throws {
    let store = try TestStore()
    let started = try store.store.startAssessment(
      mode: .quick, years: 2, market: nil, languages: [], now: TestStore.fixedNow)
    let count = AssessmentQuestion.all(for: .quick, pack: store.pack).count
    for (index, category) in store.pack.categories.enumerated().dropLast() {
      try store.store.saveCategoryAnswer(
        assessment: started.id, category: category.id, answer: SkillAnswer(rating: 2),
        position: index + 1)
    }
    let loop = try store.loop("assess", keys: "enter 2")
    XCTAssertEqual(count, store.pack.categories.count)
    XCTAssertTrue(loop.state.top is ResultsScreen, "\(type(of: loop.state.top))")
    XCTAssertTrue(loop.frame().text.contains("Where you stand"))
  }

  /// Forty full assessments, one a day up to yesterday.
  private func addForty(_ store: TestStore) throws {
    let answers = Dictionary(
      uniqueKeysWithValues: store.pack.skills.map { ($0.id, SkillAnswer(rating: 2)) })
    for day in 0..<40 {
      let date = TestStore.fixedNow.addingTimeInterval(Double(day - 40) * 86_400)
      _ = try store.store.add(
        Assessment(mode: .full, startedAt: date, finishedAt: date, answers: answers))
    }
  }

  func testRowsThatComeIntoViewOnAResizeArePlacedAtOnce() throws {
    let store = try TestStore()
    try addForty(store)
    var loop = try store.loop("history", width: 80, height: 24)
    func placed() -> Int {
      (loop.state.top as? HistoryScreen)?.entries?.filter { $0.placement != nil }.count ?? 0
    }
    let before = placed()
    loop.send(.resize(Size(width: 120, height: 60)))
    XCTAssertGreaterThan(placed(), before)
    let inView = HistoryScreen.rowsInView(count: 40, selected: 0, body: loop.state.data.body)
    XCTAssertEqual(placed(), inView.count)
  }

  func testALongHistoryScrollsToItsOldestAssessment() throws {
    let store = try TestStore()
    try addForty(store)
    let top = try store.render("history", 80, 24)
    XCTAssertTrue(top.contains("40 assessments, newest first"))
    XCTAssertFalse(
      top.contains(
        Format.date(TestStore.fixedNow.addingTimeInterval(-40 * 86_400), in: TestStore.calendar)))
    let bottom = try store.render("history", 80, 24, keys: "G")
    let selected = try XCTUnwrap(bottom.split(separator: "\n").first { $0.contains("▸") })
    XCTAssertTrue(
      selected.contains(
        Format.date(TestStore.fixedNow.addingTimeInterval(-40 * 86_400), in: TestStore.calendar)),
      String(selected))
  }
}
