import CoachCore
import XCTest

final class StudyPlanTests: XCTestCase {
  let pack = TestPack.pack
  /// Gaps to mid: caching 0→2 (12 h), rest-apis 2→3 (5 h), sql 1→2 (8 h), in that order.
  var gaps: [Gap] {
    let profile = Profile(ratings: [
      "python": 3, "rest-apis": 2, "sql": 1, "communication": 2, "caching": 0,
    ])
    return Gaps.report(to: "mid", pack: pack, profile: profile)?.gaps ?? []
  }

  func layout(_ plan: StudyPlan) -> [String] {
    plan.weeks.map { week in
      week.items.map { "\($0.skill) \(formatted($0.hours))" }.joined(separator: ", ")
    }
  }

  func formatted(_ hours: Double) -> String {
    hours == hours.rounded() ? String(Int(hours)) : String(hours)
  }

  func testHoursPerGapAreHoursPerStepTimesSteps() {
    XCTAssertEqual(gaps.map { StudyPlan.hoursNeeded(for: $0, pack: pack) }, [12, 5, 8])
  }

  func testGapsFillWeeksInPriorityOrderAndSpanWeeks() {
    let plan = StudyPlan.make(gaps: gaps, pack: pack)
    XCTAssertEqual(plan.hoursPerWeek, 5)
    XCTAssertEqual(
      layout(plan),
      ["caching 5", "caching 5", "caching 2, rest-apis 3", "rest-apis 2, sql 3", "sql 5"])
    XCTAssertEqual(plan.totalWeeks, 5)
    XCTAssertEqual(plan.totalHours, 25)
    XCTAssertEqual(plan.weeks.map(\.number), [1, 2, 3, 4, 5])
    XCTAssertEqual(plan.weeks.map(\.hours), [5, 5, 5, 5, 5])
  }

  func testObjectivesComeFirst() {
    let plan = StudyPlan.make(gaps: gaps, pack: pack, hoursPerWeek: 5, objectives: ["sql"])
    XCTAssertEqual(plan.gaps.map(\.skill), ["sql", "caching", "rest-apis"])
    XCTAssertEqual(plan.gaps.map(\.isObjective), [true, false, false])
    XCTAssertEqual(
      layout(plan),
      ["sql 5", "sql 3, caching 2", "caching 5", "caching 5", "rest-apis 5"])
  }

  func testAnObjectiveNamesAnySkillOfAGroup() throws {
    let profile = Profile(ratings: ["python": 1, "rest-apis": 1, "communication": 0, "sql": 0])
    let gaps = try XCTUnwrap(Gaps.report(to: "junior", pack: pack, profile: profile)).gaps
    XCTAssertEqual(gaps.map(\.skill), ["communication", "python", "rest-apis", "sql"])
    let plan = StudyPlan.make(gaps: gaps, pack: pack, objectives: ["go", "sql"])
    XCTAssertEqual(plan.gaps.map(\.skill), ["python", "sql", "communication", "rest-apis"])
  }

  func testFractionalHoursAndALastPartialWeek() {
    let plan = StudyPlan.make(gaps: gaps, pack: pack, hoursPerWeek: 7.5)
    XCTAssertEqual(
      layout(plan), ["caching 7.5", "caching 4.5, rest-apis 3", "rest-apis 2, sql 5.5", "sql 2.5"])
    XCTAssertEqual(plan.totalWeeks, 4)
  }

  func testNoHoursPerWeekOrNoGapsGiveNoWeeks() {
    XCTAssertEqual(StudyPlan.make(gaps: gaps, pack: pack, hoursPerWeek: 0).weeks, [])
    XCTAssertEqual(StudyPlan.make(gaps: [], pack: pack).totalWeeks, 0)
    XCTAssertEqual(StudyPlan.make(gaps: [], pack: pack).totalHours, 0)
  }

  func testDeterministic() {
    XCTAssertEqual(
      StudyPlan.make(gaps: gaps, pack: pack, hoursPerWeek: 3, objectives: ["rest-apis"]),
      StudyPlan.make(gaps: gaps, pack: pack, hoursPerWeek: 3, objectives: ["rest-apis"]))
  }
}
