import XCTest

/// Unknown references (reported at the referencing node) and duplicate ids.
final class ReferenceTests: XCTestCase {
  func testLevelNamingUnknownSkill() throws {
    let errors = try PackFixture.lint(
      "levels.yaml", replacing: "- skill: python", with: "- skill: pyhton")
    XCTAssertEqual(errors, ["pack/levels.yaml:20:16: error: unknown skill 'pyhton'"])
  }

  func testOneOfNamingUnknownSkill() throws {
    let errors = try PackFixture.lint(
      "levels.yaml", replacing: "one_of: [python, go]", with: "one_of: [python, rust]")
    XCTAssertEqual(errors, ["pack/levels.yaml:10:26: error: unknown skill 'rust'"])
  }

  func testTipNamingUnknownLevel() throws {
    let errors = try PackFixture.lint(
      "tips.yaml", replacing: "levels: [junior]", with: "levels: [junior, staff]")
    XCTAssertEqual(errors, ["pack/tips.yaml:7:22: error: unknown level 'staff'"])
  }

  func testTipNamingUnknownSkill() throws {
    let errors = try PackFixture.lint(
      "tips.yaml", replacing: "skills: [python]", with: "skills: [cobol]")
    XCTAssertEqual(errors, ["pack/tips.yaml:8:14: error: unknown skill 'cobol'"])
  }

  func testQuestionNamingUnknownSkillAndLevel() throws {
    var files = PackFixture.files()
    files["questions.yaml"] = files["questions.yaml"]!
      .replacingOccurrences(of: "skills: [python]", with: "skills: [java]")
      .replacingOccurrences(of: "level: junior", with: "level: lead")
    XCTAssertEqual(
      try PackFixture.lint(files),
      [
        "pack/questions.yaml:5:12: error: unknown level 'lead'",
        "pack/questions.yaml:6:14: error: unknown skill 'java'",
      ])
  }

  func testSalaryNamingUnknownMarketAndLevel() throws {
    var files = PackFixture.files()
    files["salaries.yaml"] = files["salaries.yaml"]!
      .replacingOccurrences(of: "- market: dk", with: "- market: se")
      .replacingOccurrences(of: "level: junior", with: "level: cto")
    XCTAssertEqual(
      try PackFixture.lint(files),
      [
        "pack/salaries.yaml:6:13: error: unknown market 'se'",
        "pack/salaries.yaml:7:12: error: unknown level 'cto'",
      ])
  }

  func testTrackNamingUnknownLevel() throws {
    let errors = try PackFixture.lint(
      "levels.yaml", replacing: "levels: [junior, senior]", with: "levels: [junior, staff]")
    XCTAssertEqual(errors, ["pack/levels.yaml:27:22: error: unknown level 'staff'"])
  }

  func testUnknownSource() throws {
    let errors = try PackFixture.lint(
      "tips.yaml", replacing: "source: own", with: "source: \"999\"")
    XCTAssertEqual(
      errors, ["pack/tips.yaml:6:13: error: unknown source '999' (not among role.yaml's sources)"])
  }

  func testUnknownSourceInTypicalYears() throws {
    let errors = try PackFixture.lint(
      "levels.yaml", replacing: "years: \"1-3\"\n        source: \"000\"",
      with: "years: \"1-3\"\n        source: \"004\"")
    XCTAssertEqual(
      errors,
      ["pack/levels.yaml:8:17: error: unknown source '004' (not among role.yaml's sources)"])
  }

  func testSkillNamingUnknownCategory() throws {
    let errors = try PackFixture.lint(
      "skills.yaml", replacing: "category: code", with: "category: tools")
    XCTAssertEqual(
      errors,
      [
        "pack/skills.yaml:14:15: error: unknown category 'tools'",
        "pack/skills.yaml:25:15: error: unknown category 'tools'",
      ])
  }

  func testABrokenFileDoesNotMakeEveryReferenceToItUnknown() throws {
    var files = PackFixture.files()
    files["skills.yaml"] = "skills: [unclosed\n"
    let errors = try PackFixture.lint(files)
    XCTAssertEqual(errors.count, 1, "\(errors)")
    XCTAssertTrue(errors[0].hasPrefix("pack/skills.yaml:2:1: error: invalid YAML"), errors[0])
  }

  func testDuplicateSkillID() throws {
    let errors = try PackFixture.lint(
      "skills.yaml", replacing: "  - id: go\n", with: "  - id: python\n")
    XCTAssertEqual(
      errors,
      [
        "pack/levels.yaml:10:26: error: unknown skill 'go'",
        "pack/skills.yaml:23:9: error: duplicate skill id 'python' (first defined at line 12)",
      ])
  }

  func testDuplicateLevelID() throws {
    let errors = try PackFixture.lint(
      "levels.yaml", replacing: "  - id: senior\n", with: "  - id: junior\n")
    XCTAssertEqual(
      errors,
      [
        "pack/levels.yaml:14:9: error: duplicate level id 'junior' (first defined at line 2)",
        "pack/levels.yaml:27:22: error: unknown level 'senior'",
      ])
  }

  func testSameIDInDifferentKindsIsFine() throws {
    let errors = try PackFixture.lint("tips.yaml", replacing: "id: cv-metrics", with: "id: python")
    XCTAssertEqual(errors, [])
  }

  func testLevelTwiceInATrack() throws {
    let errors = try PackFixture.lint(
      "levels.yaml", replacing: "levels: [junior, senior]", with: "levels: [junior, junior]")
    XCTAssertEqual(
      errors, ["pack/levels.yaml:27:22: error: level 'junior' appears twice in this track"])
  }

  func testSkillRequiredTwiceByALevel() throws {
    let errors = try PackFixture.lint(
      "levels.yaml", replacing: "one_of: [python, go]", with: "one_of: [python, python]")
    XCTAssertEqual(
      errors, ["pack/levels.yaml:10:26: error: skill 'python' is already required by this level"])
  }

  func testDuplicateTipID() throws {
    var files = PackFixture.files()
    files["tips.yaml"] = "tips:\n" + PackFixture.tips("") + PackFixture.tips("")
    XCTAssertEqual(
      try PackFixture.lint(files),
      ["pack/tips.yaml:9:9: error: duplicate tip id 'cv-metrics' (first defined at line 2)"])
  }
}
