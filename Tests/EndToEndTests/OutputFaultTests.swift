import Foundation
import XCTest

/// Standard output that cannot be written (a full disk, or closed): one sentence and exit 2,
/// never a crash with a backtrace.
final class OutputFaultTests: CommandLineTestCase {
  func testAFullOrClosedOutputIsSaidNotCrashedOn() throws {
    let answers = try write("answers.yaml", CommandLineTests.goodAnswers)
    XCTAssertEqual(try run("assess", "--answers", answers).status, 0)
    let commands = [
      "path", "history --format json", "report", "stats", "questions --format json",
      "content lint", "--help", "assess --answers '\(answers)'",
    ]
    for command in commands {
      for redirect in ["> /dev/full", ">&-"] {
        let line = "'\(binary)' \(command) --data-dir '\(dataDir)' \(redirect)"
        let result = try shell(["sh", "-c", line])
        XCTAssertEqual(result.status, 2, "\(line): \(result.err)")
        XCTAssertTrue(
          result.err.hasPrefix("career-coach: cannot write the output: "), "\(line): \(result.err)")
        XCTAssertEqual(result.err.split(separator: "\n").count, 1, "\(line): \(result.err)")
      }
    }
  }
}
