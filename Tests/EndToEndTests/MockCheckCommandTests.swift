import Foundation
import XCTest

/// `mock check`, run as a user would.
final class MockCheckCommandTests: CommandLineTestCase {
  static let story = """
    At my last job our checkout kept timing out; p95 was over 4 seconds. I was asked to get it
    under one second. I profiled it, found an N+1 and a missing index, and added the index.
    Latency fell 40% and p95 ended at 700 ms. I learned to check query counts in review.
    """

  func testTheCoveredKeyPointsAreMarkedInTextAndJSON() throws {
    let answer = try write("answer.txt", Self.story)
    let text = try run(
      "mock", "check", "--question", "bq-mid-performance-problem", "--answer", answer)
    XCTAssertEqual(text.status, 0, text.err)
    XCTAssertTrue(text.out.contains("[x] Situation:"), text.out)
    XCTAssertTrue(text.out.contains("[x] Result:"), text.out)
    XCTAssertTrue(text.out.contains("5 of 5 key points covered"), text.out)
    let json = try self.json(
      try run(
        "mock", "check", "--question", "bq-mid-performance-problem", "--answer", answer,
        "--format", "json"
      ).out)
    XCTAssertEqual(json["question"] as? String, "bq-mid-performance-problem")
    XCTAssertEqual(json["covered"] as? Int, 5)
    XCTAssertEqual(json["total"] as? Int, 5)
    let points = try XCTUnwrap(json["keyPoints"] as? [[String: Any]])
    XCTAssertEqual(points.count, 5)
    XCTAssertTrue(points.allSatisfy { $0["covered"] as? Bool == true })
  }

  func testAnUnrelatedAnswerCoversNothing() throws {
    let answer = try write("answer.txt", "I like working in a team.")
    let json = try self.json(
      try run(
        "mock", "check", "--question", "caching-stampede", "--answer", answer, "--format", "json"
      ).out)
    XCTAssertEqual(json["covered"] as? Int, 0)
  }

  func testAnUnknownQuestionOrABadFileIsNamed() throws {
    let answer = try write("answer.txt", Self.story)
    let unknown = try run("mock", "check", "--question", "no-such", "--answer", answer)
    XCTAssertEqual(unknown.status, 1)
    XCTAssertTrue(unknown.err.contains("no question \"no-such\""), unknown.err)
    XCTAssertEqual(unknown.out, "")
    let empty = try write("empty.txt", "")
    let refused = try run(
      "mock", "check", "--question", "caching-stampede", "--answer", empty)
    XCTAssertEqual(refused.status, 1)
    XCTAssertTrue(refused.err.contains("\(empty) is empty"), refused.err)
    let binary = try write("binary.txt", Data([0x41, 0x00, 0x42]))
    let bytes = try run("mock", "check", "--question", "caching-stampede", "--answer", binary)
    XCTAssertEqual(bytes.status, 1)
    XCTAssertTrue(bytes.err.contains("\(binary) is not plain text"), bytes.err)
  }
}
