import CoachContent
import CoachCore
import Foundation
import XCTest

/// The example pack `content new` writes: the three files a pack needs, clean as written.
final class PackScaffoldTests: XCTestCase {
  func testTheScaffoldLoadsWithNoErrorAndNoWarning() throws {
    let files = Dictionary(uniqueKeysWithValues: PackScaffold.files.map { ($0.name, $0.text) })
    XCTAssertEqual(Set(files.keys), ["role.yaml", "skills.yaml", "levels.yaml"])
    let folder = try PackFixture.write(files)
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try PackLoader.check(folder, displayPath: "pack")
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    XCTAssertEqual(result.warnings.map(\.description), [])
    XCTAssertEqual(result.pack.role.title, "Example role")
    XCTAssertEqual(result.pack.skills.map(\.id), ["planning", "testing", "code-review"])
    XCTAssertEqual(result.pack.tracks.map(\.levels), [["starter", "experienced"]])
  }

  /// Every field the scaffold writes is explained: each key of a file (but the ratings of
  /// anchors) carries a comment the first time it appears.
  func testEveryFieldIsExplainedWhereItFirstAppears() {
    let ratings: Set<String> = ["0", "1", "2", "3", "4"]
    for file in PackScaffold.files {
      var seen = Set<String>()
      for line in file.text.split(separator: "\n") {
        let trimmed = line.drop { $0 == " " || $0 == "-" }
        guard !trimmed.hasPrefix("#"), let colon = trimmed.firstIndex(of: ":") else { continue }
        let key = String(trimmed[..<colon])
        guard !ratings.contains(key), seen.insert(key).inserted else { continue }
        XCTAssertTrue(
          line.contains("#"), "\(file.name): '\(key)' has no comment where it first appears")
      }
    }
  }

  func testEveryFileSaysWhatItHolds() {
    for file in PackScaffold.files {
      XCTAssertFalse(PackScaffold.purpose(of: file.name).isEmpty, file.name)
      XCTAssertTrue(file.text.hasPrefix("# \(file.name):"), file.name)
    }
  }
}

/// The optional fields the scaffold shows commented out are right as written: uncommented,
/// the pack still loads clean and holds them.
final class PackScaffoldExamplesTests: XCTestCase {
  /// `text` with the `count` lines from the one holding `marker` uncommented: the first `# `
  /// of each removed, so the line keeps its indentation.
  private func uncomment(_ text: String, from marker: String, count: Int) throws -> String {
    var lines = text.components(separatedBy: "\n")
    let start = try XCTUnwrap(lines.firstIndex { $0.contains(marker) }, marker)
    for index in start..<(start + count) {
      let range = try XCTUnwrap(lines[index].range(of: "# "), lines[index])
      lines[index].removeSubrange(range)
    }
    return lines.joined(separator: "\n")
  }

  func testTheCommentedOutFieldsLoadWhenUncommented() throws {
    var files = Dictionary(uniqueKeysWithValues: PackScaffold.files.map { ($0.name, $0.text) })
    var skills = try XCTUnwrap(files["skills.yaml"])
    skills = try uncomment(skills, from: "# scale:", count: 8)
    skills = try uncomment(skills, from: "# steps: [Follows", count: 1)
    files["skills.yaml"] = skills
    var levels = try XCTUnwrap(files["levels.yaml"])
    levels = try uncomment(levels, from: "# criteria:", count: 3)
    levels = levels.replacingOccurrences(
      of: "      - skill: testing\n        min: 3\n      - skill: code-review\n        min: 3\n",
      with: "")
    levels = try uncomment(levels, from: "# - one_of:", count: 4)
    levels = try uncomment(levels, from: "# - id: lead", count: 3)
    levels = levels.replacingOccurrences(
      of: "levels: [starter, experienced]", with: "levels: [starter, experienced, lead]")
    files["levels.yaml"] = levels
    let folder = try PackFixture.write(files)
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try PackLoader.check(folder, displayPath: "pack")
    XCTAssertEqual(result.diagnostics.map(\.description), [], skills + levels)
    let pack = result.pack
    XCTAssertEqual(
      pack.scale.steps.map(\.name), ["Not yet", "Learning", "Doing", "Owning", "Leading"])
    XCTAssertEqual(pack.scale.first, 0)
    XCTAssertEqual(
      pack.category("delivery")?.stepNames, ["Follows", "Contributes", "Drives", "Owns", "Shapes"])
    XCTAssertEqual(pack.level("starter")?.criteria.map(\.area), ["delivery", "collaboration"])
    XCTAssertEqual(pack.level("lead")?.isPlaceable, false)
    let choice = try XCTUnwrap(pack.level("experienced")?.requirements.last)
    XCTAssertEqual(choice.skills, ["testing", "code-review"])
    XCTAssertEqual(choice.atLeast, 2)
    XCTAssertEqual(pack.level("experienced")?.requirements.first?.mustHave, true)
  }

  func testTheScaffoldAndAnImportedMatrixDeclareTheCurrentFormat() throws {
    XCTAssertTrue(PackScaffold.files[0].text.contains("\nformat: 2 "))
    let matrix = try SkillsMatrix.read(
      Data("skill,category,Junior\nGo,Languages,2\n".utf8), path: "m.csv")
    let role = MatrixPack.files(of: matrix, source: "m.csv")[0]
    XCTAssertTrue(role.text.contains("\nformat: 2\n"), role.text)
    XCTAssertEqual(PackFormat.current, 2)
  }
}
