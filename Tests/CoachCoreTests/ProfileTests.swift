import CoachCore
import Foundation
import XCTest

final class ProfileTests: XCTestCase {
  let group = TestPack.languages

  func testEffectiveRatingIsTheBestOfTheGroupWithUnratedAsZero() {
    XCTAssertEqual(Profile().effectiveRating(for: group), 0)
    XCTAssertEqual(Profile(ratings: ["java": 1, "go": 3]).effectiveRating(for: group), 3)
    XCTAssertEqual(Profile(ratings: ["sql": 4]).effectiveRating(for: group), 0)
  }

  func testRatingsOutsideTheScaleAreClamped() {
    let profile = Profile(ratings: ["python": 9, "go": -2])
    XCTAssertEqual(profile.rating(of: "python"), 4)
    XCTAssertEqual(profile.rating(of: "go"), 0)
    XCTAssertNil(profile.rating(of: "java"))
  }

  func testUnknownWhenNoSkillOfTheRequirementIsRated() {
    XCTAssertTrue(Profile().isUnknown(group))
    XCTAssertTrue(Profile(ratings: ["sql": 2]).isUnknown(group))
    XCTAssertFalse(Profile(ratings: ["go": 0]).isUnknown(group), "rated 0 is known")
  }

  func testRepresentativeSkillOfAGroup() {
    XCTAssertEqual(Profile(ratings: ["python": 1, "go": 3]).representativeSkill(for: group), "go")
    XCTAssertEqual(
      Profile(ratings: ["python": 2, "java": 2], primaryLanguages: ["java"])
        .representativeSkill(for: group), "java", "a tie goes to the primary language")
    XCTAssertEqual(
      Profile(ratings: ["python": 2, "java": 2]).representativeSkill(for: group), "python",
      "a tie without a primary language goes to the group's order")
    XCTAssertEqual(
      Profile(ratings: ["python": 0], primaryLanguages: ["rust", "go"])
        .representativeSkill(for: group), "go", "nothing above 0: the primary language")
    XCTAssertEqual(Profile().representativeSkill(for: group), "python", "else the first")
    XCTAssertEqual(Profile().representativeSkill(for: TestPack.req("sql", 2, 1)), "sql")
  }

  func testCodableRoundTrip() throws {
    let profile = Profile(ratings: ["go": 3], years: 4, market: "dk", primaryLanguages: ["go"])
    let data = try JSONEncoder().encode(profile)
    XCTAssertEqual(try JSONDecoder().decode(Profile.self, from: data), profile)
  }
}
