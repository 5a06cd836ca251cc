import TestSupport
import XCTest

@testable import CoachTUI

/// Wrapping reads each character once: a megabyte-long word wraps like a megabyte of words,
/// and the lines are those of the plain word-by-word rule.
final class TextWrapTests: XCTestCase {
  func testAWordLongerThanALineIsCutIntoFullLines() {
    XCTAssertEqual(
      TextWrap.lines("ab abcdefghij cd", width: 4), ["ab", "abcd", "efgh", "ij", "cd"])
    XCTAssertEqual(TextWrap.lines("日本語日本語", width: 5), ["日本", "語日", "本語"])
    XCTAssertEqual(TextWrap.lines("日", width: 1), ["日"], "a character wider than the line")
    XCTAssertEqual(TextWrap.lines("  a   b  ", width: 10), ["a b"])
    XCTAssertEqual(TextWrap.lines("one\r\ntwo", width: 10), ["one", "two"], "a Windows line end")
  }

  func testAMegabyteWordWrapsIntoWholeLines() {
    let width = 77
    let word = String(repeating: "x", count: 1 << 20)
    let lines = TextWrap.lines(word, width: width)
    XCTAssertEqual(lines.count, (word.count + width - 1) / width)
    XCTAssertTrue(lines.dropLast().allSatisfy { $0.count == width })
    XCTAssertEqual(lines.reduce(0) { $0 + $1.count }, word.count)
  }

  /// The same lines as the word-by-word rule, on random text of words of every length,
  /// wide characters and combining marks included.
  func testMatchesTheWordByWordRuleOnRandomText() {
    var random = SeededGenerator(seed: 12)
    let wide: [Character] = ["a", "b", "日", "é", "e\u{301}", "😀", " ", " ", "\n"]
    // All-ASCII text takes a faster path of its own; both must follow the rule.
    let ascii: [Character] = ["a", "b", "c", " ", " ", "\n", "\t", "\u{1b}"]
    for round in 0..<4_000 {
      let alphabet = round % 2 == 0 ? wide : ascii
      let length = Int.random(in: 0..<60, using: &random)
      let text = String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
      let width = Int.random(in: 1..<14, using: &random)
      XCTAssertEqual(
        TextWrap.lines(text, width: width),
        Self.reference(text.sanitisedForTerminal, width: width),
        "\(text.debugDescription) at \(width)")
    }
  }

  /// The rule spelled out plainly, word by word; slow on long words, which is why the app
  /// does not use it.
  private static func reference(_ text: String, width: Int) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
      var lines: [String] = []
      var line = ""
      for word in paragraph.split(separator: " ") {
        var piece = String(word)
        let joined = line.isEmpty ? piece : line + " " + piece
        if !line.isEmpty && DisplayWidth.of(joined) <= width {
          line = joined
          continue
        }
        if !line.isEmpty { lines.append(line) }
        // A single character wider than the line stays whole, on a line of its own.
        while DisplayWidth.of(piece) > width && piece.count > 1 {
          var head = ""
          for character in piece {
            if !head.isEmpty && DisplayWidth.of(head + String(character)) > width { break }
            head.append(character)
          }
          lines.append(head)
          piece.removeFirst(head.count)
        }
        line = piece
      }
      lines.append(line)
      return lines
    }
  }
}

/// Pack prose keeps its paragraphs and list items, not the line ends of its file.
final class ReflowTests: XCTestCase {
  func testLinesOfAParagraphJoinAndBlankLinesStayBreaks() {
    XCTAssertEqual(
      TextWrap.reflowed("Backend work keeps\nthe product running.\n\nIt covers\nmany tools.\n"),
      "Backend work keeps the product running.\n\nIt covers many tools.")
  }

  func testListItemsKeepTheirOwnLines() {
    XCTAssertEqual(
      TextWrap.reflowed("A day:\n- standup at nine\n  with the team\n2. code review\n* deploy"),
      "A day:\n- standup at nine with the team\n2. code review\n* deploy")
  }

  func testTextWithoutLineEndsIsUnchanged() {
    XCTAssertEqual(TextWrap.reflowed("One line only."), "One line only.")
    XCTAssertEqual(TextWrap.reflowed(""), "")
  }
}
