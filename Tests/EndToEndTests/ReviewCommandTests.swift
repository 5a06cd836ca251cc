import Foundation
import XCTest

/// The review round trip on the built binary: a developer asks for a review, a manager fills
/// it from a data folder of their own with `review FILE --answers`, and the developer imports
/// it; then the files a review import refuses.
final class ReviewCommandTests: CommandLineTestCase {
  /// The manager's data folder: it must never be created or touched.
  var reviewerDir: String { folder.appendingPathComponent("manager").path }

  /// Every skill id of the shipped pack, read from a request made with no assessment.
  private func allSkills() throws -> [String] {
    let scratch = folder.appendingPathComponent("scratch").path
    let file = folder.appendingPathComponent("all.json").path
    XCTAssertEqual(try run("review", "request", "--output", file, dataDir: scratch).status, 0)
    let object = try json(String(contentsOfFile: file, encoding: .utf8))
    let skills = try XCTUnwrap(object["skills"] as? [[String: Any]])
    return skills.compactMap { $0["id"] as? String }
  }

  /// An answers file: every skill at `rating`, except `changes`.
  private func answers(_ name: String, _ skills: [String], _ rating: Int, _ changes: [String: Int])
    throws -> String
  {
    let lines = skills.map { "  \($0): \(changes[$0] ?? rating)" }
    return try write(
      name, "years: 6\nmarket: dk\nlanguages: [go]\nratings:\n" + lines.joined(separator: "\n"))
  }

  /// The placement names of `report --format json` for a data folder, track by track.
  private func placements(_ dataDir: String) throws -> [String] {
    let report = try json(run("report", "--format", "json", dataDir: dataDir).out)
    let tracks = try XCTUnwrap(report["placements"] as? [[String: Any]])
    return tracks.map { ($0["level"] as? String) ?? "-" }
  }

  func testAReviewFilledInASecondDataFolderComesBackSideBySide() throws {
    let skills = try allSkills()
    XCTAssertGreaterThan(skills.count, 20)
    let mine = try answers("me.yaml", skills, 3, [:])
    XCTAssertEqual(try run("assess", "--answers", mine).status, 0)
    let file = folder.appendingPathComponent("review.json").path
    let request = try run(
      "review", "request", "--output", file, "--name", "Ana Berg", "--reviewer", "Maja Holm")
    XCTAssertEqual(request.status, 0, request.err)
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    let asked = try String(contentsOfFile: file, encoding: .utf8)
    XCTAssertFalse(asked.contains("\"self\""), "ratings shown without --show-ratings")
    XCTAssertTrue(asked.contains("\"requester\" : \"Ana Berg\""), asked)

    let theirs = try answers(
      "manager.yaml", skills, 3, ["go": 1, "sql": 2, "kubernetes": 4, "system-design": 2])
    let filled = try run("review", file, "--answers", theirs, dataDir: reviewerDir)
    XCTAssertEqual(filled.status, 0, filled.err)
    XCTAssertTrue(filled.out.contains("send it back to Ana Berg"), filled.out)
    XCTAssertFalse(
      FileManager.default.fileExists(atPath: reviewerDir), "the reviewer's data was touched")

    let imported = try run("review", "import", file)
    XCTAssertEqual(imported.status, 0, imported.err)
    let lines = imported.out.components(separatedBy: "\n")
    XCTAssertEqual(lines[0], "Stored the review by Maja Holm.")
    XCTAssertTrue(lines[2].hasPrefix("Skill"), imported.out)
    XCTAssertTrue(lines[3].hasPrefix("Go "), imported.out)
    XCTAssertEqual(
      lines[3].components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }, ["Go", "Proficient (3)", "Aware (1)", "-2"])
    // The three differences of one step follow, in the pack's order; then the agreements.
    let next = Set(lines[4...6].map { $0.components(separatedBy: "  ")[0] })
    XCTAssertEqual(next, ["SQL", "Kubernetes", "System design"], imported.out)
    XCTAssertTrue(lines[7].hasSuffix(" 0"), lines[7])
    XCTAssertTrue(
      imported.out.contains("You and Maja Holm disagree on 4 of \(skills.count) skills"),
      imported.out)

