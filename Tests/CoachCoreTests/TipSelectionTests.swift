import CoachCore
import XCTest

final class TipSelectionTests: XCTestCase {
  let pack = TestPack.pack

  func picks(_ profile: Profile, category: TipCategory? = nil) -> [TipPick] {
    let placement = Placement.report(pack: pack, profile: profile)
    let gaps = Gaps.report(pack: pack, profile: profile, placement: placement)
    return TipSelection.forYou(
      pack: pack, level: placement.ladder?.level, target: gaps?.target, gaps: gaps?.gaps ?? [],
      category: category)
  }

  func testJuniorAimingForMid() {
    // Placed at junior; gaps to mid: caching, rest-apis, sql.
    let profile = Profile(ratings: ["python": 3, "rest-apis": 2, "sql": 1, "communication": 2])
    let picked = picks(profile)
    XCTAssertEqual(picked.map(\.tip.id), ["any-sql", "junior-only", "mid-only", "universal"])
    XCTAssertEqual(
      picked.map(\.reason),
      [
        "Because SQL is a gap to Mid.", "Picked for your level, Junior.",
        "Picked for your next level, Mid.", "Useful at every level.",
      ])
    XCTAssertEqual(picked.map(\.gapSkill), ["sql", nil, nil, nil])
  }

  func testMidAimingForSeniorRanksHigherPriorityGapsFirst() {
    // Placed at mid; gaps to senior: system-design 9, caching 3, then 2 each.
    let profile = Profile(ratings: [
      "python": 3, "rest-apis": 3, "sql": 2, "caching": 2, "communication": 2, "system-design": 0,
    ])
    let picked = picks(profile)
    XCTAssertEqual(
      picked.map(\.tip.id),
      ["design", "senior-caching", "any-sql", "mid-only", "senior-general", "universal"])
    XCTAssertEqual(picked[0].reason, "Because System design is a gap to Senior.")
    XCTAssertEqual(picked[1].reason, "Because Caching (Redis, Memcached) is a gap to Senior.")
    XCTAssertEqual(picked[0].gapSkill, "system-design")
    XCTAssertFalse(
      picked.contains { $0.tip.id == "staff-leadership" || $0.tip.id == "junior-only" })
  }

  func testCategoryFilter() {
    let profile = Profile(ratings: [
      "python": 3, "rest-apis": 3, "sql": 2, "caching": 2, "communication": 2,
    ])
    XCTAssertEqual(picks(profile, category: .interview).map(\.tip.id), ["design", "mid-only"])
  }

  func testTipsOnSkillsThatAreNoGapAreLeftOut() {
    // Everything at 4: at the top, no gaps; only tips without skills for staff or every level.
    let picked = picks(TestPack.uniform(4))
    XCTAssertEqual(picked.map(\.tip.id), ["universal"])
  }

  func testWithoutAssessment() {
    let picked = TipSelection.withoutAssessment(pack: pack)
    XCTAssertEqual(picked.map(\.tip.id), ["junior-only", "universal", "any-sql"])
    XCTAssertEqual(
      picked.map(\.reason),
      [
        "No assessment yet: picked for Junior.", "No assessment yet: useful at every level.",
        "No assessment yet: useful at every level.",
      ])
    XCTAssertEqual(TipSelection.withoutAssessment(pack: pack, category: .interview).count, 0)
  }
}
