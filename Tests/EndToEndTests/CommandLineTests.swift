import Foundation
import XCTest

/// The scripting commands of DESIGN.md §8, run as a user would: the built binary, a temporary
/// data folder, files written by the test.
final class CommandLineTests: CommandLineTestCase {
  static let goodAnswers = """
    # A mid-level Go developer in Denmark.
    years: 4
    market: dk
    languages: [go]
    ratings:
      go: 3
      sql: 3
      postgresql: 3
      rest-apis: 3
      docker: 2
      git: 3
      unit-testing: 3
      caching: 1
    """

  func testAssessTextAndJSON() throws {
    let answers = try write("answers.yaml", Self.goodAnswers)
    let text = try run("assess", "--answers", answers)
    XCTAssertEqual(text.status, 0, text.err)
    XCTAssertTrue(text.out.contains("Placement"), text.out)
    XCTAssertTrue(text.out.contains("Engineering ladder"), text.out)

    let asJSON = try write(
      "answers.json", #"{"ratings": {"go": 4, "sql": 2}, "years": 1, "market": "us"}"#)
    let result = try run("assess", "--answers", asJSON, "--format", "json")
    XCTAssertEqual(result.status, 0, result.err)
    let report = try json(result.out)
    let placements = try XCTUnwrap(report["placements"] as? [[String: Any]])
    XCTAssertEqual(placements.first?["track"] as? String, "ladder")
    XCTAssertNotNil(placements.first?["borderline"] as? Bool)
    XCTAssertTrue(placements.first?.keys.contains("level") ?? false)
    XCTAssertFalse((report["fits"] as? [[String: Any]] ?? []).isEmpty)
    XCTAssertNotNil(report["target"] as? String)
    XCTAssertNotNil(report["gaps"] as? [[String: Any]])
    XCTAssertNotNil(report["plan"] as? [[String: Any]])

    let history = try json(try run("history", "--format", "json").out)
    XCTAssertEqual((history["assessments"] as? [Any])?.count, 2)
  }

  func testBadAnswersFilesExitOneAndStoreNothing() throws {
    let cases: [(String, Data, String)] = [
      ("unknown-skill.yaml", Data("ratings:\n  cobol: 3\n".utf8), "unknown skill \"cobol\""),
      ("too-high.json", Data(#"{"ratings": {"go": 5}}"#.utf8), "outside 0-4"),
      ("negative.json", Data(#"{"ratings": {"go": -1}}"#.utf8), "outside 0-4"),
      ("string.json", Data(#"{"ratings": {"go": "three"}}"#.utf8), "whole number"),
      ("fraction.yaml", Data("ratings:\n  go: 2.5\n".utf8), "whole number"),
      ("years.json", Data(#"{"ratings": {}, "years": "many"}"#.utf8), "years"),
      ("market.json", Data(#"{"ratings": {"go": 1}, "market": "mars"}"#.utf8), "unknown market"),
      ("truncated.json", Data(#"{"ratings": {"go": 3, "sql""#.utf8), "not valid YAML or JSON"),
      ("binary.bin", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0xFF]), "binary"),
      ("list.yaml", Data("- go\n- sql\n".utf8), "mapping"),
      ("empty.yaml", Data(), "empty"),
      ("typo.yaml", Data("rating:\n  go: 3\n".utf8), "unknown key \"rating\""),
    ]
    for (name, data, expected) in cases {
      let path = try write(name, data)
      let result = try run("assess", "--answers", path)
      XCTAssertEqual(result.status, 1, "\(name): \(result.err)")
      XCTAssertTrue(result.err.contains(path), "\(name): \(result.err)")
      XCTAssertTrue(result.err.contains(expected), "\(name): \(result.err)")
      XCTAssertEqual(result.err.split(separator: "\n").count, 1, "\(name): \(result.err)")
    }
    let history = try json(try run("history", "--format", "json").out)
    XCTAssertEqual((history["assessments"] as? [Any])?.count, 0)
    let missing = try run("assess", "--answers", folder.appendingPathComponent("nope.yaml").path)
    XCTAssertEqual(missing.status, 2, missing.err)
    XCTAssertTrue(missing.err.contains("nope.yaml"), missing.err)
  }

  /// Requirements the user has not rated are named as not rated, never as unmet.
  func testAPartialQuickAssessmentNamesWhatItDidNotRate() throws {
    let answers = """
      mode: quick
      areas: {languages: 3, relational-databases: 3, cloud: 2}
      years: 4.5
      languages: [python]
      databases: [postgresql]
      cloud: [aws]
      """
    let result = try run("assess", "--answers", try write("quick.yaml", answers))
    XCTAssertEqual(result.status, 0, result.err)
    XCTAssertTrue(result.out.contains("Estimate from a quick assessment"), result.out)
    XCTAssertTrue(result.out.contains("central, not rated yet: REST APIs"), result.out)
    XCTAssertFalse(result.out.contains("central unmet: REST APIs"), result.out)
  }

  func testReportInEveryFormat() throws {
    let none = try run("report")
    XCTAssertEqual(none.status, 1)
    XCTAssertTrue(none.err.contains("no finished assessment"), none.err)

    // Every skill of the pack rated, as a full assessment does: only rated gaps are planned.
    let pack = try json(try run("content", "export", "--format", "json").out)
    let skills = try XCTUnwrap(pack["skills"] as? [[String: Any]]).compactMap {
      $0["id"] as? String
    }
    let everySkill = "years: 4\nratings:\n" + skills.map { "  \($0): 2\n" }.joined()
    XCTAssertEqual(try run("assess", "--answers", try write("a.yaml", everySkill)).status, 0)
    let text = try run("report")
    XCTAssertEqual(text.status, 0, text.err)
    for heading in ["Placement", "Fit per level", "Gaps to", "Study plan"] {
      XCTAssertTrue(text.out.contains(heading), "\(heading) in:\n\(text.out)")
    }
    let markdown = try run("report", "--format", "md")
    XCTAssertEqual(markdown.status, 0, markdown.err)
    XCTAssertTrue(markdown.out.hasPrefix("# Career report"), markdown.out)
    XCTAssertTrue(markdown.out.contains("## Placement"), markdown.out)
    XCTAssertTrue(markdown.out.contains("| Track | Level |"), markdown.out)

    let output = folder.appendingPathComponent("report.json").path
    let written = try run("report", "--format", "json", "--output", output)
    XCTAssertEqual(written.status, 0, written.err)
    XCTAssertEqual(written.out, "")
    let report = try json(try String(contentsOfFile: output, encoding: .utf8))
    let gaps = try XCTUnwrap(report["gaps"] as? [[String: Any]])
    XCTAssertFalse(gaps.isEmpty)
    for key in ["skill", "rating", "required", "weight", "priority", "action"] {
      XCTAssertNotNil(gaps[0][key], key)
    }
    let plan = try XCTUnwrap(report["plan"] as? [[String: Any]])
    XCTAssertEqual(plan.first?["week"] as? Int, 1)
    let items = try XCTUnwrap(plan.first?["items"] as? [[String: Any]])
    XCTAssertNotNil(items.first?["skill"] as? String)
    XCTAssertNotNil(items.first?["hours"] as? Double)
  }

  func testHistoryText() throws {
    XCTAssertTrue(try run("history").out.contains("No assessments yet"))
    XCTAssertEqual(try run("assess", "--answers", try write("a.yaml", Self.goodAnswers)).status, 0)
    let history = try run("history")
    XCTAssertEqual(history.status, 0, history.err)
    XCTAssertTrue(history.out.contains("full"), history.out)
    XCTAssertTrue(history.out.contains("finished"), history.out)
    XCTAssertTrue(history.out.contains("Engineering ladder"), history.out)
  }

  func testExportImportRoundTrip() throws {
    XCTAssertEqual(try run("assess", "--answers", try write("a.yaml", Self.goodAnswers)).status, 0)
    XCTAssertEqual(
      try run("assess", "--answers", try write("b.json", #"{"ratings": {"python": 2}}"#)).status,
      0)
    let exported = folder.appendingPathComponent("export.json").path
    XCTAssertEqual(try run("export", "--output", exported).status, 0)
    let mode = try FileManager.default.attributesOfItem(atPath: exported)[.posixPermissions]
    XCTAssertEqual((mode as? NSNumber)?.intValue, 0o600)
    // An export written over a file anyone could read is private too.
    XCTAssertEqual(chmod(exported, 0o644), 0)
    XCTAssertEqual(try run("export", "--output", exported).status, 0)
    let rewritten = try FileManager.default.attributesOfItem(atPath: exported)[.posixPermissions]
    XCTAssertEqual((rewritten as? NSNumber)?.intValue, 0o600)

    let other = folder.appendingPathComponent("other").path
    let imported = try run("import", exported, dataDir: other)
    XCTAssertEqual(imported.status, 0, imported.err)
    XCTAssertTrue(imported.out.contains("Imported 2 assessments"), imported.out)
    let twice = try run("import", exported, dataDir: other)
    XCTAssertEqual(twice.status, 0, twice.err)
    XCTAssertEqual(twice.out, "Imported nothing from \(exported); 2 already present.\n")
    XCTAssertEqual(
      try run("history", "--format", "json", dataDir: other).out,
      try run("history", "--format", "json").out)
    XCTAssertEqual(
      try run("report", "--format", "json", dataDir: other).out,
      try run("report", "--format", "json").out)
    let again = folder.appendingPathComponent("again.json").path
    XCTAssertEqual(try run("export", "--output", again, dataDir: other).status, 0)
    XCTAssertEqual(
      try withoutExportDate(String(contentsOfFile: again, encoding: .utf8)),
      try withoutExportDate(String(contentsOfFile: exported, encoding: .utf8)))
  }

  func testImportRejectsBadFilesAndStoresNothing() throws {
    let cases: [(String, Data)] = [
      ("truncated.json", Data(#"{"format": "career-coach-export", "version": 1, "assess"#.utf8)),
      ("binary.bin", Data([0, 1, 2, 3, 255])),
      ("other.json", Data(#"{"hello": "world"}"#.utf8)),
      (
        "skill.json",
        Data(
          #"{"format": "career-coach-export", "version": 1, "assessments": [{"id": 1, "mode": "full", "startedAt": "2024-01-01T00:00:00.000Z", "answers": {"cobol": {"rating": 3}}}]}"#
            .utf8)
      ),
    ]
    for (name, data) in cases {
      let path = try write(name, data)
      let result = try run("import", path)
      XCTAssertEqual(result.status, 1, "\(name): \(result.err)")
      XCTAssertTrue(result.err.contains(path), "\(name): \(result.err)")
      XCTAssertTrue(result.err.contains("nothing was imported"), "\(name): \(result.err)")
    }
    let history = try json(try run("history", "--format", "json").out)
    XCTAssertEqual((history["assessments"] as? [Any])?.count, 0)
  }

  func testDataFolderModes() throws {
    // A reading command creates nothing; the first writing one makes the folder and the file.
    XCTAssertEqual(try run("history").status, 0)
    XCTAssertFalse(FileManager.default.fileExists(atPath: dataDir))
    let answers = try write("answers.yaml", Self.goodAnswers)
    XCTAssertEqual(try run("assess", "--answers", answers).status, 0)
    let attributes = try FileManager.default.attributesOfItem(atPath: dataDir)
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o700)
    let database = try FileManager.default.attributesOfItem(
      atPath: dataDir + "/career-coach.sqlite")
    XCTAssertEqual((database[.posixPermissions] as? NSNumber)?.intValue, 0o600)
  }

  func testACorruptDatabaseIsReportedAndKept() throws {
    try FileManager.default.createDirectory(atPath: dataDir, withIntermediateDirectories: true)
    let path = dataDir + "/career-coach.sqlite"
    let bytes = Data("not a database\n".utf8)
    try bytes.write(to: URL(fileURLWithPath: path))
    let result = try run("history")
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(result.err.contains(path), result.err)
    XCTAssertTrue(result.err.contains("left untouched"), result.err)
    XCTAssertEqual(FileManager.default.contents(atPath: path), bytes)
  }

  func withoutExportDate(_ text: String) -> String {
    text.split(separator: "\n").filter { !$0.contains("\"exportedAt\"") }.joined(separator: "\n")
  }
}
