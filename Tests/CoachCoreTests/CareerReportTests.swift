import CoachCore
import XCTest

final class CareerReportTests: XCTestCase {
  let pack = TestPack.pack
  /// python 3, rest-apis 2, sql 1, communication 2: Junior on the ladder, Mid next.
  let profile = Profile(ratings: ["python": 3, "rest-apis": 2, "sql": 1, "communication": 2])

  func testDefaultTargetIsTheNextLevel() {
    let report = CareerReport.make(pack: pack, profile: profile)
    XCTAssertEqual(report.placement, Placement.report(pack: pack, profile: profile))
    XCTAssertEqual(report.ladder?.level, "junior")
    XCTAssertEqual(report.target, "mid")
    XCTAssertTrue(report.isDefaultTarget)
    let all = Gaps.report(to: "mid", pack: pack, profile: profile)?.gaps ?? []
    XCTAssertEqual(report.gaps, all.filter { !$0.unknown })
    XCTAssertEqual(report.unrated.map(\.skill), ["caching"], "listed apart, not ranked")
    XCTAssertEqual(report.plan, StudyPlan.make(gaps: report.gaps, pack: pack))
  }

  func testChosenTargetAndPlanSettings() {
    let report = CareerReport.make(
      pack: pack, profile: profile, targetLevel: "senior", hoursPerWeek: 3, objectives: ["sql"])
    XCTAssertEqual(report.target, "senior")
    XCTAssertFalse(report.isDefaultTarget)
    let all = Gaps.report(to: "senior", pack: pack, profile: profile)?.gaps ?? []
    XCTAssertEqual(report.gaps, all.filter { !$0.unknown })
    XCTAssertEqual(report.plan.hoursPerWeek, 3)
    XCTAssertEqual(report.plan.gaps.first?.skill, "sql", "objectives come first")
  }

  func testUnknownTargetFallsBackToTheDefault() {
    let report = CareerReport.make(pack: pack, profile: profile, targetLevel: "astronaut")
    XCTAssertEqual(report.target, "mid")
    XCTAssertTrue(report.isDefaultTarget)
  }

  func testNamesAndSkillLists() throws {
    let report = CareerReport.make(pack: pack, profile: profile)
    XCTAssertEqual(CareerReport.placementName(try XCTUnwrap(report.ladder), in: pack), "Junior")
    let nobody = CareerReport.make(pack: pack, profile: Profile())
    XCTAssertEqual(
      CareerReport.placementName(try XCTUnwrap(nobody.ladder), in: pack), "cannot place yet")
    let zeros = Profile(ratings: Dictionary(uniqueKeysWithValues: pack.skills.map { ($0.id, 0) }))
    XCTAssertEqual(
      CareerReport.placementName(
        try XCTUnwrap(CareerReport.make(pack: pack, profile: zeros).ladder), in: pack),
      "not yet Junior")
    XCTAssertEqual(report.strongestSkills(in: pack), ["python"])
    XCTAssertEqual(
      report.unratedSkills(in: pack), ["java", "go", "caching", "system-design", "leadership"])
  }
}
