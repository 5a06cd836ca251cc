import CoachCore
import XCTest

final class GapsTests: XCTestCase {
  let pack = TestPack.pack
  let profileA = Profile(ratings: ["python": 3, "rest-apis": 2, "sql": 1, "communication": 2])

  func testDefaultTargetIsTheNextLevelOnTheLadder() {
    func target(_ profile: Profile) -> String? {
      Gaps.defaultTarget(pack: pack, placement: Placement.report(pack: pack, profile: profile))
    }
    XCTAssertEqual(target(TestPack.uniform(0)), "junior", "below the first level")
    XCTAssertEqual(target(profileA), "mid")
    XCTAssertEqual(target(TestPack.uniform(4)), "staff", "at the top")
  }

  func testRatedGapsAreRankedByPriorityAndUnratedOnesComeLastWithoutASize() throws {
    let placement = Placement.report(pack: pack, profile: profileA)
    let report = try XCTUnwrap(Gaps.report(pack: pack, profile: profileA, placement: placement))
    XCTAssertEqual(report.target, "mid")
    XCTAssertEqual(report.gaps.map(\.skill), ["rest-apis", "sql", "caching"])
    XCTAssertEqual(report.gaps.map(\.priority), [3, 2, 0], "caching was never rated")
    XCTAssertEqual(report.gaps.map(\.rating), [2, 1, 0])
    XCTAssertEqual(report.gaps.map(\.required), [3, 2, 2])
    XCTAssertEqual(report.gaps.map(\.weight), [3, 2, 2])
    XCTAssertEqual(report.gaps.map(\.unknown), [false, false, true])
    XCTAssertEqual(report.gaps.map(\.steps), [1, 1, 2])
  }

  func testTiesGoToTheHeavierWeightThenTheSkillID() throws {
    let profile = Profile(ratings: [
      "python": 3, "rest-apis": 1, "sql": 2, "caching": 1, "system-design": 2, "communication": 2,
    ])
    let gaps = try XCTUnwrap(Gaps.report(to: "senior", pack: pack, profile: profile)).gaps
    XCTAssertEqual(
      gaps.map(\.skill), ["caching", "rest-apis", "system-design", "communication", "sql"])
    XCTAssertEqual(gaps.map(\.priority), [6, 6, 3, 2, 2])
  }

  func testActionUsesTheAnchorOfTheRequiredRating() throws {
    let profile = Profile(ratings: [
      "python": 3, "rest-apis": 4, "sql": 3, "caching": 2, "system-design": 3, "communication": 3,
    ])
    let gaps = try XCTUnwrap(Gaps.report(to: "senior", pack: pack, profile: profile)).gaps
    XCTAssertEqual(gaps.count, 1)
    XCTAssertEqual(
      gaps[0].action,
      "Take Caching (Redis, Memcached) from Working to Proficient: I have designed a cache with "
        + "an eviction and invalidation plan on my own.")
  }

  func testActionForAnUnratedSkillAndTheCategoryAnchorFallback() throws {
    let gaps = try XCTUnwrap(Gaps.report(to: "mid", pack: pack, profile: profileA)).gaps
    XCTAssertEqual(
      gaps.last?.action,
      "Rate Caching (Redis, Memcached) (skipped so far), then take it to Working: I have added "
        + "a cache with help.")
    XCTAssertEqual(gaps[0].action, "Take REST APIs from Working to Proficient: REST APIs anchor 3.")
    let leader = Profile(ratings: ["leadership": 1])
    let staff = try XCTUnwrap(Gaps.report(to: "staff", pack: pack, profile: leader)).gaps
    let leadership = try XCTUnwrap(staff.first { $0.skill == "leadership" })
    XCTAssertEqual(
      leadership.action,
      "Take Leadership from Aware to Proficient: I lead a team of three on my own.")
  }

  func testOneOfGapPicksTheBestRatedElseThePrimaryLanguage() throws {
    let primary = Profile(ratings: ["rest-apis": 2], primaryLanguages: ["go"])
    let gaps = try XCTUnwrap(Gaps.report(to: "junior", pack: pack, profile: primary)).gaps
    let language = try XCTUnwrap(gaps.first { $0.requirement.isChoice })
    XCTAssertEqual(language.skill, "go")
    XCTAssertTrue(language.unknown)
    XCTAssertEqual(language.priority, 0, "an unrated gap has no size")
    XCTAssertTrue(language.action.hasPrefix("Rate Go (skipped so far), then take it to Working"))

    let rated = Profile(ratings: ["java": 1], primaryLanguages: ["go"])
    let again = try XCTUnwrap(Gaps.report(to: "junior", pack: pack, profile: rated)).gaps
    let java = try XCTUnwrap(again.first { $0.requirement.isChoice })
    XCTAssertEqual(java.skill, "java")
    XCTAssertFalse(java.unknown)
    XCTAssertEqual(java.action, "Take Java from Aware to Working: Java anchor 2.")
  }

  func testNoGapsWhenTheTargetIsMetAndNilForAnUnknownLevel() throws {
    XCTAssertEqual(
      try XCTUnwrap(Gaps.report(to: "staff", pack: pack, profile: TestPack.uniform(4))).gaps, [])
    XCTAssertNil(Gaps.report(to: "nope", pack: pack, profile: profileA))
  }

  func testQuestionsForAGapPutTheTargetLevelFirst() throws {
    let gaps = try XCTUnwrap(Gaps.report(to: "mid", pack: pack, profile: profileA)).gaps
    let caching = try XCTUnwrap(gaps.first { $0.skill == "caching" })
    XCTAssertEqual(
      Gaps.questions(for: caching, target: "mid", in: pack).map(\.id), ["q-cache-mid", "q-cache"])
  }
}
