import CoachContent
import CoachCore
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
