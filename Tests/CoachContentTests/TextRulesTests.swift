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
