import CoachCore
import XCTest

final class QuotedTextTests: XCTestCase {
  func testControlCharactersAreShownNotSent() {
    XCTAssertEqual(QuotedText.quote("go\nsql"), #""go\nsql""#)
    XCTAssertEqual(
      QuotedText.bounded("unknown market \"\u{1B}[31mred\"; the pack knows dk"),
      #"unknown market "\u{1b}[31mred"; the pack knows dk"#)
    XCTAssertEqual(QuotedText.bounded("a\u{7}b"), #"a\u{7}b"#)
  }

  func testLongValuesAreCutAndTheRestOfTheMessageKept() {
    let long = String(repeating: "a", count: 10_000)
    let message = QuotedText.bounded("unknown market \"\(long)\"; nothing was imported")
    XCTAssertEqual(
      message,
      "unknown market \"" + String(repeating: "a", count: QuotedText.limit - 1)
        + "…\"; nothing was imported")
    XCTAssertEqual(QuotedText.quote(long).count, QuotedText.limit + 2)
  }

  func testShortTextIsUnchanged() {
    let message = "the rating of \"go\" is 7, outside 0-4 (line 2, column 7)."
    XCTAssertEqual(QuotedText.bounded(message), message)
  }
}
