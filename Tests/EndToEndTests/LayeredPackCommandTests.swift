import Foundation
import XCTest

/// A team's question set given as a second `--content` on top of the shipped pack: the
/// commands see its questions, lint checks both together, and a clashing id names both files.
final class LayeredPackCommandTests: CommandLineTestCase {
  private let shippedPack = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Content/backend-developer").path

  /// A questions-only pack: its role.yaml names only its source, its one question uses the
  /// shipped pack's levels and skills.
  private func teamPack(questionID: String) throws -> String {
    let team = folder.appendingPathComponent("team")
    try FileManager.default.createDirectory(at: team, withIntermediateDirectories: true)
    _ = try write(
      "team/role.yaml",
      """
      sources:
        - id: team-guide
          title: Our interview guide

      """)
    _ = try write(
      "team/questions.yaml",
      """
      questions:
        - id: \(questionID)
          text: How would you retry a failed payment message taken from our queue?
          kind: technical
          level: mid
          skills: [message-queues]
          key_points:
            - Back off between retries.
            - Send a message that keeps failing to a dead-letter queue.
            - Keep the handler idempotent so a retry is safe.
          hint: Think of the same message arriving twice.
          source: team-guide

      """)
    return team.path
  }

  func testATeamQuestionSetOnTheShippedPackIsListedAndLintedTogether() throws {
    let team = try teamPack(questionID: "team-payment-retries")
    let listed = try run("questions", "--content", shippedPack, "--content", team)
    XCTAssertEqual(listed.status, 0, listed.err)
    let line = listed.out.split(separator: "\n").first { $0.hasPrefix("team-payment-retries ") }
    XCTAssertNotNil(line, listed.out)
    XCTAssertTrue(line?.contains("How would you retry a failed payment message") ?? false)
    XCTAssertTrue(listed.out.contains("dk-rest-api-design"), "the shipped questions are kept")

    let lint = try run("content", "lint", "--content", shippedPack, "--content", team)
    XCTAssertEqual(lint.status, 0, lint.out + lint.err)
    XCTAssertTrue(lint.out.hasPrefix("backend-developer: ok ("), lint.out)
    let shipped = try run("content", "lint", "--content", shippedPack)
    let count = { (text: String) in
      text.split(separator: ",").first { $0.hasSuffix(" questions") }
        .flatMap { Int($0.split(separator: " ")[0]) }
    }
    XCTAssertEqual(count(lint.out).map { $0 - 1 }, count(shipped.out), lint.out)

    let exported = try run("content", "export", "--content", shippedPack, "--content", team)
    XCTAssertEqual(exported.status, 0, exported.err)
    let questions = try XCTUnwrap(try json(exported.out)["questions"] as? [[String: Any]])
    XCTAssertEqual(questions.last?["id"] as? String, "team-payment-retries")
    let source = try XCTUnwrap(questions.last?["source"] as? [String: Any])
    XCTAssertEqual(source["name"] as? String, "Our interview guide")
  }

  func testAnIDTheShippedPackDefinesIsAnErrorNamingBothFiles() throws {
    let team = try teamPack(questionID: "dk-rest-api-design")
    let lint = try run("content", "lint", "--content", shippedPack, "--content", team)
    XCTAssertEqual(lint.status, 1, lint.out)
    XCTAssertEqual(
      lint.out,
      "\(team)/questions.yaml:2:9: error: question 'dk-rest-api-design' is already defined in "
        + "\(shippedPack)/questions.yaml:9:9\n")
    XCTAssertEqual(lint.err, "1 error\n")
    let listed = try run("questions", "--content", shippedPack, "--content", team)
    XCTAssertEqual(listed.status, 1)
    XCTAssertTrue(listed.err.contains("already defined in"), listed.err)
  }
}
