import CoachCore
import XCTest

final class PlacementTests: XCTestCase {
  let pack = TestPack.pack

  /// python 3, rest-apis 2, sql 1, communication 2; the rest unrated.
  let profileA = Profile(ratings: ["python": 3, "rest-apis": 2, "sql": 1, "communication": 2])

  func testExactFits() throws {
    let report = Placement.report(pack: pack, profile: profileA)
    let ladder = try XCTUnwrap(report.track("ladder"))
    XCTAssertEqual(ladder.fits.map(\.level), ["junior", "mid", "senior", "staff"])
    let fits = ladder.fits.map(\.fit)
    XCTAssertEqual(fits[0], 1.0, accuracy: 1e-12)
    XCTAssertEqual(fits[1], 8.0 / 12.0, accuracy: 1e-12)
    XCTAssertEqual(fits[2], 6.0 / 15.0, accuracy: 1e-12)
    XCTAssertEqual(fits[3], 3.0 / 12.0, accuracy: 1e-12)
    let lead = try XCTUnwrap(report.track("lead"))
    XCTAssertEqual(try XCTUnwrap(lead.fit(of: "lead")).fit, 3.5 / 9.0, accuracy: 1e-12)
    XCTAssertEqual(ladder.level, "junior")
    XCTAssertEqual(ladder.nextLevel, "mid")
    XCTAssertFalse(ladder.borderline, "mid at 67% is more than 10 points below 80%")
    XCTAssertEqual(lead.level, "junior")
  }

  func testFitOfMatchesLevelFit() throws {
    let senior = try XCTUnwrap(pack.level("senior"))
    XCTAssertEqual(
      Placement.fit(of: senior, profile: profileA),
      Placement.levelFit(senior, profile: profileA).fit)
  }

  func testReasonsSayWhatHoldsAndWhatDoesNot() throws {
    let mid = Placement.levelFit(try XCTUnwrap(pack.level("mid")), profile: profileA)
    let summary = mid.reasons.map { "\($0.skill) \($0.rating)/\($0.required) \($0.held)" }
    XCTAssertEqual(
      summary,
      [
        "python 3/3 true", "rest-apis 2/3 false", "sql 1/2 false", "caching 0/2 false",
        "communication 2/2 true",
      ])
    XCTAssertEqual(mid.unknown.map(\.skill), ["caching"])
    XCTAssertEqual(mid.held.count, 2)
    XCTAssertEqual(mid.unmet.count, 3)
    XCTAssertFalse(mid.reached)
  }

  func testMinimumZeroCountsAsMet() throws {
    let junior = Placement.levelFit(try XCTUnwrap(pack.level("junior")), profile: Profile())
    let caching = try XCTUnwrap(junior.reasons.first { $0.skill == "caching" })
    XCTAssertTrue(caching.held)
    XCTAssertEqual(caching.score, 1)
    XCTAssertEqual(junior.fit, 1.0 / 11.0, accuracy: 1e-12)
  }

  func testBorderlineWhenNextLevelIsWithinTenPoints() throws {
    // mid: 3 + 3 + 1 + 0 + 2 = 9 of 12 = 75%, within 10 points below 80%.
    let profile = Profile(ratings: ["python": 3, "rest-apis": 3, "sql": 1, "communication": 2])
    let ladder = try XCTUnwrap(Placement.report(pack: pack, profile: profile).ladder)
    XCTAssertEqual(ladder.level, "junior")
    XCTAssertEqual(try XCTUnwrap(ladder.fit(of: "mid")).fit, 0.75, accuracy: 1e-12)
    XCTAssertTrue(ladder.borderline)
    // With a threshold of 75% the same profile reaches mid.
    let lower = Placement.report(pack: pack, profile: profile, threshold: 0.75)
    XCTAssertEqual(lower.ladder?.level, "mid")
    XCTAssertEqual(lower.threshold, 0.75)
  }

  func testNotBorderlineAtTheTop() throws {
    let ladder = try XCTUnwrap(Placement.report(pack: pack, profile: TestPack.uniform(4)).ladder)
    XCTAssertEqual(ladder.level, "staff")
    XCTAssertTrue(ladder.isAtTop)
    XCTAssertNil(ladder.nextLevel)
    XCTAssertFalse(ladder.borderline)
  }

