import Foundation
import XCTest

/// `career-coach packet --target LEVEL` on the built binary: a mid-level Go developer's case
/// for Mid-Level, with two evidence entries, as Markdown, JSON and a private file; and the
/// two ways it refuses.
final class PacketCommandTests: CommandLineTestCase {
  private func assessedWithEvidence() throws {
    let answers = try write("answers.yaml", CommandLineTests.goodAnswers)
    XCTAssertEqual(try run("assess", "--answers", answers).status, 0)
    XCTAssertEqual(
      try run(
        "evidence", "add", "--skill", "rest-apis", "--text",
        "Designed the orders API used by 3 teams", "--outcome", "No breaking change in a year",
        "--reference", "API-7", "--date", "2026-03-02"
      ).status, 0)
    XCTAssertEqual(
      try run(
        "evidence", "add", "--skill", "unit-testing", "--skill", "go", "--text",
        "Took the payments module to 90% branch coverage", "--date", "2026-04-10"
      ).status, 0)
  }

  func testMarkdownGivesTheSummaryEachRequirementItsEvidenceAndTheOpenGaps() throws {
    try assessedWithEvidence()
    let result = try run("packet", "--target", "mid")
    XCTAssertEqual(result.status, 0, result.err)
    let md = result.out
    XCTAssertTrue(md.hasPrefix("# Promotion packet: Mid-Level Backend Developer\n"), md)
    XCTAssertTrue(
      md.contains(
        "Against Mid-Level Backend Developer, 7 of 37 requirements are met. Central and not met "
          + "yet: Problem solving and analytical thinking. 2 evidence entries back 3 of the 7 "
          + "requirements met; 2 ratings of Proficient or more have none yet."),
      md)
    XCTAssertTrue(
      md.contains(
        """
        ### REST APIs: Proficient (3), central

        Rating: Proficient (3), met.

        - 2026-03-02: Designed the orders API used by 3 teams
          Outcome: No breaking change in a year · Reference: API-7
        """), md)
    XCTAssertTrue(
      md.contains(
        """
        ### A relational database (SQL): Proficient (3), central

        Rating: Proficient (3), met; no evidence behind this rating yet.
        """), md)
    XCTAssertTrue(
      md.contains(
        "### Unit testing: Proficient (3), central\n\nRating: Proficient (3), met.\n\n- 2026-04-10: Took the payments module"
      ), md)
    XCTAssertTrue(
      md.contains(
        """
        ## CV bullets

        Drafted from the evidence behind the requirements met; edit them before use.

        - Designed the orders API used by 3 teams. No breaking change in a year.
        - Took the payments module to 90% branch coverage.
        """), md)
    let gaps = try XCTUnwrap(md.range(of: "## Gaps still open\n"), md)
    XCTAssertTrue(
      md[gaps.upperBound...].contains(
        "| 1 | Problem solving and analytical thinking | not rated | Proficient (3) |"), md)
  }

  func testAStoryToldForAQuestionOnARequirementStandsUnderIt() throws {
    try assessedWithEvidence()
    let story = """
      {"format": "career-coach-export", "version": 1, "assessments": [],
       "starAnswers": [{"id": 1, "questionID": "bq-mid-performance-problem",
         "situation": "Checkout p95 was 4 s at peak.", "task": "Bring it under 1 s.",
         "action": "I profiled it and rewrote two queries.", "result": "p95 fell to 600 ms.",
         "savedAt": "2026-05-01T10:00:00.000Z"}]}
      """
    let imported = try run("import", try write("story.json", story))
    XCTAssertEqual(imported.status, 0, imported.err)
    let md = try run("packet", "--target", "mid").out
    let section = try XCTUnwrap(
      md.range(of: "### Problem solving and analytical thinking: Proficient (3), central\n"), md)
    let after = md[section.upperBound...]
    // The story is dated by the day it was saved on where the command runs.
    let saved = try XCTUnwrap(ISO8601DateFormatter().date(from: "2026-05-01T10:00:00Z"))
    let day = DateFormatter()
    day.dateFormat = "yyyy-MM-dd"
    day.calendar = Calendar(identifier: .gregorian)
    day.locale = Locale(identifier: "en_US_POSIX")
    XCTAssertTrue(
      after.hasPrefix(
        "\nRating: not rated, not met yet.\n\n- STAR story, \(day.string(from: saved)): "),
      String(after.prefix(300)))
    XCTAssertTrue(after.contains("  Result: p95 fell to 600 ms.\n"), md)
    let packet = try json(try run("packet", "--target", "mid", "--format", "json").out)
    let requirements = try XCTUnwrap(packet["requirements"] as? [[String: Any]])
    let solving = try XCTUnwrap(
      requirements.first { ($0["skills"] as? [String]) == ["problem-solving"] })
    let stories = try XCTUnwrap(solving["stories"] as? [[String: Any]])
    XCTAssertEqual(stories.first?["question"] as? String, "bq-mid-performance-problem")
    XCTAssertEqual(stories.first?["result"] as? String, "p95 fell to 600 ms.")
  }

