import CoachCore
import Foundation
import XCTest

/// What the packet command and the packet screen share: the level a packet opens on, the
/// levels it switches between, a reviewer's ratings beside a requirement, and a review set
/// beside an assessment.
final class PromotionPacketPartsTests: XCTestCase {
  let pack = TestPack.pack

  func testThePacketOpensOnTheReportsTargetAmongTheLevelsThatAskForSkills() throws {
    let levels = PromotionPacket.levels(in: pack)
    XCTAssertFalse(levels.isEmpty)
    XCTAssertTrue(levels.allSatisfy(\.isPlaceable))
    let report = CareerReport.make(pack: pack, profile: Profile(ratings: ["go": 3, "sql": 3]))
    let chosen = try XCTUnwrap(PromotionPacket.defaultLevel(for: report, in: pack))
    XCTAssertEqual(chosen.id, try XCTUnwrap(report.target))
    let picked = CareerReport.make(
      pack: pack, profile: Profile(ratings: ["go": 3]), targetLevel: "staff")
    XCTAssertEqual(PromotionPacket.defaultLevel(for: picked, in: pack)?.id, "staff")
  }

  func testAReviewersRatingsStandBesideTheRequirementsTheyRate() throws {
    let packet = PromotionPacket(
      level: try XCTUnwrap(pack.level("senior")), pack: pack,
      profile: Profile(ratings: ["go": 3, "sql": 4]), evidence: [])
    let review = Review(
      id: "r", pack: "backend", reviewer: "Dana", skills: ["sql", "caching"],
      ratings: ["sql": 2, "caching": 3])
    let rated = packet.lines.map { $0.reviewerRatings(in: review).map(\.skill) }
    XCTAssertEqual(
      rated, packet.lines.map { $0.result.requirement.skills.filter(["sql", "caching"].contains) })
    let sql = try XCTUnwrap(packet.lines.first { $0.result.requirement.key == "sql" })
    XCTAssertEqual(sql.reviewerRatings(in: review).map(\.rating), [2])
  }

  func testAReviewBesideNoAssessmentHasAnEmptySelfSide() {
    let review = Review(id: "r", pack: "backend", skills: ["sql"], ratings: ["sql": 2])
    let comparison = ReviewComparison(review: review, assessment: nil, pack: pack)
    XCTAssertEqual(comparison.lines.map(\.selfRating), [nil])
    XCTAssertEqual(comparison.lines.map(\.reviewerRating), [2])
  }
}
