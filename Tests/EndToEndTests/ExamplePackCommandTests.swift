import Foundation
import XCTest

/// The example packs converted from public ladders, through the installed commands: a 1-5
/// ladder is rated, placed and reported in its own numbers and step names; a ladder in words
/// only is read, and what needs ratings says why it cannot run.
final class ExamplePackCommandTests: XCTestCase {
  private func example(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Content/examples/\(name)").path
  }

  func testAOneToFiveLadderIsRatedAndReportedInItsOwnNumbers() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cc-example-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let binary = try binaryPath()
    let data = dir.appendingPathComponent("data").path
    func run(_ arguments: String...) throws -> (status: Int32, out: String, err: String) {
      try shell(
        [binary, "--content", example("engineering-ladders"), "--data-dir", data] + arguments)
    }
    // A developer who evangelizes, owns the system and challenges the process, but supports
    // (rather than mentors) people and has an impact on the team.
    let answers = dir.appendingPathComponent("answers.yaml")
    try "ratings: {technology: 3, system: 3, people: 2, process: 3, influence: 2}\n".write(
      to: answers, atomically: true, encoding: .utf8)
    let placed = try run("assess", "--answers", answers.path)
    XCTAssertEqual(placed.status, 0, placed.err)
    XCTAssertTrue(placed.out.contains("Developer 4"), placed.out)

    let zero = dir.appendingPathComponent("zero.yaml")
    try "ratings: {technology: 0}\n".write(to: zero, atomically: true, encoding: .utf8)
    let refused = try run("assess", "--answers", zero.path)
    XCTAssertEqual(refused.status, 1)
    XCTAssertTrue(refused.err.contains("is 0, outside 1-5"), refused.err)

    let report = try run("report")
    XCTAssertEqual(report.status, 0, report.err)
    XCTAssertTrue(report.out.contains("Supports (2) -> Mentors (3)"), report.out)
    let level = try run("path", "--level", "d5")
    XCTAssertTrue(level.out.contains("Technology: Masters (4)"), level.out)
  }

  func testALadderInWordsOnlyIsReadAndNeverPlaced() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cc-words-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let binary = try binaryPath()
    func run(_ arguments: String...) throws -> (status: Int32, out: String, err: String) {
      try shell(
        [binary, "--content", example("infracloud-engineering"), "--data-dir", dir.path]
          + arguments)
    }
    let lint = try run("content", "lint")
    XCTAssertEqual(lint.status, 0, lint.err)
    let level = try run("path", "--level", "senior-engineer")
    XCTAssertEqual(level.status, 0, level.err)
    XCTAssertTrue(level.out.contains("Delighting People"), level.out)
    XCTAssertTrue(level.out.contains("described in words only"), level.out)
    let report = try run("report")
    XCTAssertEqual(report.status, 1)
    XCTAssertTrue(report.err.contains("no level with requirements"), report.err)
  }
}
