import CoachContent
import CoachCore
import XCTest

/// Ratings, weights, hours, requirement shapes, key points, CV check detection.
final class ValueRuleTests: XCTestCase {
  func testAnchorKeyOutsideTheScale() throws {
    let errors = try PackFixture.lint(
      "skills.yaml", replacing: "4: Teaches it.}", with: "4: Teaches it., 5: Writes books.}")
    XCTAssertEqual(
      errors, ["pack/skills.yaml:28:82: error: anchor key '5' is not a rating from 0 to 4"])
  }

  func testAnchorsLackingARating() throws {
    let errors = try PackFixture.lint(
      "skills.yaml", replacing: "{0: Never., 1: Tutorial., ", with: "{0: Never., ")
    XCTAssertEqual(
      errors,
      [
        "pack/skills.yaml:28:14: error: 'anchors' lacks rating 1: it needs exactly the ratings 0 to 4"
      ])
  }

  func testAnchorsAsAList() throws {
    let errors = try PackFixture.lint(
      "skills.yaml",
      replacing: "{0: Never., 1: Tutorial., 2: With help., 3: Alone., 4: Teaches it.}",
      with: "[Never., Tutorial., With help., Alone., Teaches it.]")
    XCTAssertEqual(
      errors,
      [
        "pack/skills.yaml:28:14: error: 'anchors' should be a mapping of the ratings 0 to 4 to text, not a list"
      ])
  }

  func testRequirementMinimumOutOfRange() throws {
    for bad in ["5", "-1", "2.5", "high"] {
      let errors = try PackFixture.lint(
        "levels.yaml", replacing: "        min: 4\n", with: "        min: \(bad)\n")
      XCTAssertEqual(
        errors,
        ["pack/levels.yaml:21:14: error: 'min' should be a rating from 0 to 4, not '\(bad)'"])
    }
  }

  func testWeightMustBePositive() throws {
    let errors = try PackFixture.lint(
      "levels.yaml", replacing: "        weight: 2\n", with: "        weight: 0\n")
    XCTAssertEqual(
      errors, ["pack/levels.yaml:22:17: error: 'weight' should be greater than 0, not 0"])
  }

  func testHoursMustBePositive() throws {
    let errors = try PackFixture.lint(
      "skills.yaml", replacing: "hours_per_step: 30", with: "hours_per_step: -5")
    XCTAssertEqual(
      errors, ["pack/skills.yaml:16:21: error: 'hours_per_step' should be greater than 0, not -5"])
  }

  func testOneOfWithoutLabel() throws {
    let errors = try PackFixture.lint(
      "levels.yaml", replacing: "        label: A language\n", with: "")
    XCTAssertEqual(
      errors,
      ["pack/levels.yaml:10:9: error: missing field 'label': a one_of needs a label to show"])
  }

  func testOneOfWithASingleSkill() throws {
    let errors = try PackFixture.lint(
      "levels.yaml", replacing: "one_of: [python, go]", with: "one_of: [python]")
    XCTAssertEqual(errors, ["pack/levels.yaml:10:17: error: 'one_of' needs at least 2 items"])
  }

  func testSkillAndOneOfTogether() throws {
    let errors = try PackFixture.lint(
      "levels.yaml", replacing: "      - one_of: [python, go]\n",
      with: "      - skill: go\n        one_of: [python, go]\n")
    XCTAssertEqual(
      errors,
      ["pack/levels.yaml:11:17: error: a requirement has either 'skill' or 'one_of', not both"])
  }

  func testRequirementWithNeitherSkillNorOneOf() throws {
    let errors = try PackFixture.lint(
      "levels.yaml", replacing: "      - skill: python\n        min: 4\n", with: "      - min: 4\n")
    XCTAssertEqual(
      errors, ["pack/levels.yaml:20:9: error: missing field 'skill' (or 'one_of' with 'label')"])
  }

  func testLabelOnASingleSkill() throws {
    let errors = try PackFixture.lint(
      "levels.yaml", replacing: "      - skill: python\n",
      with: "      - skill: python\n        label: Python\n")
    XCTAssertEqual(errors, ["pack/levels.yaml:21:16: error: 'label' goes only with 'one_of'"])
  }

  func testALevelWithoutRequirementsIsDescribedInWordsOnly() throws {
    let errors = try PackFixture.lint(
      "levels.yaml", replacing: "      - skill: python\n        min: 4\n        weight: 2\n",
      with: "      []\n")
    XCTAssertEqual(errors, [])
  }

  func testTooFewKeyPoints() throws {
    let errors = try PackFixture.lint(
      "questions.yaml", replacing: "      - Status codes\n", with: "")
    XCTAssertEqual(
      errors, ["pack/questions.yaml:8:7: error: 'key_points' should have 3 to 6 points, not 2"])
  }

  func testTooManyKeyPoints() throws {
    let errors = try PackFixture.lint(
      "questions.yaml", replacing: "      - Status codes\n",
      with: "      - Status codes\n" + (1...4).map { "      - Point \($0)\n" }.joined())
    XCTAssertEqual(
      errors, ["pack/questions.yaml:8:7: error: 'key_points' should have 3 to 6 points, not 7"])
  }

  func testMissingKeyPoints() throws {
    let errors = try PackFixture.lint(
      "questions.yaml",
      replacing: "    key_points:\n      - Resources\n      - Methods\n      - Status codes\n",
      with: "")
    XCTAssertEqual(errors, ["pack/questions.yaml:2:5: error: missing field 'key_points'"])
  }

