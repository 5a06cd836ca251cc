import XCTest

@testable import CoachTUI

/// What a terminal that is not UTF-8 shows instead of each cell's text.
final class ASCIIFallbackTests: XCTestCase {
  func testPlainLookAlikesAccentsDroppedAndQuestionMarksForTheRest() {
    let shown = ["a", "›", "·", "’", "–", "é", "Ø", "語", "😀", "\u{00A0}"].map(
      ASCIIFallback.text(for:))
    XCTAssertEqual(shown, ["a", ">", "-", "'", "-", "e", "?", "?", "?", " "])
  }

  func testTheHeaderPathReadsOnAnASCIITerminal() {
    let header = "career-coach › Tips › CV".map { ASCIIFallback.text(for: String($0)) }
    XCTAssertEqual(header.joined(), "career-coach > Tips > CV")
  }
}