  func testGatingAHigherLevelReachedAboveAnUnreachedOneIsNotPlaced() throws {
    let levels = [
      TestPack.level("a", "A", [TestPack.req("x", 2, 1)]),
      TestPack.level("b", "B", [TestPack.req("y", 2, 1)]),
      TestPack.level("c", "C", [TestPack.req("x", 1, 1), TestPack.req("z", 2, 1)]),
    ]
    let track = Track(id: "t", name: "T", source: "000", levels: ["a", "b", "c"])
    var small = pack
    small.levels = levels
    small.tracks = [track]

    let onlyY = Placement.place(on: track, pack: small, profile: Profile(ratings: ["y": 4]))
    XCTAssertTrue(onlyY.fits[1].reached)
    XCTAssertNil(onlyY.level, "b is reached but a is not: not yet a")
    XCTAssertEqual(onlyY.nextLevel, "a")

    let xAndZ = Placement.place(
      on: track, pack: small, profile: Profile(ratings: ["x": 2, "z": 2]))
    XCTAssertEqual(xAndZ.fits.map(\.reached), [true, false, true])
    XCTAssertEqual(xAndZ.level, "a", "c is reached but b is not: placed at a")
    XCTAssertFalse(xAndZ.borderline)
  }

  func testOneOfGroupIsMetByTheBestRatedSkill() throws {
    let requirement = TestPack.languages
    let javaOnly = Profile(ratings: ["java": 3])
    XCTAssertEqual(javaOnly.effectiveRating(for: requirement), 3)
    XCTAssertEqual(javaOnly.representativeSkill(for: requirement), "java")
    let mixed = Profile(ratings: ["python": 1, "go": 3])
    XCTAssertEqual(mixed.effectiveRating(for: requirement), 3)
    let result = RequirementResult(requirement: requirement, profile: mixed)
    XCTAssertEqual(result.skill, "go")
    XCTAssertTrue(result.held)
    XCTAssertFalse(result.unknown)

    // Java at 2 meets the junior language requirement as well as Python would.
    let withJava = Profile(ratings: ["java": 2, "rest-apis": 2, "sql": 1, "communication": 2])
    let withPython = Profile(ratings: ["python": 2, "rest-apis": 2, "sql": 1, "communication": 2])
    let junior = try XCTUnwrap(pack.level("junior"))
    XCTAssertEqual(Placement.fit(of: junior, profile: withJava), 1.0, accuracy: 1e-12)
    XCTAssertEqual(
      Placement.fit(of: junior, profile: withJava), Placement.fit(of: junior, profile: withPython))
  }

  func testUnknownLevelIDsOnATrackAreSkipped() {
    let track = Track(id: "t", name: "T", source: "000", levels: ["junior", "nope", "mid"])
    let placement = Placement.place(on: track, pack: pack, profile: TestPack.uniform(4))
    XCTAssertEqual(placement.fits.map(\.level), ["junior", "mid"])
    XCTAssertEqual(placement.level, "mid")
  }

  func testALevelWithoutRequirementsFitsFully() {
    let empty = TestPack.level("e", "E", [])
    XCTAssertEqual(Placement.fit(of: empty, profile: Profile()), 1)
  }

  func testDisplayName() {
    XCTAssertEqual(TestPack.languages.displayName(in: pack), "A server-side language")
    XCTAssertEqual(
      TestPack.req("caching", 2, 1).displayName(in: pack), "Caching (Redis, Memcached)")
    let group = Requirement(skills: ["sql", "go"], minimum: 1, weight: 1)
    XCTAssertEqual(group.displayName(in: pack), "SQL or Go")
  }
}

/// A central requirement (weight 3 or more) must be held for its level to be reached.
final class CentralRequirementTests: XCTestCase {
  func testAnUnmetCentralRequirementKeepsAHighFitLevelOutOfReach() throws {
    // Mid: every requirement held but rest-apis (central, 2 of 3): fit 11/12, above 80%.
    let profile = Profile(ratings: [
      "python": 3, "rest-apis": 2, "sql": 2, "caching": 2, "communication": 2,
    ])
    let ladder = try XCTUnwrap(Placement.report(pack: TestPack.pack, profile: profile).ladder)
    let mid = try XCTUnwrap(ladder.fit(of: "mid"))
    XCTAssertEqual(mid.fit, 11.0 / 12.0, accuracy: 1e-12)
    XCTAssertFalse(mid.reached)
    XCTAssertEqual(mid.unmetCentral.map(\.skill), ["rest-apis"])
    XCTAssertEqual(ladder.level, "junior")
    XCTAssertTrue(ladder.borderline, "held back by one central requirement, the rest fits")
  }

  func testAnUnmetRequirementBelowTheCentralWeightCostsOnlyItsShareOfTheFit() throws {
    // Mid with caching (weight 2) at 1 of 2: fit 11/12, every central requirement held.
    let profile = Profile(ratings: [
      "python": 3, "rest-apis": 3, "sql": 2, "caching": 1, "communication": 2,
    ])
    let ladder = try XCTUnwrap(Placement.report(pack: TestPack.pack, profile: profile).ladder)
    XCTAssertEqual(ladder.level, "mid")
  }
}
