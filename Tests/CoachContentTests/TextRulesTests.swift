import XCTest

@testable import CoachContent

/// The byte-level text checks agree with the rules stated on Unicode scalars, wherever in the
/// text the character falls.
final class TextRulesTests: XCTestCase {
  func testControlCharactersAreFoundAtEveryPosition() {
    let controls: [Unicode.Scalar] = [
      "\u{0}", "\u{9}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}",
    ]
    let allowed: [Unicode.Scalar] = ["\n", " ", "~", "\u{A0}", "\u{C2}", "é", "\u{2028}", "日", "👩"]
    for length in [0, 1, 7, 8, 9, 15, 16, 17, 30] {
      for position in 0...length {
        for scalar in controls + allowed {
          var text = String(repeating: "a", count: length)
          text.insert(Character(scalar), at: text.index(text.startIndex, offsetBy: position))
          let expected = controls.contains(scalar) ? scalar : nil
          XCTAssertEqual(
            TextRules.firstControlCharacter(in: text), expected,
            "U+\(String(scalar.value, radix: 16)) at \(position) of \(length)")
        }
      }
    }
    XCTAssertEqual(TextRules.firstControlCharacter(in: "é\u{85}x\u{1B}"), "\u{85}")
    XCTAssertEqual(TextRules.firstControlCharacter(in: "Â\u{9F}"), "\u{9F}")
  }

  func testBlankText() {
    XCTAssertTrue(TextRules.isBlank(""))
    XCTAssertTrue(TextRules.isBlank(" \n\t\r "))
    XCTAssertFalse(TextRules.isBlank(" \u{A0} "))
    XCTAssertFalse(TextRules.isBlank("\n.\n"))
  }
}

/// Pack text that no screen could show sensibly is refused with its field and the limit.
final class TextSizeRuleTests: XCTestCase {
  func testATextOverTheLengthLimitIsRefused() throws {
    let long = String(repeating: "word ", count: 4_001)
    let errors = try PackFixture.lint(
      "tips.yaml", replacing: "text: Put numbers on what you built.", with: "text: \(long)")
    XCTAssertEqual(errors.count, 1, "\(errors)")
    XCTAssertTrue(
      errors[0].hasSuffix("error: 'text' is 20004 characters long, over the limit of 20000"),
      errors[0])
  }

  func testAWordOverTheWordLimitIsRefused() throws {
    let word = String(repeating: "x", count: 301)
    let errors = try PackFixture.lint(
      "tips.yaml", replacing: "text: Put numbers on what you built.", with: "text: A \(word) b")
    XCTAssertEqual(errors.count, 1, "\(errors)")
    XCTAssertTrue(
      errors[0].hasSuffix(
        "error: 'text' holds a word of 301 characters with no space, over the limit of 300;"
          + " break it with spaces"), errors[0])
  }

  func testTextAtTheLimitsPasses() {
    XCTAssertNil(TextRules.sizeProblem(of: String(repeating: "日本語 ", count: 5_000)))
    XCTAssertNil(TextRules.sizeProblem(of: String(repeating: "é", count: 300)))
    XCTAssertNotNil(TextRules.sizeProblem(of: String(repeating: "é", count: 301)))
  }
}