  func testJSONHoldsTheSameAndOutputWritesAPrivateFile() throws {
    try assessedWithEvidence()
    let file = folder.appendingPathComponent("mid.json").path
    let result = try run("packet", "--target", "mid", "--format", "json", "--output", file)
    XCTAssertEqual(result.status, 0, result.err)
    XCTAssertEqual(result.out, "")
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    let packet = try json(try String(contentsOfFile: file, encoding: .utf8))
    XCTAssertEqual(packet["target"] as? String, "mid")
    XCTAssertEqual(packet["met"] as? Int, 7)
    let requirements = try XCTUnwrap(packet["requirements"] as? [[String: Any]])
    XCTAssertEqual(requirements.count, 37)
    let rest = try XCTUnwrap(requirements.first { $0["name"] as? String == "REST APIs" })
    XCTAssertEqual(rest["rating"] as? Int, 3)
    XCTAssertEqual(rest["met"] as? Bool, true)
    XCTAssertEqual(
      (rest["evidence"] as? [[String: Any]])?.compactMap { $0["reference"] as? String }, ["API-7"])
    let sql = try XCTUnwrap(
      requirements.first { ($0["skills"] as? [String])?.contains("sql") == true })
    XCTAssertEqual(sql["unbacked"] as? Bool, true)
    let gaps = try XCTUnwrap(packet["gaps"] as? [[String: Any]])
    XCTAssertEqual(gaps.count, 30)
    XCTAssertEqual(gaps.first?["skill"] as? String, "problem-solving")
    XCTAssertTrue((packet["summary"] as? String)?.hasPrefix("Against Mid-Level") == true)
    XCTAssertEqual(
      packet["cvBullets"] as? [String],
      [
        "Designed the orders API used by 3 teams. No breaking change in a year.",
        "Took the payments module to 90% branch coverage.",
      ])
  }

  /// Without --target the packet is for the level the user aims at, as on the screen; once a
  /// manager's review is imported, their rating of each requirement stands under the user's.
  func testTheDefaultLevelAndAReviewersRatingsBesideTheUsers() throws {
    try assessedWithEvidence()
    let placed = try json(run("report", "--format", "json").out)
    let target = try XCTUnwrap(placed["target"] as? String, "\(placed)")
    let byDefault = try run("packet")
    XCTAssertEqual(byDefault.status, 0, byDefault.err)
    XCTAssertEqual(byDefault.out, try run("packet", "--target", target).out)

    let file = folder.appendingPathComponent("review.json").path
    XCTAssertEqual(
      try run("review", "request", "--output", file, "--reviewer", "Maja Holm").status, 0)
    let ratings = try write("maja.yaml", "ratings: {rest-apis: 2, go: 4}")
    let manager = folder.appendingPathComponent("maja").path
    XCTAssertEqual(try run("review", file, "--answers", ratings, dataDir: manager).status, 0)
    XCTAssertEqual(try run("review", "import", file).status, 0)
    let md = try run("packet", "--target", "mid").out
    XCTAssertTrue(
      md.contains(
        "### REST APIs: Proficient (3), central\n\nRating: Proficient (3), met.\n"
          + "Reviewer Maja Holm: Working (2).\n"), md)
    let packet = try json(run("packet", "--target", "mid", "--format", "json").out)
    let requirements = try XCTUnwrap(packet["requirements"] as? [[String: Any]])
    let rest = try XCTUnwrap(requirements.first { $0["name"] as? String == "REST APIs" })
    let reviewer = try XCTUnwrap(rest["reviewer"] as? [[String: Any]])
    XCTAssertEqual(reviewer.first?["rating"] as? Int, 2)
  }

  func testAnUnknownLevelOrNoAssessmentIsExitOne() throws {
    let none = try run("packet", "--target", "senior")
    XCTAssertEqual(none.status, 1)
    XCTAssertEqual(
      none.err,
      "career-coach: no finished assessment yet; run `career-coach` or `career-coach assess --answers FILE` first.\n"
    )
    let unknown = try run("packet", "--target", "wizard")
    XCTAssertEqual(unknown.status, 1)
    XCTAssertTrue(
      unknown.err.hasPrefix(
        "career-coach: the level \"wizard\" is not in the content pack; the levels are junior, mid,"
      ),
      unknown.err)
    XCTAssertEqual(unknown.out, "")
    // A ladder described in words only places nobody, so there is no case to make.
    let wordsOnly = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Content/examples/infracloud-engineering").path
    let words = try run("packet", "--target", "senior", "--content", wordsOnly)
    XCTAssertEqual(words.status, 1)
    XCTAssertEqual(
      words.err,
      "career-coach: the content pack has no level with requirements to place you on (levels.yaml), so there is no standing to make a case from.\n"
    )
  }
}
