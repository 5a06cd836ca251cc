import CoachContent
import XCTest

/// YAML syntax, files, field names, types, empty and control characters: one broken thing per
/// test, each with its exact `path:line:column`.
final class SyntaxAndFieldTests: XCTestCase {
  func testTheMinimalPackIsClean() throws {
    XCTAssertEqual(try PackFixture.lint(PackFixture.files()), [])
  }

  func testYAMLSyntaxErrorHasItsLineAndColumn() throws {
    let errors = try PackFixture.lint(
      "skills.yaml", replacing: "    name: Code\n", with: "    name: Code: bad\n")
    XCTAssertEqual(
      errors,
      ["pack/skills.yaml:3:15: error: invalid YAML: mapping values are not allowed in this context"]
    )
  }

  func testUnclosedFlowListIsASyntaxError() throws {
    let errors = try PackFixture.lint(
      "tips.yaml", replacing: "levels: [junior]", with: "levels: [junior")
    XCTAssertEqual(
      errors,
      [
        "pack/tips.yaml:8:11: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 7, column 13)"
      ])
  }

  func testDuplicateKeyIsReported() throws {
    let errors = try PackFixture.lint(
      "skills.yaml", replacing: "    name: Python\n", with: "    name: Python\n    name: Py\n")
    XCTAssertEqual(errors, ["pack/skills.yaml:13:5: error: duplicate key 'name' in a mapping"])
  }

  func testRawControlCharacterInTheFileIsReportedWhereItIs() throws {
    let errors = try PackFixture.lint(
      "tips.yaml", replacing: "title: Use numbers", with: "title: Use\u{1B}numbers")
    XCTAssertEqual(
      errors,
      ["pack/tips.yaml:4:15: error: invalid YAML: control characters are not allowed (U+001B)"])
  }

  func testMissingFile() throws {
    var files = PackFixture.files()
    files["levels.yaml"] = nil
    XCTAssertEqual(try PackFixture.lint(files), ["pack/levels.yaml:1:1: error: file is missing"])
  }

  func testEmptyFile() throws {
    var files = PackFixture.files()
    files["tips.yaml"] = "# nothing yet\n"
    XCTAssertEqual(try PackFixture.lint(files), ["pack/tips.yaml:1:1: error: the file is empty"])
  }

  func testFileThatIsNotUTF8() throws {
    let folder = try PackFixture.write(PackFixture.files())
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data([0x74, 0x69, 0x70, 0x73, 0x3A, 0xFF, 0xFE]).write(
      to: folder.appendingPathComponent("tips.yaml"))
    XCTAssertEqual(
      try PackFixture.lint(folder: folder),
      ["pack/tips.yaml:1:1: error: the file is not valid UTF-8 text"])
  }

  func testMissingField() throws {
    let errors = try PackFixture.lint(
      "skills.yaml", replacing: "    name: Code\n    description: Writing code.\n",
      with: "    description: Writing code.\n")
    XCTAssertEqual(errors, ["pack/skills.yaml:2:5: error: missing field 'name'"])
  }

  /// The texts a team's pack may leave out: each absent loads clean; written empty (or, for
  /// the source, naming none there is), each is one error.
  /// The shipped pack gives every optional text; leaving one out is an error there only.
  func testTheShippedPackKeepsEveryOptionalText() throws {
    var files = PackFixture.files()
    files["skills.yaml"] = try XCTUnwrap(files["skills.yaml"]).replacingOccurrences(
      of: "    description: The Python language.\n", with: "")
    files["levels.yaml"] = try XCTUnwrap(files["levels.yaml"]).replacingOccurrences(
      of: "    overview: Leads.\n", with: "")
    let folder = try PackFixture.write(files)
    defer { try? FileManager.default.removeItem(at: folder) }
    XCTAssertEqual(try PackFixture.lint(folder: folder), [])
    let shipped = try PackLoader.check(folder, displayPath: "pack", shippedRules: true)
    let lacking = shipped.diagnostics.map(\.description).filter { $0.contains(" has no ") }
    let rule = "; the shipped pack gives every text a pack may leave out"
    XCTAssertEqual(
      lacking,
      [
        "pack/levels.yaml:14:9: error: level 'senior' has no overview" + rule,
        "pack/skills.yaml:12:9: error: skill 'python' has no description" + rule,
      ])
  }

  func testOptionalTextsMayBeLeftOutButNotLeftEmpty() throws {
    let sections =
      "sections:\n  - id: what\n    title: What it is\n    body: It is a role.\n    source: own\n"
    let cases: [(file: String, given: String, absent: String, empty: String)] = [
      ("role.yaml", "summary: A role for tests.\n", "", "summary: \"\"\n"),
      ("role.yaml", sections, "", "sections: [{id: what, title: What, source: own}]\n"),
      ("skills.yaml", "    description: Writing code.\n", "", "    description: \" \"\n"),
      ("levels.yaml", "    overview: Leads.\n", "", "    overview: \"\"\n"),
      ("levels.yaml", "Leads.\n    source: own\n", "Leads.\n", "Leads.\n    source: nope\n"),
    ]
    for (file, given, absent, empty) in cases {
      XCTAssertEqual(try PackFixture.lint(file, replacing: given, with: absent), [], given)
      let errors = try PackFixture.lint(file, replacing: given, with: empty)
      XCTAssertEqual(errors.count, 1, "\(errors)")
    }
  }

