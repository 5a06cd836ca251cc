import Foundation
import XCTest

/// `path` and `cv-check`, run as a user would.
final class PathCommandTests: CommandLineTestCase {
  static var samples: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("CVSamples").path
  }

  func testPathListsTheLadderAndItsBranches() throws {
    let text = try run("path")
    XCTAssertEqual(text.status, 0, text.err)
    XCTAssertTrue(text.out.contains("Engineering ladder:"), text.out)
    XCTAssertTrue(text.out.contains("CTO (Chief Technology Officer)"), text.out)
    XCTAssertTrue(text.out.contains("Team lead branches off after Senior Backend Developer"))
    let json = try self.json(try run("path", "--format", "json").out)
    let tracks = try XCTUnwrap(json["tracks"] as? [[String: Any]])
    XCTAssertEqual(tracks.first?["id"] as? String, "ladder")
    XCTAssertEqual(
      tracks.first { $0["id"] as? String == "lead" }?["branchesFrom"] as? String, "senior")
    XCTAssertEqual((json["levels"] as? [[String: Any]])?.count, 8)
  }

  func testALevelWithItsSalaryInAMarket() throws {
    let dk = try run("path", "--level", "junior")
    XCTAssertEqual(dk.status, 0, dk.err)
    XCTAssertTrue(dk.out.contains("Salary in Denmark (DKK)"), dk.out)
    XCTAssertTrue(dk.out.contains("300,000 to 480,000 DKK a year"), dk.out)
    XCTAssertTrue(dk.out.contains("Responsibilities"), dk.out)
    XCTAssertTrue(dk.out.contains("Assess yourself"), dk.out)
    XCTAssertFalse(dk.out.contains("m: next market"), dk.out)
    let us = try json(
      try run("path", "--level", "junior", "--market", "us", "--format", "json").out)
    XCTAssertEqual(us["market"] as? String, "us")
    XCTAssertEqual(us["salaryForLevel"] as? Bool, false)
    XCTAssertEqual((us["salary"] as? [[String: Any]])?.count, 0, "no figure of the level's own")
    XCTAssertNotNil(us["noPublicFigure"] as? [String: Any])
    let roleWide = try XCTUnwrap(us["roleWideSalary"] as? [[String: Any]])
    XCTAssertEqual(roleWide.first?["currency"] as? String, "USD")
    XCTAssertNotNil(roleWide.first?["source"] as? String)
    let senior = try run("path", "--level", "senior")
    XCTAssertTrue(senior.out.contains("800,000 DKK or more a year"), senior.out)
    XCTAssertFalse(senior.out.contains("up to 800,000"), senior.out)
    XCTAssertEqual((us["level"] as? [String: Any])?["id"] as? String, "junior")
  }

  func testTheGapsCountFollowsTheLatestAssessment() throws {
    let answers = try write("answers.yaml", CommandLineTests.goodAnswers)
    XCTAssertEqual(try run("assess", "--answers", answers).status, 0)
    let result = try json(try run("path", "--level", "senior", "--format", "json").out)
    XCTAssertGreaterThan(result["gaps"] as? Int ?? 0, 0)
    XCTAssertEqual(result["market"] as? String, "dk", "the assessment's market")
    let text = try run("path", "--level", "senior")
    XCTAssertTrue(text.out.contains("separate you from this level"), text.out)
  }

  func testUnknownIdsAreNamed() throws {
    let level = try run("path", "--level", "wizard")
    XCTAssertEqual(level.status, 1)
    XCTAssertTrue(level.err.contains("unknown level 'wizard'"), level.err)
    let market = try run("path", "--level", "mid", "--market", "mars")
    XCTAssertEqual(market.status, 1)
    XCTAssertTrue(market.err.contains("unknown market 'mars'"), market.err)
    XCTAssertEqual(market.out, "")
  }

  func testCVCheckOnTheSamples() throws {
    let strong = try run("cv-check", Self.samples + "/strong.md")
    XCTAssertEqual(strong.status, 0, strong.err)
    XCTAssertTrue(strong.out.contains("Present (11)"), strong.out)
    XCTAssertTrue(strong.out.contains("Missing (0)"), strong.out)
    XCTAssertTrue(strong.out.contains("+ Named databases (lines 7, 14)"), strong.out)

    let weak = try json(try run("cv-check", Self.samples + "/weak.txt", "--format", "json").out)
    XCTAssertEqual(weak["lines"] as? Int, 16)
    let mistakes = try XCTUnwrap(weak["mistakes"] as? [[String: Any]])
    let duties = try XCTUnwrap(mistakes.first { $0["id"] as? String == "vague-duties" })
    XCTAssertEqual(duties["lines"] as? [Int], [9, 10])
    XCTAssertNotNil(duties["suggestion"] as? String)
    let missing = try XCTUnwrap(weak["missing"] as? [[String: Any]])
    XCTAssertTrue(
      missing.contains { ($0["suggestion"] as? String)?.contains("10K requests/second") ?? false })

    let empty = try run("cv-check", Self.samples + "/empty.txt")
    XCTAssertEqual(empty.status, 0, empty.err)
    XCTAssertTrue(empty.out.contains("The file is empty"), empty.out)
  }

  func testCVCheckRefusesWhatItCannotRead() throws {
    let binary = try run("cv-check", Self.samples + "/binary.pdf")
    XCTAssertEqual(binary.status, 1)
    XCTAssertTrue(binary.err.contains("binary.pdf is not plain text"), binary.err)
    XCTAssertEqual(binary.out, "")
    let folder = try run("cv-check", Self.samples)
    XCTAssertEqual(folder.status, 1)
    XCTAssertTrue(folder.err.contains("is a folder, not a file"), folder.err)
    let missing = try run("cv-check", Self.samples + "/nothing.txt")
    XCTAssertEqual(missing.status, 1)
    XCTAssertTrue(missing.err.contains("nothing.txt does not exist"), missing.err)
    let device = try run("cv-check", "/dev/zero")
    XCTAssertEqual(device.status, 1)
    XCTAssertTrue(device.err.contains("/dev/zero is not a regular file"), device.err)
    let big = try write("big.txt", Data(repeating: 0x61, count: 1_000_001))
    let tooBig = try run("cv-check", big)
    XCTAssertEqual(tooBig.status, 1)
    XCTAssertTrue(tooBig.err.contains("over the 1 MB"), tooBig.err)
    let unreadable = try write("locked.txt", "cv")
    chmod(unreadable, 0)
    if getuid() != 0 {
      let locked = try run("cv-check", unreadable)
      XCTAssertEqual(locked.status, 1)
      XCTAssertTrue(locked.err.contains("cannot be read"), locked.err)
    }
  }

  func testSnapshotKnowsPathTipsAndCV() throws {
    for (screen, text) in [("path", "Career path"), ("tips", "Picked for you"), ("cv", "CV file:")]
    {
      let result = try run("snapshot", "--screen", screen)
      XCTAssertEqual(result.status, 0, result.err)
      XCTAssertTrue(result.out.contains(text), result.out)
    }
  }
}
