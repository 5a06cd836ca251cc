import CoachCore
import CoachStore
import XCTest

@testable import CoachTUI

/// The pick of languages, databases and cloud in the setup, and what a quick assessment shows.
final class StackPickScreenTests: XCTestCase {
  /// A finished quick assessment of a Python/PostgreSQL/AWS developer, every area at 3.
  private func addQuick(_ store: TestStore) throws {
    let answers = Dictionary(
      uniqueKeysWithValues: store.pack.categories.map { ($0.id, SkillAnswer(rating: 3)) })
    _ = try store.store.add(
      Assessment(
        mode: .quick, startedAt: TestStore.fixedNow, finishedAt: TestStore.fixedNow, years: 4.5,
        languages: ["python"], databases: ["postgresql"], cloud: ["aws"],
        categoryAnswers: answers, position: answers.count))
  }

  func testTheLastPickIsOfferedAgainAndCanBeChanged() throws {
    let store = try TestStore()
    try addQuick(store)
    // Full, no years, first market: the languages step has Python ticked already.
    let languages = try store.render("assess", 80, 24, keys: "down enter enter enter")
    XCTAssertTrue(languages.contains("[x] Python"), languages)
    XCTAssertTrue(languages.contains("[ ] Java"), languages)
    // Untick nothing, tick MySQL beside PostgreSQL, keep AWS, start.
    _ = try store.loop("assess", keys: "down enter enter enter enter down space enter enter")
    let started = try XCTUnwrap(store.store.unfinishedAssessment())
    XCTAssertEqual(started.pick.languages, ["python"])
    XCTAssertEqual(started.pick.databases, ["postgresql", "mysql"])
    XCTAssertEqual(started.pick.cloud, ["aws"])
    let asked = AssessmentQuestion.all(for: started, pack: store.pack).map(\.id)
    XCTAssertTrue(asked.contains("python") && asked.contains("mysql") && asked.contains("sql"))
    for other in ["java", "nodejs", "oracle", "mongodb", "azure", "gcp"] {
      XCTAssertFalse(asked.contains(other), "\(other) is not asked")
    }
  }

  func testAQuickAssessmentShowsAnEstimateAndUnratedRequirementsApart() throws {
    let store = try TestStore()
    try addQuick(store)
    let results = try store.render("results", 120, 40)
    XCTAssertTrue(results.contains("Estimate from a quick assessment: 14 areas rated"), results)
    let gaps = try store.render("gaps", 120, 40)
    XCTAssertTrue(gaps.contains("not rated yet"), gaps)
    XCTAssertFalse(gaps.contains("skipped"), gaps)
    XCTAssertFalse(gaps.contains("Java"), gaps)
  }

  func testComparingAQuickWithAFullOneWarnsThatTheQuickIsAnEstimate() throws {
    let store = try TestStore()
    try addQuick(store)
    try ReportScreensTests.addFinished(store, at: 86_400)
    let loop = try store.loop("history", keys: "space down space enter")
    XCTAssertTrue(loop.state.top is CompareScreen)
    let text = loop.frame().text.replacingOccurrences(of: "\n", with: " ")
    XCTAssertTrue(text.contains("is a quick one"), text)
  }
}
