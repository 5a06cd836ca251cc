import CoachCore
import TestSupport
import XCTest

/// A review set beside the user's own ratings: the request's skills, the disagreements in
/// order, and a placement from each view.
final class ReviewComparisonTests: XCTestCase {
  let selfProfile = Profile(
    ratings: ["go": 3, "rest-apis": 3, "sql": 2, "caching": 2, "communication": 2],
    years: 4, primaryLanguages: ["go"])

  func testARequestAsksForTheRatedSkillsInPackOrderAndShowsRatingsOnlyWhenAsked() {
    let assessment = Assessment(
      mode: .full, startedAt: FixedTime.now, finishedAt: FixedTime.now,
      answers: ["sql": SkillAnswer(rating: 2), "go": SkillAnswer(rating: 3), "java": .skip()])
    let hidden = Review.request(
      id: "r1", pack: TestPack.pack, assessment: assessment, requester: "Ana", reviewer: nil,
      showRatings: false)
    XCTAssertEqual(hidden.skills, ["go", "sql"])
    XCTAssertNil(hidden.selfRatings)
    XCTAssertEqual(hidden.title, "Review for Ana")
    let shown = Review.request(
      id: "r1", pack: TestPack.pack, assessment: assessment, requester: nil, reviewer: "Bo",
      showRatings: true)
    XCTAssertEqual(shown.selfRatings, ["go": 3, "sql": 2])
    XCTAssertEqual(shown.title, "Review")
    let none = Review.request(
      id: "r2", pack: TestPack.pack, assessment: nil, requester: nil, reviewer: nil,
      showRatings: true)
    XCTAssertEqual(none.skills, TestPack.skillIDs)
    XCTAssertEqual(none.selfRatings, [:])
  }

  func testTheBiggestDisagreementsComeFirstThenPackOrderThenTheUnrated() {
    let review = Review(
      id: "r1", pack: TestPack.pack.role.id,
      skills: ["go", "rest-apis", "sql", "caching", "system-design", "communication"],
      ratings: ["go": 3, "rest-apis": 2, "sql": 2, "caching": 0, "communication": 3],
      comments: ["caching": "Never seen you design one."])
    let comparison = ReviewComparison(review: review, profile: selfProfile, pack: TestPack.pack)
    XCTAssertEqual(
      comparison.lines.map(\.skill),
      ["caching", "rest-apis", "communication", "go", "sql", "system-design"])
    XCTAssertEqual(comparison.lines.map(\.difference), [-2, -1, 1, 0, 0, nil])
    XCTAssertEqual(comparison.lines[0].comment, "Never seen you design one.")
    XCTAssertEqual(
      comparison.disagreements.map(\.skill), ["caching", "rest-apis", "communication"])
  }

  func testEachViewIsPlacedOnItsOwnRatings() throws {
    let review = Review(
      id: "r1", pack: TestPack.pack.role.id, skills: ["go", "rest-apis", "sql", "caching"],
      ratings: ["go": 3, "rest-apis": 2, "sql": 2, "caching": 0, "communication": 2])
    let comparison = ReviewComparison(review: review, profile: selfProfile, pack: TestPack.pack)
    let mine = try XCTUnwrap(comparison.selfPlacement.ladder)
    let theirs = try XCTUnwrap(comparison.reviewerPlacement.ladder)
    XCTAssertEqual(mine.level, "mid")
    XCTAssertEqual(theirs.level, "junior")
    XCTAssertEqual(
      comparison.selfPlacement, Placement.report(pack: TestPack.pack, profile: selfProfile))
    XCTAssertEqual(comparison.reviewerPlacement.tracks.count, TestPack.tracks.count)
  }
}

extension ReviewComparisonTests {
  /// A manager who has seen only two of a mid-level developer's skills, agrees on one and
  /// rates the other higher, leaves the developer at Mid, as they would say in person; one who
  /// rates the developer's language and API work a step lower than they do places them at
  /// Junior, since Mid asks for more in both.
  func testAReviewOfAFewSkillsMovesThePlacementByThoseFewOnly() throws {
    let few = Review(
      id: "r2", pack: TestPack.pack.role.id, skills: ["sql", "caching"],
      ratings: ["sql": 2, "caching": 3])
    let fewComparison = ReviewComparison(review: few, profile: selfProfile, pack: TestPack.pack)
    XCTAssertEqual(try XCTUnwrap(fewComparison.reviewerPlacement.ladder).level, "mid")
    XCTAssertEqual(fewComparison.ownRatingsKept, 3)

    let core = Review(
      id: "r3", pack: TestPack.pack.role.id, skills: ["go", "rest-apis"],
      ratings: ["go": 2, "rest-apis": 2])
    let coreComparison = ReviewComparison(review: core, profile: selfProfile, pack: TestPack.pack)
    XCTAssertEqual(try XCTUnwrap(coreComparison.reviewerPlacement.ladder).level, "junior")
  }

  func testFillingTakesOnlyTheSkillsAskedAbout() throws {
    let review = Review(id: "r1", pack: "p", skills: ["go", "sql"], ratings: ["go": 1])
    let filled = try review.filled(
      ratings: ["go": 3], comments: ["sql": "Fine."], pack: TestPack.pack
    ).get()
    XCTAssertEqual(filled.ratings, ["go": 3])
    XCTAssertEqual(filled.comments, ["sql": "Fine."])
    XCTAssertEqual(
      review.filled(ratings: ["caching": 2, "python": 1], pack: TestPack.pack),
      .failure(Review.UnaskedSkill(skill: "python")))
  }
}
