import CoachCore
import Foundation
import XCTest

@testable import CoachContent

/// The rules only the shipped pack is held to: the question bank's minimums, no near-duplicate
/// questions, and a salary entry for every level of every market.
final class ShippedPackRulesTests: XCTestCase {
  /// The shipped pack's files, read as text.
  private func shippedFiles() throws -> [String: String] {
    let folder = try PackLoader.shippedFolder()
    var files: [String: String] = [:]
    for name in PackLoader.fileNames {
      let url = folder.appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: url.path) else { continue }
      files[name] = try String(contentsOf: url, encoding: .utf8)
    }
    return files
  }

  /// The errors of `files` checked under the shipped pack's rules, or not, as `pack/...` lines.
  private func lint(_ files: [String: String], shippedRules: Bool = true) throws -> [String] {
    let folder = try PackFixture.write(files)
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try PackLoader.check(folder, displayPath: "pack", shippedRules: shippedRules)
    return result.diagnostics.map(\.description)
  }

  /// questions.yaml with every question at `level` after the first `keep` left out.
  private func thinned(_ text: String, level: String, keep: Int) -> String {
    var kept = 0
    let entries = text.components(separatedBy: "\n\n  - id: ")
    return entries.enumerated().filter { index, entry in
      guard index > 0, entry.contains("\n    level: \(level)\n") else { return true }
      kept += 1
      return kept <= keep
    }.map(\.element).joined(separator: "\n\n  - id: ")
  }

  func testTheShippedPackFollowsEveryRule() throws {
    XCTAssertEqual(try lint(try shippedFiles()), [])
  }

  func testTooFewQuestionsAtALevelIsAnErrorNamingQuestionsYAML() throws {
    var files = try shippedFiles()
    let questions = try XCTUnwrap(files["questions.yaml"])
    files["questions.yaml"] = thinned(questions, level: "cto", keep: 12)
    let errors = try lint(files)
    XCTAssertTrue(
      errors.contains(
        "pack/questions.yaml:1:1: error: level 'cto' has 12 questions, fewer than the 15 the "
          + "shipped pack needs; add 3 cto questions to questions.yaml"), "\(errors)")
    XCTAssertEqual(try lint(files, shippedRules: false), [], "other packs are not held to it")
  }

  func testTooFewQuestionsInAllIsAnError() throws {
    var pack = try PackLoader.load(from: PackLoader.shippedFolder())
    XCTAssertGreaterThanOrEqual(pack.questions.count, ShippedPackRules.questionsInAll)
    pack.questions.removeLast(pack.questions.count - 340)
    XCTAssertTrue(
      ShippedPackRules.questionBank(pack).contains(
        "the pack has 340 questions, fewer than the 350 the shipped pack needs; add 10 "
          + "questions to questions.yaml"), "\(ShippedPackRules.questionBank(pack))")
  }

  func testTheMinimumsOfKindsLanguagesAndSkills() throws {
    var pack = try PackLoader.load(from: PackLoader.shippedFolder())
    XCTAssertEqual(ShippedPackRules.questionBank(pack), [])
    pack.questions.removeAll { $0.skills.contains("go") && $0.level != "junior" }
    pack.questions.removeAll { $0.kind == .systemDesign && $0.level == "senior" }
    let messages = ShippedPackRules.questionBank(pack)
    XCTAssertTrue(
      messages.contains(
        "language 'go' has no question above mid level; add one at senior, "
          + "staff, architect, cto, lead level to questions.yaml"), "\(messages)")
    XCTAssertTrue(
      messages.contains {
        $0.hasPrefix("kind 'system-design' has ")
          && $0.hasSuffix(
            " system-design questions to questions.yaml")
      }, "\(messages)")
    pack.questions.removeAll { $0.skills.contains("indexing") }
    XCTAssertTrue(
      ShippedPackRules.questionBank(pack).contains(
        "skill 'indexing' has 0 questions, fewer than the 2 the shipped pack needs; add 2 "
          + "questions on it to questions.yaml"))
  }

  func testANearDuplicateQuestionIsAnErrorAtTheSecond() throws {
    var files = try shippedFiles()
    let questions = try XCTUnwrap(files["questions.yaml"])
    let original = "How do you optimise the performance of a database behind a growing application?"
    XCTAssertTrue(questions.contains(original))
    let copy = """

        - id: database-performance-again
          text: "How would you optimise the performance of the database behind a growing application?"
          kind: technical
          level: mid
          skills: [indexing]
          key_points: [Measure first, Index what queries filter on, Cache hot reads]
          hint: Measure.

      """
    files["questions.yaml"] = questions + copy
    let errors = try lint(files)
    XCTAssertEqual(errors.count, 1, "\(errors)")
    let error = try XCTUnwrap(errors.first)
    XCTAssertTrue(
      error.contains(
        ": error: question 'database-performance-again' is "), error)
    XCTAssertTrue(error.contains("alike question 'dk-database-performance' (line 28)"), error)
    XCTAssertTrue(error.hasSuffix("reword or remove one of them in questions.yaml"), error)
  }

  func testTheNearDuplicateMeasure() {
    XCTAssertEqual(NearDuplicates.normalise("  What's   an API?\n(REST)"), "what s an api rest")
    XCTAssertEqual(NearDuplicates.similarity("Hello, World!", "hello world"), 1)
    XCTAssertLessThan(
      NearDuplicates.similarity("How does DNS resolution work?", "What is a covering index?"), 0.5)
    let texts = [
      "How do you design a REST API for orders?", "Explain eventual consistency.",
      "How would you design a REST API for orders?", "What is a deadlock?",
    ]
    let pairs = NearDuplicates.pairs(in: texts, threshold: 0.85)
    XCTAssertEqual(pairs.map { [$0.first, $0.second] }, [[0, 2]])
  }

  /// The buckets do not hide a near-duplicate: each shipped question beside a copy whose rarest
  /// word is replaced by a word no other question holds (the worst case for bucketing by rare
  /// words) is found whenever the two are alike enough.
  func testBucketingFindsACopyWithItsRarestWordChanged() throws {
    let texts = try PackLoader.load(from: PackLoader.shippedFolder()).questions.map(\.text)
    let words = texts.map { Set(NearDuplicates.normalise($0).split(separator: " ")) }
    var frequency: [Substring: Int] = [:]
    for set in words { for word in set { frequency[word, default: 0] += 1 } }
    let copies = words.enumerated().map { index, set in
      let rarest = set.min { (frequency[$0]!, $0) < (frequency[$1]!, $1) }!
      return NearDuplicates.normalise(texts[index]).split(separator: " ")
        .map { $0 == rarest ? "zyzzyva" : String($0) }.joined(separator: " ")
    }
    let found = Set(
      NearDuplicates.pairs(in: texts + copies, threshold: 0.85).map { [$0.first, $0.second] })
    var alike = 0
    for index in texts.indices
    where NearDuplicates.similarity(texts[index], copies[index]) >= 0.85 {
      alike += 1
      XCTAssertTrue(found.contains([index, texts.count + index]), texts[index])
    }
    XCTAssertGreaterThan(alike, texts.count / 2)
  }

  func testEveryLevelOfEveryMarketHasASalaryEntry() throws {
    let pack = try PackLoader.load(from: PackLoader.shippedFolder())
    XCTAssertEqual(ShippedPackRules.missingSalaries(pack).map { "\($0) \($1)" }, [])
    var files = try shippedFiles()
    let salaries = try XCTUnwrap(files["salaries.yaml"])
    let cut = "    levels: [staff, architect, cto, lead, contract]\n"
    XCTAssertTrue(salaries.contains(cut))
    files["salaries.yaml"] = salaries.replacingOccurrences(
      of: cut, with: "    levels: [staff, architect, cto, lead]\n")
    let errors = try lint(files)
    XCTAssertEqual(
      errors,
      [
        "pack/salaries.yaml:8:9: error: market 'dk' says nothing about level 'contract'; add a "
          + "sourced figure for it or list it under no_figures for 'dk' in salaries.yaml"
      ])
    XCTAssertEqual(try lint(files, shippedRules: false), [])
  }
}
