import Foundation
import XCTest

/// The commands on a behavioural question set alone (Tests/Packs/behavioural-questions:
/// role.yaml and questions.yaml, no skills, no levels): it lints clean, its questions are
/// listed and filtered by tag, and what needs a ladder is refused in one sentence.
final class QuestionSetPackCommandTests: XCTestCase {
  func testItLintsCleanListsByTagAndRefusesWhatNeedsALadder() throws {
    let pack = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Packs/behavioural-questions").path
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cc-question-set-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let binary = try binaryPath()
    let data = dir.appendingPathComponent("data").path
    func run(_ arguments: String...) throws -> (status: Int32, out: String, err: String) {
      try shell([binary, "--content", pack, "--data-dir", data] + arguments)
    }
    let lint = try run("content", "lint")
    XCTAssertEqual(lint.status, 0, lint.out + lint.err)
    XCTAssertTrue(lint.out.hasPrefix("behavioural-questions: ok ("), lint.out)
    XCTAssertTrue(lint.out.contains("0 levels"), lint.out)
    XCTAssertTrue(lint.out.contains("4 questions"), lint.out)

    let acme = try run("questions", "--tag", "ACME")
    XCTAssertEqual(acme.status, 0, acme.err)
    XCTAssertEqual(
      acme.out.split(separator: "\n").map { $0.split(separator: " ").first ?? "" },
      ["Id", "disagree-with-manager", "missed-deadline"])
    XCTAssertTrue(acme.out.contains("Tags"), acme.out)
    XCTAssertFalse(acme.out.contains("Level"), "no question has a level:\n\(acme.out)")
    let none = try run("questions", "--tag", "initech")
    XCTAssertEqual(none.out, "No questions match.\n")
    let json = try run("questions", "--tag", "globex", "--format", "json")
    XCTAssertEqual(json.status, 0, json.err)
    let listed = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
    XCTAssertEqual(listed.map { $0["id"] as? String }, ["mentored-someone", "why-this-company"])
    XCTAssertEqual(listed.last?["kind"] as? String, "values")
    XCTAssertNil(listed.last?["level"], "no level is left out, not null")

    let refusals: [([String], String)] = [
      (
        ["path"],
        "the content pack has no levels (levels.yaml), so there is no career path to show.\n"
      ),
      (
        ["history"],
        "the content pack has no level with requirements to place you on (levels.yaml), so there are no assessments to list.\n"
      ),
    ]
    for (arguments, sentence) in refusals {
      let result = try shell([binary, "--content", pack, "--data-dir", data] + arguments)
      XCTAssertEqual(result.status, 1, arguments.joined(separator: " "))
      XCTAssertEqual(result.err, "career-coach: " + sentence)
    }
  }
}
