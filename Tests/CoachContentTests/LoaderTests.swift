import CoachContent
import CoachCore
import XCTest

/// The loader's API: results, thrown errors, folder resolution, paths, all errors at once, size.
final class LoaderTests: XCTestCase {
  private var folders: [URL] = []

  override func tearDown() {
    for folder in folders { try? FileManager.default.removeItem(at: folder) }
    folders = []
  }

  private func write(_ files: [String: String]) throws -> URL {
    let folder = try PackFixture.write(files)
    folders.append(folder)
    return folder
  }

  func testLoadsTheMinimalPack() throws {
    let pack = try PackLoader.load(from: write(PackFixture.files()))
    XCTAssertEqual(pack.role.id, "test-role")
    XCTAssertEqual(pack.role.sources.map(\.id), ["000", "own"])
    XCTAssertEqual(pack.categories.first?.anchors.count, 5)
    XCTAssertEqual(pack.skills.map(\.id), ["python", "go"])
    XCTAssertEqual(pack.skill("go")?.anchors[4], "Teaches it.")
    XCTAssertEqual(pack.skill("python")?.hoursPerStep, 30)
    let junior = try XCTUnwrap(pack.level("junior"))
    XCTAssertEqual(
      junior.requirements,
      [Requirement(skills: ["python", "go"], label: "A language", minimum: 2, weight: 3)])
    XCTAssertEqual(junior.typicalYears, [SourcedText(text: "1-3", source: "000")])
    XCTAssertEqual(pack.level("senior")?.responsibilities, ["Lead the team."])
    XCTAssertEqual(pack.tracks.first?.levels, ["junior", "senior"])
    XCTAssertEqual(pack.salaries.first?.min, 300_000)
    XCTAssertEqual(pack.salaries.first?.level, "junior")
    XCTAssertEqual(pack.tips.first?.category, .cv)
    XCTAssertEqual(pack.questions.first?.kind, .technical)
    XCTAssertEqual(pack.questions.first?.keyPoints.count, 3)
    XCTAssertEqual(pack.cvChecks.first?.patterns, [#"\d+\s*%"#])
    XCTAssertEqual(pack.cvMistakes.first?.keywords, ["responsible for"])
  }

  func testLoadThrowsEveryDiagnostic() throws {
    var files = PackFixture.files()
    files["role.yaml"] = nil
    let folder = try write(files)
    XCTAssertThrowsError(try PackLoader.load(from: folder)) { error in
      guard case .invalid(let diagnostics)? = error as? PackError else {
        return XCTFail("expected .invalid, got \(error)")
      }
      XCTAssertEqual(diagnostics.map(\.message), ["file is missing"])
      XCTAssertEqual(diagnostics.first?.path, folder.path + "/role.yaml")
    }
  }

  func testAllErrorsAtOnceSortedByFileLineColumn() throws {
    var files = PackFixture.files()
    func breaking(_ file: String, _ old: String, _ new: String) {
      files[file] = files[file]!.replacingOccurrences(of: old, with: new)
    }
    breaking("tips.yaml", "title: Use numbers", "title: [Use]")
    breaking("skills.yaml", "hours_per_step: 40", "hours_per_step: 0")
    breaking("skills.yaml", "    name: Code\n", "")
    breaking("levels.yaml", "- skill: python", "- skill: pyhton")
    breaking("questions.yaml", "kind: technical", "kind: trivia")
    breaking("role.yaml", "id: test-role", "id: Test Role")
    XCTAssertEqual(
      try PackFixture.lint(files),
      [
        "pack/levels.yaml:20:16: error: unknown skill 'pyhton'",
        "pack/questions.yaml:4:11: error: 'kind' should be one of technical, system-design, behavioural, not 'trivia'",
        "pack/role.yaml:1:5: error: invalid id 'Test Role': use lower-case letters, digits and single hyphens, as in 'query-optimisation'",
        "pack/skills.yaml:2:5: error: missing field 'name'",
        "pack/skills.yaml:26:21: error: 'hours_per_step' should be greater than 0, not 0",
        "pack/tips.yaml:4:12: error: 'title' should be text, not a list",
      ])
  }

  func testDiagnosticDescription() {
    let diagnostic = Diagnostic(path: "pack/skills.yaml", line: 3, column: 7, message: "oops")
    XCTAssertEqual(diagnostic.description, "pack/skills.yaml:3:7: error: oops")
  }

  func testPathsAreShownAsTheFolderWasGiven() throws {
    let folder = try write(PackFixture.files().filter { $0.key != "role.yaml" })
    let relative = URL(
      fileURLWithPath: folder.lastPathComponent,
      relativeTo: folder.deletingLastPathComponent())
    let result = try PackLoader.check(relative)
    XCTAssertEqual(
      result.diagnostics.map(\.description),
      ["\(folder.lastPathComponent)/role.yaml:1:1: error: file is missing"])
  }

  func testMissingFolderIsUnreadable() {
    let missing = URL(fileURLWithPath: "/nonexistent/coach-pack")
    XCTAssertThrowsError(try PackLoader.check(missing)) { error in
      XCTAssertEqual(
        error as? PackError,
        .unreadableFolder(path: "/nonexistent/coach-pack", reason: "no such folder"))
      XCTAssertEqual(
        (error as? PackError)?.description,
        "cannot read the content folder /nonexistent/coach-pack: no such folder")
    }
  }

  func testFileInsteadOfFolderIsUnreadable() throws {
    let folder = try write(PackFixture.files())
    let file = folder.appendingPathComponent("role.yaml")
    XCTAssertThrowsError(try PackLoader.check(file)) { error in
      XCTAssertEqual(
        error as? PackError, .unreadableFolder(path: file.path, reason: "it is not a folder"))
    }
  }

  func testFolderWithoutAnyPackFileIsUnreadable() throws {
    let folder = try write(["notes.txt": "hello"])
    XCTAssertThrowsError(try PackLoader.check(folder)) { error in
      guard case .unreadableFolder(_, let reason)? = error as? PackError else {
        return XCTFail("expected .unreadableFolder, got \(error)")
      }
      XCTAssertTrue(reason.hasPrefix("it holds none of a pack's files"), reason)
    }
  }

  func testContentFolderPrefersTheFlagThenTheEnvironmentThenTheShippedPack() throws {
    let environment = ["CAREER_COACH_CONTENT": "/from/env"]
    XCTAssertEqual(
      try PackLoader.contentFolder(explicit: "/from/flag", environment: environment).path,
      "/from/flag")
    XCTAssertEqual(
      try PackLoader.contentFolder(explicit: nil, environment: environment).path, "/from/env")
    XCTAssertEqual(
      try PackLoader.contentFolder(explicit: nil, environment: ["CAREER_COACH_CONTENT": ""]),
      try PackLoader.shippedFolder())
    XCTAssertEqual(
      try PackLoader.contentFolder(explicit: "packs/mine", environment: [:]).relativePath,
      "packs/mine")
  }

  func testAPackAHundredTimesLargerLoadsWithoutErrors() throws {
    let suffixes = (0..<100).map { "-\($0)" }
    let folder = try write(PackFixture.files(suffixes: suffixes))
    let result = try PackLoader.check(folder)
    XCTAssertEqual(result.diagnostics, [])
    XCTAssertEqual(result.pack.skills.count, 200)
    XCTAssertEqual(result.pack.levels.count, 200)
    XCTAssertEqual(result.pack.questions.count, 100)
    XCTAssertEqual(result.pack.cvMistakes.count, 100)
    XCTAssertEqual(result.pack.level("senior-42")?.requirements.first?.skills, ["python-42"])
  }
}
