import Foundation
import XCTest

@testable import CoachContent

/// The event composer builds the same tree as Yams wherever it answers, and leaves to Yams
/// every file Yams would read differently or reject.
final class EventComposerTests: XCTestCase {
  func testShippedFilesComposeAsYamsComposesThem() throws {
    let folder = try PackLoader.shippedFolder()
    for name in PackLoader.fileNames {
      let data = try Data(contentsOf: folder.appendingPathComponent(name))
      try assertSameTree(data, name)
    }
  }

  func testEveryKindOfScalarAndCollection() throws {
    let text = """
      %YAML 1.1
      ---
      # a comment
      plain: text with "quotes" and 'apostrophes'
      single: 'it''s'
      double: "tab\\there \\u00e9 \\x41 \\0 end"
      literal: |
        line one
          indented

      folded: >-
        folded
        text
      flow: [a, "b", {c: d}, []]
      empty:
      tilde: ~
      nested:
        - - deep
          - list
        - key: value
          other: [1, 2]
        -
      unicode: "café ünïcödé 日本 👩‍💻"
      multi line plain: this
        continues
      "quoted key": 1
      ? explicit key
      : explicit value
      control: "\\e[31m"
      ...

      """
    try assertSameTree(Data(text.utf8), "sampler")
  }

  func testByteOrderMarkAndWindowsLineEnds() throws {
    try assertSameTree(Data("\u{FEFF}a: [x]\n".utf8), "byte order mark")
    try assertSameTree(Data("a: 1\r\nb:\r\n  - x\r\n  - 'y'\r\n".utf8), "Windows line ends")
  }

  func testALargeMappingWithDistinctKeys() throws {
    let text = (0..<100).map { "key\($0): \($0)" }.joined(separator: "\n")
    try assertSameTree(Data(text.utf8), "large mapping")
  }

  func testLeavesToYamsWhatYamsTreatsSpecially() {
    let large = (0..<100).map { "key\($0): \($0)" }.joined(separator: "\n")
    let cases = [
      "anchor and alias": "a: &x 1\nb: *x\n",
      "explicit tag": "a: !!str 5\n",
      "non-specific tag": "a: ! 5\n",
      "duplicate key": "a: 1\nb: 2\na: 3\n",
      "duplicate key in a large mapping": large + "\nkey50: again\n",
      "quoted duplicate of a plain key": "a: 1\n'a': 2\n",
      "a list as key": "? [a, b]\n: c\n",
      "two documents": "a: 1\n---\nb: 2\n",
      "empty": "",
      "comment only": "# nothing\n",
      "syntax error": "a: b: c\n",
      "unclosed quote": "a: 'open\n",
      "control character": "a: b\u{1B}c\n",
      "byte order mark inside a scalar": "a: \"\\uFEFFb\"\n",
    ]
    for (name, text) in cases {
      XCTAssertNil(compose(Data(text.utf8)), name)
    }
    XCTAssertNil(compose(Data([0x61, 0x3A, 0x20, 0xFF, 0x0A])), "invalid UTF-8")
  }

  func testAFileWithAnchorsIsStillReadByYams() throws {
    let errors = try PackFixture.lint(
      "role.yaml", replacing: "title: Test Role\nsummary: A role for tests.",
      with: "title: &title Test Role\nsummary: *title")
    XCTAssertEqual(errors, [])
  }

  // MARK: Helpers

  private func compose(_ data: Data) -> YAMLNode? {
    data.withUnsafeBytes { EventComposer.compose($0) }
  }

  private func assertSameTree(
    _ data: Data, _ name: String, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    guard let fast = compose(data) else {
      return XCTFail("\(name): the event composer left it to Yams", file: file, line: line)
    }
    let yams = try YAMLFile.composedByYams(String(decoding: data, as: UTF8.self))
    XCTAssertEqual(fast.dumped, yams?.dumped, name, file: file, line: line)
  }
}
