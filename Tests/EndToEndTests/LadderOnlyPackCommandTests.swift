import Foundation
import XCTest

/// The commands on a team's ladder alone (no salaries, tips, CV checks, questions, weights,
/// study hours or typical years): what the pack holds works, what it lacks is refused in one
/// sentence.
final class LadderOnlyPackCommandTests: XCTestCase {
  private func ladderPack(in dir: URL) throws -> String {
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Content/backend-developer")
    let pack = dir.appendingPathComponent("ladder")
    try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
    for name in ["role.yaml", "skills.yaml", "levels.yaml"] {
      let text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
        .split(separator: "\n", omittingEmptySubsequences: false)
        .filter { line in
          let trimmed = line.trimmingCharacters(in: .whitespaces)
          return !trimmed.hasPrefix("hours_per_step:") && !trimmed.hasPrefix("weight:")
        }
        .reduce(into: (lines: [Substring](), inYears: false)) { state, line in
          // A level's typical_years block, left out whole: a ladder with no years.
          if line.hasPrefix("    typical_years:") {
            state.inYears = true
          } else if state.inYears, line.hasPrefix("      ") {
          } else {
            state.inYears = false
            state.lines.append(line)
          }
        }.lines
        .map {
          $0.replacingOccurrences(of: #", weight: [0-9.]+"#, with: "", options: .regularExpression)
        }
        .joined(separator: "\n")
      try text.write(to: pack.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return pack.path
  }

  func testWhatThePackHoldsWorksAndWhatItLacksIsRefused() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cc-ladder-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let binary = try binaryPath()
    let pack = try ladderPack(in: dir)
    let data = dir.appendingPathComponent("data").path
    func run(_ arguments: String...) throws -> (status: Int32, out: String, err: String) {
      try shell([binary, "--content", pack, "--data-dir", data] + arguments)
    }
    let lint = try run("content", "lint")
    XCTAssertEqual(lint.status, 0, lint.out + lint.err)
    XCTAssertTrue(lint.out.contains("0 questions"), lint.out)

    let answers = dir.appendingPathComponent("answers.yaml")
    try "ratings: {python: 3, sql: 3, rest-apis: 3, git: 3}\nyears: 3\n".write(
      to: answers, atomically: true, encoding: .utf8)
    XCTAssertEqual(try run("assess", "--answers", answers.path).status, 0)
    let report = try run("report")
    XCTAssertEqual(report.status, 0, report.err)
    XCTAssertFalse(report.out.contains("Study plan"), report.out)

    let refusals: [([String], String)] = [
      (
        ["questions"],
        "the content pack has no interview questions (questions.yaml), so there are none to list.\n"
      ),
      (
        ["stats"],
        "the content pack has no interview questions (questions.yaml), so there are no drills to count.\n"
      ),
      (
        ["cv-check", answers.path],
        "the content pack has no CV checks (cv-checks.yaml), so there is nothing to check a CV against.\n"
      ),
      (
        ["config", "set", "market", "dk"],
        "the content pack has no salaries (salaries.yaml), so market has nothing to set.\n"
      ),
    ]
    for (arguments, sentence) in refusals {
      let result = try shell([binary, "--content", pack, "--data-dir", data] + arguments)
      XCTAssertEqual(result.status, 1, arguments.joined(separator: " "))
      XCTAssertEqual(result.err, "career-coach: " + sentence)
      XCTAssertEqual(result.out, "")
    }
    let path = try run("path")
    XCTAssertEqual(path.status, 0, path.err)
    XCTAssertTrue(path.out.contains("  Senior Backend Developer\n"), path.out)
    XCTAssertFalse(path.out.contains("years)"), path.out)
    let list = try run("config", "list")
    XCTAssertFalse(list.out.contains("market"), list.out)
    XCTAssertTrue(list.out.contains("target"), list.out)
  }
}
