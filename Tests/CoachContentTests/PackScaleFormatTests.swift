import CoachContent
import CoachCore
import TestSupport
import XCTest

/// A pack's own rating scale, step names per area or skill, optional anchors, and the
/// requirement kinds: each loads as written, and each mistake is one error at its place.
final class PackScaleFormatTests: XCTestCase {
  /// The fixture pack rated 1 to 3 with named steps, its anchors and minimums renumbered.
  static func threeStepFiles() -> [String: String] {
    var files = PackFixture.files()
    files["skills.yaml"] = """
      scale:
        first: 1
        steps:
          - name: Not yet
            meaning: Has not shown it.
          - name: Sometimes
          - name: Consistently
      categories:
        - id: code
          name: Code
          description: Writing code.
          steps: [Learns, Writes, Leads]
      skills:
        - id: python
          name: Python
          category: code
          description: The Python language.
          anchors: {1: Never., 2: With help., 3: Alone.}
        - id: go
          name: Go
          category: code
          description: The Go language.
          steps: [Reads, Ships, Designs]

      """
    files["levels.yaml"] = """
      levels:
        - id: junior
          name: Junior
          overview: Starts out.
          source: "000"
          criteria:
            code: Writes small changes with review.
          requirements:
            - one_of: [python, go]
              at_least: 2
              label: Both languages
              min: 2
        - id: senior
          name: Senior
          overview: Leads.
          source: own
          criteria:
            code: [Designs services., Reviews others' code.]
          requirements:
            - skill: python
              min: 3
              must_have: true
            - skill: go
              min: 3
        - id: principal
          name: Principal
          overview: Sets direction, described in words only.
          source: own
      tracks:
        - id: ladder
          name: Ladder
          source: own
          levels: [junior, senior, principal]

      """
    files["salaries.yaml"] = nil
    files["tips.yaml"] = nil
    files["questions.yaml"] = nil
    files["cv-checks.yaml"] = nil
    return files
  }

  func testAThreeStepScaleFromOneLoadsWithItsNamesAndNumbers() throws {
    let folder = try PackFixture.write(Self.threeStepFiles())
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try PackLoader.check(folder, displayPath: "pack")
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    let pack = result.pack
    XCTAssertEqual(pack.scale.steps.map(\.name), ["Not yet", "Sometimes", "Consistently"])
    XCTAssertEqual(pack.scale.numbers, "1-3")
    // Ratings are steps counted from 0 inside; the pack's numbers only on screen.
    XCTAssertEqual(pack.level("senior")?.requirements.map(\.minimum), [2, 2])
    XCTAssertEqual(pack.skill("python")?.anchors, ["Never.", "With help.", "Alone."])
    XCTAssertEqual(pack.ratingText(1, ofSkill: "python"), "Writes (2)")
    XCTAssertEqual(pack.ratingText(2, ofSkill: "go"), "Designs (3)")
    XCTAssertEqual(pack.ratingText(0), "Not yet (1)")
    // Go has no anchors of its own and its area none: the levels' criteria for the area stand
    // in, each at the step the level asks there; the lowest step no level describes.
    XCTAssertEqual(
      pack.anchors(of: try XCTUnwrap(pack.skill("go"))),
      ["", "As at Junior: Writes small changes with review.", "As at Senior: Designs services."])
  }

  func testRequirementKindsAndWordsOnlyLevelsLoad() throws {
    let folder = try PackFixture.write(Self.threeStepFiles())
    defer { try? FileManager.default.removeItem(at: folder) }
    let pack = try PackLoader.load(from: folder)
    let junior = try XCTUnwrap(pack.level("junior")?.requirements.first)
    XCTAssertEqual(junior.atLeast, 2)
    let senior = try XCTUnwrap(pack.level("senior")?.requirements)
    XCTAssertEqual(senior.map(\.isCentral), [true, false])
    XCTAssertEqual(pack.level("senior")?.criteria.first?.expectations.count, 2)
    XCTAssertEqual(pack.level("principal")?.isPlaceable, false)
    XCTAssertTrue(pack.has(.placement))
    XCTAssertFalse(pack.hasWeights)
  }

  func testPlacementReadsAtLeastKMustHavesAndSkipsWordsOnlyLevels() throws {
    let folder = try PackFixture.write(Self.threeStepFiles())
    defer { try? FileManager.default.removeItem(at: folder) }
    let pack = try PackLoader.load(from: folder)
    func placed(_ ratings: [String: Rating]) -> String? {
      Placement.ladder(pack: pack, profile: Profile(ratings: ratings))?.level
    }
    // Junior asks both languages at "Sometimes" (1): one strong language is not enough.
    XCTAssertNil(placed(["python": 2, "go": 0]))
    XCTAssertEqual(placed(["python": 1, "go": 1]), "junior")
    // Senior's Python is a must-have: Go alone at the top cannot carry it.
    XCTAssertEqual(placed(["python": 1, "go": 2]), "junior")
    XCTAssertEqual(placed(["python": 2, "go": 2]), "senior")
    // The principal level asks for no ratings: nobody is placed on it, however strong.
    let track = try XCTUnwrap(Placement.ladder(pack: pack, profile: Profile()))
    XCTAssertEqual(track.fits.map(\.level), ["junior", "senior"])
  }