    // A placement from each: the reviewer's is what the same ratings give as an assessment.
    let json = try self.json(run("review", "import", file, "--format", "json").out)
    XCTAssertEqual(json["stored"] as? Bool, false)
    let placement = try XCTUnwrap(json["placement"] as? [String: [[String: Any]]])
    let mineLevels = try XCTUnwrap(placement["self"]).map { ($0["level"] as? String) ?? "-" }
    let theirLevels = try XCTUnwrap(placement["reviewer"]).map { ($0["level"] as? String) ?? "-" }
    XCTAssertEqual(mineLevels, try placements(dataDir))
    let asAssessment = folder.appendingPathComponent("as-assessment").path
    XCTAssertEqual(try run("assess", "--answers", theirs, dataDir: asAssessment).status, 0)
    XCTAssertEqual(theirLevels, try placements(asAssessment))
    XCTAssertNotEqual(mineLevels, theirLevels)
    let first = try XCTUnwrap((json["skills"] as? [[String: Any]])?.first)
    XCTAssertEqual(first["skill"] as? String, "go")
    XCTAssertEqual(first["difference"] as? Int, -2)

    // Imported twice, stored once.
    let again = try run("review", "import", file)
    XCTAssertTrue(again.out.hasPrefix("This review was imported before; nothing new stored."))
  }

  func testShownRatingsTravelInTheFileAndARatingOfAnUnaskedSkillIsRefused() throws {
    let mine = try write("me.yaml", CommandLineTests.goodAnswers)
    XCTAssertEqual(try run("assess", "--answers", mine).status, 0)
    let file = folder.appendingPathComponent("review.json").path
    XCTAssertEqual(try run("review", "request", "--output", file, "--show-ratings").status, 0)
    let object = try json(String(contentsOfFile: file, encoding: .utf8))
    let skills = try XCTUnwrap(object["skills"] as? [[String: Any]])
    XCTAssertEqual(skills.first?["id"] as? String, "go")
    XCTAssertEqual(skills.first?["self"] as? Int, 3)
    XCTAssertNil(object["requester"] as? String)
    let before = try Data(contentsOf: URL(fileURLWithPath: file))
    let stray = try write("stray.yaml", "ratings: {go: 2, kubernetes: 3}")
    let refused = try run("review", file, "--answers", stray, dataDir: reviewerDir)
    XCTAssertEqual(refused.status, 1)
    XCTAssertEqual(
      refused.err,
      "career-coach: \(stray): the skill \"kubernetes\" in \"ratings\" is not one the review asks about.\n"
    )
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), before)
    let unfilled = try run("review", "import", file)
    XCTAssertEqual(unfilled.status, 1)
    XCTAssertTrue(unfilled.err.contains("\(file): the review has no rating yet"), unfilled.err)
  }

  /// A colleague's filled review sent by mistake is refused; a request made after `config set
  /// name` carries that name, and its review comes in.
  func testAReviewOfSomeoneElseIsRefusedAndTheNameSettingNamesARequest() throws {
    let mine = try write("me.yaml", CommandLineTests.goodAnswers)
    XCTAssertEqual(try run("assess", "--answers", mine).status, 0)
    XCTAssertEqual(try run("config", "set", "name", "Ana Sørensen").status, 0)
    let colleagueDir = folder.appendingPathComponent("bo").path
    XCTAssertEqual(try run("assess", "--answers", mine, dataDir: colleagueDir).status, 0)
    let theirs = folder.appendingPathComponent("bo-review.json").path
    let request = try run(
      "review", "request", "--output", theirs, "--name", "Bo Jensen", dataDir: colleagueDir)
    XCTAssertEqual(request.status, 0)
    let manager = try write("manager.yaml", "ratings: {go: 2, sql: 4}")
    XCTAssertEqual(try run("review", theirs, "--answers", manager, dataDir: reviewerDir).status, 0)

    let refused = try run("review", "import", theirs)
    XCTAssertEqual(refused.status, 1)
    XCTAssertEqual(
      refused.err,
      "career-coach: \(theirs): the review is of \"Bo Jensen\", not of you (\"Ana Sørensen\", "
        + "your name setting); nothing was stored.\n")
    let file = folder.appendingPathComponent("review.json").path
    XCTAssertEqual(try run("review", "request", "--output", file).status, 0)
    let object = try json(String(contentsOfFile: file, encoding: .utf8))
    XCTAssertEqual(object["requester"] as? String, "Ana Sørensen")
    XCTAssertEqual(try run("review", file, "--answers", manager, dataDir: reviewerDir).status, 0)
    let stored = try run("review", "import", file)
    XCTAssertTrue(stored.out.hasPrefix("Stored the review by your reviewer."), stored.out)
    let exported = folder.appendingPathComponent("export.json").path
    XCTAssertEqual(try run("export", "--output", exported).status, 0)
    let export = try json(String(contentsOfFile: exported, encoding: .utf8))
    XCTAssertEqual((export["receivedReviews"] as? [Any])?.count, 1)
  }

  /// A name that could drive the reviewer's terminal never goes into a review file.
  func testANameWithAnEscapeIsRefusedAndNoFileWritten() throws {
    let file = folder.appendingPathComponent("review.json").path
    let refused = try run("review", "request", "--output", file, "--reviewer", "Bo\u{1b}[2J")
    XCTAssertEqual(refused.status, 1)
    XCTAssertEqual(
      refused.err, "career-coach: --reviewer holds a control character such as a line break.\n")
    XCTAssertFalse(FileManager.default.fileExists(atPath: file))
  }

  func testBadFilesAreNamedWithTheirFieldAndNothingIsStored() throws {
    let mine = try write("me.yaml", CommandLineTests.goodAnswers)
    XCTAssertEqual(try run("assess", "--answers", mine).status, 0)
    let file = folder.appendingPathComponent("review.json").path
    XCTAssertEqual(try run("review", "request", "--output", file).status, 0)
    let theirs = try write("manager.yaml", "ratings: {go: 2, sql: 4}")
    XCTAssertEqual(try run("review", file, "--answers", theirs, dataDir: reviewerDir).status, 0)
    let good = try String(contentsOfFile: file, encoding: .utf8)

    let truncated = try write("truncated.json", String(good.prefix(good.count / 2)))
    let wrongVersion = try write(
      "version.json", good.replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 3"))
    let otherPack = try write(
      "other.json",
      good.replacingOccurrences(
        of: "\"pack\" : \"backend-developer\"", with: "\"pack\" : \"data-engineer\""))
    let export = folder.appendingPathComponent("export.json").path
    XCTAssertEqual(try run("export", "--output", export).status, 0)
    let outside = try write(
      "outside.json", good.replacingOccurrences(of: "\"rating\" : 4", with: "\"rating\" : 7"))
    let cases: [(String, String)] = [
      (truncated, "\(truncated): the file is not valid JSON (it may be truncated)."),
      (
        wrongVersion,
        "\(wrongVersion): \"version\" is 3, and this app reads review files of version 1; update career-coach to read it."
      ),
      (
        otherPack,
        "\(otherPack): \"pack\" is \"data-engineer\": the file was made for another content pack than \"backend-developer\"."
      ),
      (
        export,
        "\(export): the file is not a career-coach review file (\"format\" is not \"career-coach-review\")."
      ),
      (outside, "\(outside): the \"rating\" of \"sql\" is 7, outside 0-4."),
    ]
    for (path, message) in cases {
      let result = try run("review", "import", path)
      XCTAssertEqual(result.status, 1, path)
      XCTAssertEqual(result.err, "career-coach: \(message)\n")
      XCTAssertEqual(result.out, "")
    }
    let stored = try run("review", "import", file)
    XCTAssertTrue(stored.out.hasPrefix("Stored the review by your reviewer."), stored.out)
  }
}
