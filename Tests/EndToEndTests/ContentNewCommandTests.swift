import Foundation
import XCTest

/// `career-coach content new`: an example pack written into a new folder lints clean and
/// opens; a folder that holds anything is refused.
final class ContentNewCommandTests: CommandLineTestCase {
  func testWritesAPackThatLintsCleanAndSaysWhatToRunNext() throws {
    let pack = folder.appendingPathComponent("packs/our team").path
    let made = try run("content", "new", pack)
    XCTAssertEqual(made.status, 0, made.err)
    XCTAssertEqual(made.err, "")
    let lines = made.out.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.first, "Wrote an example pack to \(pack):")
    for name in ["role.yaml", "skills.yaml", "levels.yaml"] {
      XCTAssertTrue(lines.contains { $0.hasPrefix("  \(name) ") }, made.out)
      XCTAssertTrue(FileManager.default.fileExists(atPath: pack + "/" + name), name)
    }
    XCTAssertEqual(lines.last, "  career-coach content lint --content '\(pack)'")
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: pack).sorted(),
      ["levels.yaml", "role.yaml", "skills.yaml"])

    let lint = try run("content", "lint", "--content", pack)
    XCTAssertEqual(lint.status, 0, lint.out + lint.err)
    XCTAssertTrue(
      lint.out.hasPrefix("example-role: ok (2 categories, 3 skills, 2 levels"), lint.out)
    let path = try run("path", "--content", pack)
    XCTAssertEqual(path.status, 0, path.err)
    XCTAssertTrue(path.out.contains("Example ladder"), path.out)
  }

  func testAnEmptyFolderIsUsedAndAFolderHoldingAnythingIsRefused() throws {
    let empty = folder.appendingPathComponent("empty").path
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
    XCTAssertEqual(try run("content", "new", empty).status, 0)

    let refused = try run("content", "new", empty)
    XCTAssertEqual(refused.status, 1)
    XCTAssertEqual(refused.out, "")
    XCTAssertEqual(
      refused.err,
      "career-coach: \(empty) already exists and is not empty; name a new or empty folder for "
        + "the pack.\n")

    let notes = try write("notes.txt", "mine\n")
    let file = try run("content", "new", notes)
    XCTAssertEqual(file.status, 1)
    XCTAssertEqual(
      file.err,
      "career-coach: \(notes) is a file, not a folder; name a new or empty folder for the pack.\n")
    XCTAssertEqual(try String(contentsOfFile: notes, encoding: .utf8), "mine\n")
  }
}