  func testSalaryWithoutAnyFigure() throws {
    let errors = try PackFixture.lint(
      "salaries.yaml", replacing: "    min: 300000\n    max: 480000\n", with: "")
    XCTAssertEqual(
      errors,
      [
        "pack/salaries.yaml:6:5: error: a salary needs at least one of 'min', 'max', 'average' and 'median'"
      ])
  }

  func testANumberMustBeDecimal() throws {
    for written in ["0x10", "nan", "inf", "1_000"] {
      let errors = try PackFixture.lint(
        "salaries.yaml", replacing: "min: 300000", with: "min: \(written)")
      XCTAssertEqual(
        errors, ["pack/salaries.yaml:9:10: error: 'min' should be a number, not '\(written)'"],
        written)
    }
  }

  func testSalaryMinimumAboveMaximum() throws {
    let errors = try PackFixture.lint(
      "salaries.yaml", replacing: "min: 300000", with: "min: 500000")
    XCTAssertEqual(errors, ["pack/salaries.yaml:9:10: error: 'min' is greater than 'max'"])
  }

  func testInvalidRegularExpression() throws {
    let errors = try PackFixture.lint(
      "cv-checks.yaml", replacing: #"patterns: ['\d+\s*%']"#,
      with: "patterns: ['(unclosed', '[z-a]']")
    XCTAssertEqual(
      errors,
      [
        "pack/cv-checks.yaml:6:16: error: invalid regular expression '(unclosed' (patterns use ICU regular expression syntax)",
        "pack/cv-checks.yaml:6:29: error: invalid regular expression '[z-a]' (patterns use ICU regular expression syntax)",
      ])
  }

  /// The CV check matches with ICU, so an ICU form lint accepts is one the check matches.
  func testAnICUPatternThatLintAcceptsIsOneTheCheckMatches() throws {
    let errors = try PackFixture.lint(
      "cv-checks.yaml", replacing: #"patterns: ['\d+\s*%']"#, with: #"patterns: ['[[:digit:]]+%']"#)
    XCTAssertEqual(errors, [])
    let check = CVCheck(
      id: "k", title: "k", why: "w", keywords: [], patterns: [#"[[:digit:]]+%"#], suggestion: "s",
      source: "000")
    XCTAssertEqual(CVLines("40%\nno number %").lineNumbers(of: check), [1])
  }

  func testCheckWithNeitherKeywordsNorPatterns() throws {
    let errors = try PackFixture.lint(
      "cv-checks.yaml", replacing: "    keywords: [responsible for]\n", with: "")
    XCTAssertEqual(
      errors,
      ["pack/cv-checks.yaml:10:5: error: a mistake needs 'keywords' or 'patterns' to detect it"])
  }

  func testCheckWithOnlyPatternsIsFine() throws {
    let errors = try PackFixture.lint(
      "cv-checks.yaml", replacing: "    keywords: [latency, uptime]\n", with: "")
    XCTAssertEqual(errors, [])
  }

  func testKeyPointsAsTextIsOneError() throws {
    let errors = try PackFixture.lint(
      "questions.yaml",
      replacing: "    key_points:\n      - Resources\n      - Methods\n      - Status codes\n",
      with: "    key_points: Resources and methods\n")
    XCTAssertEqual(
      errors, ["pack/questions.yaml:7:17: error: 'key_points' should be a list, not text"])
  }

  func testNegativeSalary() throws {
    let errors = try PackFixture.lint("salaries.yaml", replacing: "min: 300000", with: "min: -1")
    XCTAssertEqual(errors, ["pack/salaries.yaml:9:10: error: 'min' should not be negative"])
  }
}

/// A skill's optional next-step fields: exercise, evidence and resources.
final class SkillNextStepFieldTests: XCTestCase {
  static let goAnchors =
    "anchors: {0: Never., 1: Tutorial., 2: With help., 3: Alone., 4: Teaches it.}"

  func testResourceWithAnUnknownKind() throws {
    let errors = try PackFixture.lint(
      "skills.yaml", replacing: Self.goAnchors,
      with: Self.goAnchors + "\n    resources: [{title: Tour, kind: video, where: go.dev}]")
    XCTAssertEqual(
      errors,
      [
        "pack/skills.yaml:29:37: error: 'kind' should be one of book, doc, course, practice, talk, not 'video'"
      ])
  }

  func testResourceLackingWhere() throws {
    let errors = try PackFixture.lint(
      "skills.yaml", replacing: Self.goAnchors,
      with: Self.goAnchors + "\n    resources: [{title: Tour, kind: course}]")
    XCTAssertEqual(errors.count, 1)
    XCTAssertTrue(errors.first?.contains("'where'") ?? false, "\(errors)")
  }

  func testEveryShippedSkillHasANextStep() throws {
    let pack = try PackLoader.load(from: PackLoader.shippedFolder())
    XCTAssertEqual(pack.skills.count, 72)
    for skill in pack.skills {
      XCTAssertFalse(skill.exercise?.isEmpty ?? true, "\(skill.id) has no exercise")
      XCTAssertFalse(skill.evidence?.isEmpty ?? true, "\(skill.id) has no evidence")
      XCTAssertFalse(skill.resources.isEmpty, "\(skill.id) has no resources")
    }
  }
}
