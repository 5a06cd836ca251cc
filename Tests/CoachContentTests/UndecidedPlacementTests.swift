import CoachContent
import CoachCore
import Foundation
import XCTest

/// When the skills a user left unrated decide the next level, the placement says so instead of
/// a verdict the ratings cannot support: "cannot place yet" or "at least Mid", with the skills
/// to rate. An engineering manager given half a self-review would answer the same way.
final class UndecidedPlacementTests: XCTestCase {
  private static let pack: Pack? = try? PackLoader.load(from: PackLoader.shippedFolder())

  private func shipped() throws -> Pack { try XCTUnwrap(Self.pack, "the shipped pack loads") }

  private func report(_ ratings: [String: Rating], pack: Pack) -> CareerReport {
    CareerReport.make(pack: pack, profile: Profile(ratings: ratings))
  }

  private func ladderName(_ report: CareerReport, _ pack: Pack) throws -> String {
    CareerReport.placementName(try XCTUnwrap(report.ladder), in: pack)
  }

  /// A Django developer who rated only Python and PostgreSQL, strongly.
  func testTwoStrongSkillsAloneCannotPlaceAnyone() throws {
    let pack = try shipped()
    let report = report(["python": 3, "postgresql": 3, "sql": 3], pack: pack)
    XCTAssertNil(report.ladder?.level)
    XCTAssertEqual(try ladderName(report, pack), "cannot place yet", "not \"not yet Junior\"")
    let note = try XCTUnwrap(report.undecidedNote(in: pack))
    XCTAssertTrue(note.hasPrefix("Rate "), note)
    XCTAssertTrue(note.hasSuffix("to see whether you reach Junior Backend Developer."), note)
    XCTAssertNil(report.yearsNote(in: pack), "no years verdict on an open placement")
  }

  /// Everything rated, all of it 1: the ratings themselves say "not yet Junior"... unless the
  /// pack's junior bar accepts awareness; either way the verdict is decided, never open.
  func testARatingOfEverySkillIsAlwaysDecided() throws {
    let pack = try shipped()
    for rating in 0...4 {
      let all = Dictionary(uniqueKeysWithValues: pack.skills.map { ($0.id, rating) })
      let report = report(all, pack: pack)
      for track in report.placement.tracks {
        XCTAssertFalse(track.undecided, "\(track.track) at \(rating)")
      }
      XCTAssertNil(report.undecidedNote(in: pack))
    }
    let none = report(Dictionary(uniqueKeysWithValues: pack.skills.map { ($0.id, 0) }), pack: pack)
    XCTAssertEqual(try ladderName(none, pack), "not yet Junior Backend Developer")
  }

  /// A mid-level developer who rated every skill except the ones Senior leans on most.
  func testAMidWhoSkippedSeniorsCentralSkillsIsAtLeastMid() throws {
    let pack = try shipped()
    let senior = try XCTUnwrap(pack.level("senior"))
    let central = Set(
      senior.requirements.filter { $0.weight >= Requirement.centralWeight }
        .flatMap(\.skills))
    var ratings = Dictionary(uniqueKeysWithValues: pack.skills.map { ($0.id, 3) })
    for skill in central { ratings[skill] = nil }
    let report = report(ratings, pack: pack)
    XCTAssertEqual(report.ladder?.level, "mid")
    XCTAssertEqual(try ladderName(report, pack), "at least Mid-Level Backend Developer")
    let ladder = try XCTUnwrap(report.ladder)
    XCTAssertEqual(
      CareerReport.placementNote(ladder, in: pack), "unrated skills decide Senior Backend Developer"
    )
    XCTAssertEqual(
      CareerReport.placementLabel(ladder, in: pack), "at least Mid-Level Backend Developer")
  }

  /// The same mid rating those skills 1: now the ratings decide, and Senior is out of reach.
  func testRatingTheSkippedSkillsLowDecidesIt() throws {
    let pack = try shipped()
    let senior = try XCTUnwrap(pack.level("senior"))
    let central = Set(
      senior.requirements.filter { $0.weight >= Requirement.centralWeight }
        .flatMap(\.skills))
    var ratings = Dictionary(uniqueKeysWithValues: pack.skills.map { ($0.id, 3) })
    for skill in central { ratings[skill] = 1 }
    let report = report(ratings, pack: pack)
    let ladder = try XCTUnwrap(report.ladder)
    XCTAssertFalse(ladder.undecided)
    XCTAssertEqual(try ladderName(report, pack), "Mid-Level Backend Developer")
  }

  /// A rated central requirement left unmet decides the level whatever is unrated: hoping for
  /// the unrated skills cannot lift it.
  func testAnUnmetCentralRequirementDecidesWhateverIsUnrated() throws {
    let pack = try shipped()
    let mid = try XCTUnwrap(pack.level("mid"))
    let central = try XCTUnwrap(mid.requirements.first { $0.weight >= Requirement.centralWeight })
    let others = mid.requirements.filter { $0.key != central.key }.flatMap(\.skills)
    var ratings = Dictionary(uniqueKeysWithValues: pack.skills.map { ($0.id, 3) })
    for skill in central.skills { ratings[skill] = 1 }
    for skill in others.prefix(3) { ratings[skill] = nil }
    let report = report(ratings, pack: pack)
    let ladder = try XCTUnwrap(report.ladder)
    XCTAssertEqual(ladder.level, "junior")
    XCTAssertFalse(ladder.undecided)
    XCTAssertEqual(try ladderName(report, pack), "Junior Backend Developer")
  }
}
