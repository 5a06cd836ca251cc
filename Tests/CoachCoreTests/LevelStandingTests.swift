import CoachCore
import XCTest

/// One story on every screen: the level the user is placed at is not a gap to close, and the
/// top of the ladder is not "the next level".
final class LevelStandingTests: XCTestCase {
  let pack = TestPack.pack
  let expert = Profile(ratings: Dictionary(uniqueKeysWithValues: TestPack.skillIDs.map { ($0, 4) }))

  func testAtTheTopTheTargetIsTheUsersOwnLevelNotANextOne() throws {
    let report = CareerReport.make(pack: pack, profile: expert)
    XCTAssertEqual(report.ladder?.level, "staff")
    XCTAssertEqual(report.target, "staff")
    XCTAssertTrue(report.targetIsPlacedLevel)
    XCTAssertEqual(report.targetReason, "your level, the top of the ladder")
    XCTAssertEqual(report.gapsHeading(in: pack), "Still below the bar at Staff")
  }

  func testBelowTheTopTheTargetIsTheNextLevel() throws {
    let report = CareerReport.make(pack: pack, profile: Profile(ratings: ["python": 2]))
    XCTAssertFalse(report.targetIsPlacedLevel)
    XCTAssertEqual(report.targetReason, "the next level")
    XCTAssertEqual(report.gapsHeading(in: pack), "Gaps to Junior")
    let chosen = CareerReport.make(
      pack: pack, profile: Profile(ratings: ["python": 2]), targetLevel: "staff")
    XCTAssertEqual(chosen.targetReason, "your choice")
  }

  func testThePlacedLevelSaysPlacedAndNamesWhatIsStillShort() throws {
    // Junior reached with sql (weight 2) at 0 of 1: placed, one requirement short, not central.
    let profile = Profile(ratings: ["python": 2, "rest-apis": 2, "communication": 2])
    let placement = Placement.report(pack: pack, profile: profile)
    let junior = try XCTUnwrap(pack.level("junior"))
    let standing = LevelStanding(level: junior, pack: pack, profile: profile, placement: placement)
    XCTAssertEqual(standing.relation, .placed(tracks: ["ladder", "lead"]))
    XCTAssertEqual(standing.gaps.map(\.skill), ["sql"])
    XCTAssertEqual(
      standing.summary(in: pack),
      "You are placed at this level (Ladder, Lead). 1 requirement is still below the bar "
        + "(1 rating step); none of them is central, so the placement holds.")
    XCTAssertEqual(standing.requirements.map(\.held), [true, true, false, true, true])
  }

  func testALevelAheadNamesItsGapsAndCentralOnes() throws {
    let profile = Profile(ratings: ["python": 2, "rest-apis": 2, "communication": 2])
    let placement = Placement.report(pack: pack, profile: profile)
    let mid = try XCTUnwrap(pack.level("mid"))
    let standing = LevelStanding(level: mid, pack: pack, profile: profile, placement: placement)
    XCTAssertEqual(standing.relation, .ahead)
    XCTAssertTrue(
      standing.summary(in: pack).hasSuffix(
        "Central and unmet: A server-side language, REST APIs."), standing.summary(in: pack))
  }

  func testALevelBelowThePlacementIsPast() throws {
    let placement = Placement.report(pack: pack, profile: expert)
    let junior = try XCTUnwrap(pack.level("junior"))
    let standing = LevelStanding(level: junior, pack: pack, profile: expert, placement: placement)
    XCTAssertEqual(standing.relation, .past(track: "ladder", placedAt: "staff"))
    XCTAssertEqual(standing.summary(in: pack), "You are past this level (placed at Staff).")
  }
}