  func testMissingTopLevelList() throws {
    let errors = try PackFixture.lint("tips.yaml", replacing: "tips:\n", with: "advice:\n")
    XCTAssertEqual(
      errors,
      [
        "pack/tips.yaml:1:1: error: unknown field 'advice'",
        "pack/tips.yaml:1:1: error: missing field 'tips'",
      ])
  }

  func testUnknownFieldCatchesATypo() throws {
    let errors = try PackFixture.lint(
      "skills.yaml", replacing: "    name: Python\n", with: "    nmae: Python\n")
    XCTAssertEqual(
      errors,
      [
        "pack/skills.yaml:12:5: error: missing field 'name'",
        "pack/skills.yaml:13:5: error: unknown field 'nmae'",
      ])
  }

  func testListWhereTextWasExpected() throws {
    let errors = try PackFixture.lint(
      "tips.yaml", replacing: "title: Use numbers", with: "title: [Use, numbers]")
    XCTAssertEqual(errors, ["pack/tips.yaml:4:12: error: 'title' should be text, not a list"])
  }

  func testMappingWhereAListWasExpected() throws {
    let errors = try PackFixture.lint(
      "tips.yaml", replacing: "skills: [python]", with: "skills: {python: 1}")
    XCTAssertEqual(errors, ["pack/tips.yaml:8:13: error: 'skills' should be a list, not a mapping"])
  }

  func testEntryThatIsNotAMapping() throws {
    let errors = try PackFixture.lint(
      "tips.yaml", replacing: "  - id: cv-metrics\n", with: "  - cv-metrics\n  - id: cv-metrics\n")
    XCTAssertEqual(
      errors, ["pack/tips.yaml:2:5: error: a tip should be a mapping of fields, not text"])
  }

  func testNumberThatIsNotANumber() throws {
    let errors = try PackFixture.lint(
      "skills.yaml", replacing: "hours_per_step: 30", with: "hours_per_step: lots")
    XCTAssertEqual(
      errors, ["pack/skills.yaml:16:21: error: 'hours_per_step' should be a number, not 'lots'"])
  }

  func testSalaryFigureThatIsNotANumber() throws {
    let errors = try PackFixture.lint("salaries.yaml", replacing: "min: 300000", with: "min: 300k")
    XCTAssertEqual(errors, ["pack/salaries.yaml:9:10: error: 'min' should be a number, not '300k'"])
  }

  func testEmptyText() throws {
    let errors = try PackFixture.lint(
      "skills.yaml", replacing: "description: The Python language.", with: "description: \"  \"")
    XCTAssertEqual(errors, ["pack/skills.yaml:15:18: error: 'description' is empty"])
  }

  func testFieldWithNoValueIsEmpty() throws {
    let errors = try PackFixture.lint(
      "skills.yaml", replacing: "    name: Python\n", with: "    name:\n")
    XCTAssertEqual(errors, ["pack/skills.yaml:13:5: error: 'name' is empty"])
  }

  func testEscapeCharacterInText() throws {
    let errors = try PackFixture.lint(
      "tips.yaml", replacing: "text: Put numbers on what you built.",
      with: #"text: "Put \e[31mnumbers""#)
    XCTAssertEqual(
      errors, ["pack/tips.yaml:5:11: error: 'text' contains the control character U+001B"])
  }

  func testTabDeleteAndC1ControlsInText() throws {
    for (escape, code) in [(#"\t"#, "U+0009"), (#"\x7F"#, "U+007F"), (#"\x9B"#, "U+009B")] {
      let errors = try PackFixture.lint(
        "tips.yaml", replacing: "title: Use numbers", with: "title: \"Use\(escape)numbers\"")
      XCTAssertEqual(
        errors, ["pack/tips.yaml:4:12: error: 'title' contains the control character \(code)"])
    }
  }

  func testNewlineInTextIsAllowed() throws {
    let errors = try PackFixture.lint(
      "role.yaml", replacing: "    body: It is a role.\n",
      with: "    body: |\n      It is a role.\n\n      A second paragraph.\n")
    XCTAssertEqual(errors, [])
  }

  func testControlCharacterInAListItem() throws {
    let errors = try PackFixture.lint(
      "cv-checks.yaml", replacing: "keywords: [latency, uptime]",
      with: #"keywords: [latency, "up\u0007time"]"#)
    XCTAssertEqual(
      errors,
      ["pack/cv-checks.yaml:5:25: error: 'keywords' contains the control character U+0007"])
  }

  func testInvalidID() throws {
    let errors = try PackFixture.lint(
      "tips.yaml", replacing: "id: cv-metrics", with: "id: CV_metrics")
    XCTAssertEqual(
      errors,
      [
        "pack/tips.yaml:2:9: error: invalid id 'CV_metrics': use lower-case letters, digits and single hyphens, as in 'query-optimisation'"
      ])
  }

  func testUnknownTipCategoryAndQuestionKind() throws {
    XCTAssertEqual(
      try PackFixture.lint("tips.yaml", replacing: "category: cv", with: "category: resume"),
      [
        "pack/tips.yaml:3:15: error: 'category' should be one of cv, linkedin, outreach, interview, mistakes, job-search, cities, day, not 'resume'"
      ])
    XCTAssertEqual(
      try PackFixture.lint("questions.yaml", replacing: "kind: technical", with: "kind: trivia"),
      [
        "pack/questions.yaml:4:11: error: 'kind' should be one of technical, system-design, behavioural, not 'trivia'"
      ])
  }
}
