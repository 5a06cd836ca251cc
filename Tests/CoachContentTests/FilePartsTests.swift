import Foundation
import XCTest

@testable import CoachContent

/// Large files are parsed in parts cut between the entries of their last list; the parts join
/// into the tree of the whole file, and a cut that does not fit leaves the file to be read whole.
final class FilePartsTests: XCTestCase {
  func testShippedFilesJoinIntoTheTreeOfTheWholeFile() throws {
    let folder = try PackLoader.shippedFolder()
    for name in PackLoader.fileNames {
      let data = try Data(contentsOf: folder.appendingPathComponent(name))
      let parts = data.withUnsafeBytes { FileParts.parts(of: $0, size: 4096) }
      // The last lists of levels.yaml and salaries.yaml are short; synonyms.yaml has no list.
      let cut = !["levels.yaml", "salaries.yaml", "synonyms.yaml"].contains(name)
      XCTAssertEqual(parts.count > 1, cut, name)
      for part in parts.dropFirst() {
        XCTAssertTrue(data[part.range].starts(with: Data("  - ".utf8)), name)
      }
      XCTAssertEqual(joined(data, parts)?.dumped, whole(data)?.dumped, name)
    }
  }

  func testPartsStartOnlyInTheLastTopLevelList() {
    let checks = (0..<100).map { "  - id: check-\($0)\n" }.joined()
    let mistakes = (0..<100).map { "  - id: mistake-\($0)\n" }.joined()
    let data = Data(("checks:\n" + checks + "mistakes:\n" + mistakes).utf8)
    let parts = data.withUnsafeBytes { FileParts.parts(of: $0, size: 200) }
    let mistakesStart = data.range(of: Data("mistakes:".utf8))!.lowerBound
    XCTAssertGreaterThan(parts.count, 2)
    XCTAssertEqual(parts.first?.range.lowerBound, 0)
    XCTAssertGreaterThan(parts[1].range.lowerBound, mistakesStart)
    XCTAssertEqual(joined(data, parts)?.dumped, whole(data)?.dumped)
  }

  func testACutInsideAQuotedTextLeavesTheFileWhole() {
    // Each text runs over two lines, the second starting like a list entry.
    let entries = (0..<100).map { "  - text: \"line \($0)\n  - same text\"\n" }.joined()
    let data = Data(("items:\n" + entries).utf8)
    // Six entries take 204 bytes, so the first cut falls on a text's second line.
    let parts = data.withUnsafeBytes { FileParts.parts(of: $0, size: 210) }
    XCTAssertGreaterThan(parts.count, 1)
    XCTAssertTrue(data[parts[1].range].starts(with: Data("  - same text".utf8)))
    XCTAssertNil(joined(data, parts)?.dumped)
    XCTAssertNotNil(whole(data))
  }

  func testAFileWhosePartsDoNotJoinIsComposedWhole() throws {
    // 37-byte entries: the first cut after 64 KiB falls on a text's second line.
    let entries = (0..<4000).map {
      "  - text: \"line \(String(100000 + $0).dropFirst())\n  - same text\"\n"
    }
    let data = Data(("items:\n" + entries.joined()).utf8)
    let parts = data.withUnsafeBytes { FileParts.parts(of: $0, size: SourceFile.partSize) }
    XCTAssertTrue(data[parts[1].range].starts(with: Data("  - same text".utf8)))
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "coach-parts-\(UUID().uuidString).yaml")
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let source = SourceFile.composeAll([SourceFile(url: url)])[0]
    XCTAssertEqual(source.composed()?.dumped, whole(data)?.dumped)
  }

  /// libyaml counts a lone CR, NEL, LS and PS as line breaks, inside quoted text too; a file
  /// holding one is not cut, so its later lines keep their numbers. CRLF is one break.
  func testOtherLineBreaksKeepTheFileWhole() {
    let entries = (0..<100).map { "  - text: entry \($0)\n" }.joined()
    for odd in ["\r", "\u{85}", "\u{2028}", "\u{2029}"] {
      let data = Data(("items:\n  - text: \"a\(odd)b\"\n" + entries).utf8)
      let parts = data.withUnsafeBytes { FileParts.parts(of: $0, size: 200) }
      XCTAssertEqual(parts.count, 1, odd.debugDescription)
    }
    let crlf = Data(("items:\r\n" + entries.replacingOccurrences(of: "\n", with: "\r\n")).utf8)
    let parts = crlf.withUnsafeBytes { FileParts.parts(of: $0, size: 200) }
    XCTAssertGreaterThan(parts.count, 1)
    XCTAssertEqual(joined(crlf, parts)?.dumped, whole(crlf)?.dumped)
  }

  func testASmallFileIsOnePart() {
    let data = Data("items:\n  - a\n  - b\n".utf8)
    let parts = data.withUnsafeBytes { FileParts.parts(of: $0, size: 4096) }
    XCTAssertEqual(parts.map(\.range), [0..<data.count])
  }

  func testErrorsFarDownALargeFileHaveTheirPlaces() throws {
    var files = PackFixture.files(suffixes: (0..<1000).map { "-\($0)" })
    let questions = try XCTUnwrap(files["questions.yaml"])
    XCTAssertGreaterThan(questions.utf8.count, 3 * SourceFile.partSize)
    /// The line and column where `text` first starts.
    func place(of text: String) -> (line: Int, column: Int) {
      let before = questions[..<questions.range(of: text)!.lowerBound]
      let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
      return (lines.count, lines.last!.count + 1)
    }
    let unknown = place(of: "junior-907\n")
    let duplicate = place(of: "rest-design-951\n")
    let first = place(of: "rest-design-3\n")
    files["questions.yaml"] =
      questions
      .replacingOccurrences(of: "level: junior-907\n", with: "level: nobody\n")
      .replacingOccurrences(of: "id: rest-design-951\n", with: "id: rest-design-3\n")
    XCTAssertEqual(
      try PackFixture.lint(files),
      [
        "pack/questions.yaml:\(unknown.line):\(unknown.column): error: unknown level 'nobody'",
        "pack/questions.yaml:\(duplicate.line):\(duplicate.column): error: duplicate question id"
          + " 'rest-design-3' (first defined at line \(first.line))",
      ])
  }

  // MARK: Helpers

  /// What the loader reads: each part composed on its own, the trees joined.
  private func joined(_ data: Data, _ parts: [FileParts.Part]) -> YAMLNode? {
    let trees = parts.map { part in
      data.withUnsafeBytes { bytes in
        EventComposer.compose(
          UnsafeRawBufferPointer(rebasing: bytes[part.range]), lineOffset: part.lineOffset)
      }
    }
    return FileParts.join(trees)
  }

  private func whole(_ data: Data) -> YAMLNode? {
    data.withUnsafeBytes { EventComposer.compose($0) }
  }
}