  func testEachMistakeIsOneErrorAtItsPlace() throws {
    func lint(_ file: String, _ old: String, _ new: String) throws -> [String] {
      var files = Self.threeStepFiles()
      let text = try XCTUnwrap(files[file])
      XCTAssertTrue(text.contains(old), old)
      files[file] = text.replacingOccurrences(of: old, with: new)
      return try PackFixture.lint(files)
    }
    XCTAssertEqual(
      try lint(
        "levels.yaml", "      - skill: go\n        min: 3\n", "      - skill: go\n        min: 4\n"),
      [
        "pack/levels.yaml:24:14: error: 'min' should be a rating from 1 to 3, not '4', the steps "
          + "of the scale in skills.yaml"
      ])
    XCTAssertEqual(
      try lint(
        "skills.yaml", "{1: Never., 2: With help., 3: Alone.}",
        "{0: Never., 1: With help., 2: Alone.}"),
      [
        "pack/skills.yaml:18:14: error: 'anchors' lacks rating 3: it needs exactly the ratings 1 to 3",
        "pack/skills.yaml:18:15: error: anchor key '0' is not a rating from 1 to 3",
      ])
    XCTAssertEqual(
      try lint("skills.yaml", "steps: [Learns, Writes, Leads]", "steps: [Learns, Leads]"),
      [
        "pack/skills.yaml:12:12: error: 'steps' names 2 steps but the scale has 3; name each "
          + "step once, lowest first"
      ])
    XCTAssertEqual(
      try lint("skills.yaml", "  first: 1\n", "  first: 2\n"),
      ["pack/skills.yaml:2:10: error: 'first' should be 0 or 1, the number of the lowest step"])
    XCTAssertEqual(
      try lint("levels.yaml", "        at_least: 2\n", "        at_least: 3\n"),
      [
        "pack/levels.yaml:10:19: error: 'at_least' should be a whole number from 1 to 2, the "
          + "size of the one_of group"
      ])
    XCTAssertEqual(
      try lint("levels.yaml", "        must_have: true\n", "        must_have: yes\n"),
      ["pack/levels.yaml:22:20: error: 'must_have' should be true or false, not 'yes'"])
    XCTAssertEqual(
      try lint("levels.yaml", "      code: Writes small", "      cod: Writes small"),
      ["pack/levels.yaml:7:7: error: unknown category 'cod'"])
  }

  func testTheShippedPackAndItsOwnScaleAreUnchanged() throws {
    let pack = try PackLoader.shipped()
    XCTAssertEqual(pack.scale, RatingScale.standard)
    XCTAssertEqual(pack.ratingText(3), "Proficient (3)")
    XCTAssertTrue(pack.hasWeights)
    XCTAssertTrue(pack.levels.allSatisfy(\.isPlaceable))
  }

  func testTheExamplePacksLintClean() throws {
    let examples = ExamplePacks.folder
    let names = try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted()
    XCTAssertFalse(names.isEmpty)
    for name in names {
      let folder = examples.appendingPathComponent(name)
      let result = try PackLoader.check(folder, displayPath: name)
      XCTAssertEqual(result.diagnostics.map(\.description), [], name)
      XCTAssertEqual(result.warnings.map(\.description), [], name)
      for file in ["LICENSE", "NOTICE"] {
        XCTAssertTrue(
          FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path),
          "\(name) names its licence and source in \(file)")
      }
    }
  }
}

/// A layer on a pack with its own scale rates on that scale, and may not bring another.
final class LayerScaleTests: XCTestCase {
  func testALayerReadsItsRatingsOnTheBasePacksScale() throws {
    let base = try PackFixture.write(PackScaleFormatTests.threeStepFiles())
    defer { try? FileManager.default.removeItem(at: base) }
    let layer = try PackFixture.write([
      "role.yaml": "sources:\n  - id: team\n    title: Our team\n",
      "skills.yaml": """
      categories:
        - id: people
          name: People
          description: Working with others.
      skills:
        - id: mentoring
          name: Mentoring
          category: people
          description: Helping others grow.
          anchors: {1: Not yet., 2: Now and then., 3: Every week.}

      """,
      "levels.yaml": """
      levels:
        - id: staff
          name: Staff
          overview: Grows others.
          source: team
          requirements:
            - skill: mentoring
              min: 3
      tracks:
        - id: team-track
          name: Team track
          source: team
          levels: [staff]

      """,
    ])
    defer { try? FileManager.default.removeItem(at: layer) }
    let result = try PackLoader.check(layers: [base, layer])
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    XCTAssertEqual(result.pack.scale.numbers, "1-3")
    XCTAssertEqual(result.pack.level("staff")?.requirements.first?.minimum, 2)

    let scaled = try PackFixture.write([
      "role.yaml": "sources:\n  - id: team\n    title: Our team\n",
      "skills.yaml": "scale:\n  steps: 4\ncategories: []\nskills: []\n",
    ])
    defer { try? FileManager.default.removeItem(at: scaled) }
    let refused = try PackLoader.check(layers: [base, scaled]).diagnostics.map(\.message)
    XCTAssertTrue(
      refused.contains("a layer rates on the scale of the pack below it; remove 'scale'"),
      "\(refused)")
  }
}
