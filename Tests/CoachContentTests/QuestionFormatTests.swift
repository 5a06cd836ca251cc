import CoachContent
import CoachCore
import Foundation
import XCTest

/// questions.yaml's open format: any number of key points; hint, level, skills and tags
/// optional; the pack's own kinds; and a question set alone as a pack.
final class QuestionFormatTests: XCTestCase {
  static let questionSet = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Packs/behavioural-questions")

  /// The question set's files, read as text.
  private func questionSetFiles() throws -> [String: String] {
    var files: [String: String] = [:]
    for name in ["role.yaml", "questions.yaml"] {
      files[name] = try String(
        contentsOf: Self.questionSet.appendingPathComponent(name), encoding: .utf8)
    }
    return files
  }

  /// The errors of the question set with `old` replaced by `new` in questions.yaml.
  private func lint(replacing old: String, with new: String) throws -> [String] {
    var files = try questionSetFiles()
    let text = try XCTUnwrap(files["questions.yaml"])
    XCTAssertTrue(text.contains(old), "questions.yaml lacks \(old)")
    files["questions.yaml"] = text.replacingOccurrences(of: old, with: new)
    return try PackFixture.lint(files)
  }

  func testAQuestionSetAloneLoadsCleanWithItsKindsAndTags() throws {
    let result = try PackLoader.check(Self.questionSet)
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    XCTAssertEqual(result.warnings.map(\.description), [])
    let pack = result.pack
    XCTAssertEqual(pack.questionKinds.map(\.id), ["behavioural", "values"])
    XCTAssertEqual(pack.questionKinds.map(\.star), [true, false])
    XCTAssertEqual(pack.questions.count, 4)
    XCTAssertEqual(pack.questions[0].tags, ["acme", "onsite"])
    XCTAssertEqual(pack.questions.map(\.keyPoints.count), [0, 0, 3, 0])
    XCTAssertEqual(pack.questions.map { $0.hint != nil }, [false, true, false, false])
    XCTAssertTrue(pack.questions.allSatisfy { $0.level == nil && $0.skills.isEmpty })
    let kept: [PackPart] = [.questions, .behaviouralQuestions]
    for part in PackPart.allCases { XCTAssertEqual(pack.has(part), kept.contains(part), "\(part)") }
  }

  func testWithoutQuestionsSkillsAndLevelsAreStillNeeded() throws {
    var files = try questionSetFiles()
    files["questions.yaml"] = nil
    XCTAssertEqual(
      try PackFixture.lint(files),
      [
        "pack/levels.yaml:1:1: error: file is missing",
        "pack/skills.yaml:1:1: error: file is missing",
      ])
  }

  func testAKindMustBeOneOfThePacksKinds() throws {
    XCTAssertEqual(
      try lint(replacing: "kind: values", with: "kind: technical"),
      [
        "pack/questions.yaml:34:11: error: 'kind' should be one of behavioural, values (the kinds "
          + "listed in 'kinds'), not 'technical'"
      ])
    // Without a kinds list, the three built-in kinds stand.
    let builtIn = try lint(
      replacing: "kinds:\n  - id: behavioural\n    name: Behavioural\n    star: true\n"
        + "  - id: values\n    name: Values and motivation\n", with: "")
    XCTAssertEqual(
      builtIn,
      [
        "pack/questions.yaml:28:11: error: 'kind' should be one of technical, system-design, "
          + "behavioural, not 'values'"
      ])
  }

  func testEveryMistakeInTheKindsListIsOneErrorNamingTheField() throws {
    XCTAssertEqual(
      try lint(replacing: "  - id: values\n", with: "  - id: behavioural\n"),
      [
        "pack/questions.yaml:5:9: error: duplicate kind id 'behavioural' (first defined at line 2)",
        "pack/questions.yaml:34:11: error: 'kind' should be one of behavioural (the kinds listed "
          + "in 'kinds'), not 'values'",
      ])
    XCTAssertEqual(
      try lint(replacing: "    star: true\n", with: "    star: yes please\n"),
      ["pack/questions.yaml:4:11: error: 'star' should be true or false, not 'yes please'"])
    XCTAssertEqual(
      try lint(replacing: "    name: Values and motivation\n", with: ""),
      ["pack/questions.yaml:5:5: error: missing field 'name'"])
  }

  func testTagsAreAListOfText() throws {
    XCTAssertEqual(
      try lint(replacing: "tags: [acme, onsite]", with: "tags: acme"),
      ["pack/questions.yaml:12:11: error: 'tags' should be a list, not text"])
    XCTAssertEqual(
      try lint(replacing: "tags: [acme, onsite]", with: "tags: [acme, \"\"]"),
      ["pack/questions.yaml:12:18: error: 'tags' is empty"])
    XCTAssertEqual(
      try lint(replacing: "    hint: Say what", with: "    hint:\n      - Say what"),
      ["pack/questions.yaml:20:7: error: 'hint' should be text, not a list"])
  }

  func testALayerUsesTheKindsBelowItAndMayNotDeclareThemAgain() throws {
    let base = try PackFixture.write(try questionSetFiles())
    defer { try? FileManager.default.removeItem(at: base) }
    let question = """
      questions:
        - id: team-values
          text: What do you value in a team?
          kind: values
          tags: [initech]

      """
    let layer = try PackFixture.write(["questions.yaml": question])
    defer { try? FileManager.default.removeItem(at: layer) }
    let result = try PackLoader.check(layers: [base, layer])
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    XCTAssertEqual(result.pack.questionKinds.map(\.id), ["behavioural", "values"])
    XCTAssertEqual(result.pack.questions.last?.kind.name, "Values and motivation")
    let again = try PackFixture.write([
      "questions.yaml": "kinds:\n  - id: values\n    name: Values\n\n" + question
    ])
    defer { try? FileManager.default.removeItem(at: again) }
    XCTAssertEqual(
      try PackLoader.check(layers: [base, again]).diagnostics.map(\.description),
      [
        "\(again.path)/questions.yaml:2:9: error: kind 'values' is already defined in the pack below"
      ])
  }

  func testTheShippedPackKeepsThreeToSixKeyPointsOnEachQuestion() throws {
    let shipped = try PackLoader.shippedFolder()
    var files: [String: String] = [:]
    for name in PackLoader.fileNames {
      let url = shipped.appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: url.path) else { continue }
      files[name] = try String(contentsOf: url, encoding: .utf8)
    }
    let pack = try PackLoader.load(from: shipped)
    let first = try XCTUnwrap(pack.questions.first)
    // The first question's key points after its second, left out.
    var lines = try XCTUnwrap(files["questions.yaml"]).components(separatedBy: "\n")
    let start = try XCTUnwrap(lines.firstIndex(of: "    key_points:")) + 3
    while lines[start].hasPrefix("      - ") { lines.remove(at: start) }
    files["questions.yaml"] = lines.joined(separator: "\n")
    let folder = try PackFixture.write(files)
    defer { try? FileManager.default.removeItem(at: folder) }
    let errors = try PackLoader.check(folder, displayPath: "pack", shippedRules: true)
      .diagnostics.map(\.description)
    XCTAssertEqual(
      errors.filter { $0.contains("key points") },
      [
        "pack/questions.yaml:9:9: error: question '\(first.id)' has 2 key points in "
          + "'key_points'; the shipped pack needs 3 to 6 on each question"
      ])
    let other = try PackLoader.check(folder, displayPath: "pack").diagnostics
    XCTAssertEqual(other.map(\.description), [], "other packs may have any number")
  }
}
