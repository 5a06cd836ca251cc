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

  /// A pack in a format newer than this app reads: lint and every command refuse it with the
  /// one error at the field, whatever else the newer format holds.
  func testAPackInANewerFormatIsRefusedWithOneError() throws {
    let pack = folder.appendingPathComponent("newer").path
    XCTAssertEqual(try run("content", "new", pack).status, 0)
    let role = pack + "/role.yaml"
    let text = try String(contentsOfFile: role, encoding: .utf8)
    try text.replacingOccurrences(of: "\nformat: 2 ", with: "\nformat: 3 ")
      .appending("axes: [impact]\n")
      .write(toFile: role, atomically: true, encoding: .utf8)
    let line = try XCTUnwrap(
      text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("format: 2") })
    let error =
      "\(role):\(line + 1):9: error: this pack is format 3; this career-coach reads formats 1 "
      + "and 2; update career-coach\n"
    let lint = try run("content", "lint", "--content", pack)
    XCTAssertEqual(lint.status, 1)
    XCTAssertEqual(lint.out, error)
    let path = try run("path", "--content", pack)
    XCTAssertEqual(path.status, 1)
    XCTAssertEqual(
      path.err,
      error + "career-coach: the content pack has 1 error; run `career-coach content lint` to "
        + "see it.\n")
  }
}
