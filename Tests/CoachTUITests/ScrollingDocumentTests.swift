import CoachTUI
import XCTest

/// The one scrolling document every long screen uses: its marker has a row of its own, and
/// scrolling reaches every line and no further.
final class ScrollingDocumentTests: XCTestCase {
  private let lines = (1...10).map { DocLine.text("line \($0) of the document") }

  private func drawn(_ document: ScrollingDocument, height: Int) -> [String] {
    var canvas = Canvas(width: 30, height: height)
    canvas.document(
      lines, in: Rect(x: 0, y: 0, width: 30, height: height), scroll: document.offset,
      context: DrawContext())
    return canvas.lines.map { $0.trimmingCharacters(in: .whitespaces) }
  }

  func testTheMarkerTakesTheLastRowInsteadOfCoveringText() {
    let top = drawn(ScrollingDocument(), height: 4)
    XCTAssertEqual(
      top,
      [
        "line 1 of the document", "line 2 of the document",
        "line 3 of the document", "↓ more",
      ])
  }

  func testScrollingReachesTheLastLineAndStopsThere() {
    var document = ScrollingDocument()
    document.apply(.bottom, lines: lines.count, height: 4)
    XCTAssertEqual(document.offset, 7)
    XCTAssertEqual(drawn(document, height: 4).suffix(2), ["line 10 of the document", "↑ more"])
    document.apply(.line(5), lines: lines.count, height: 4)
    XCTAssertEqual(document.offset, 7)
    document.apply(.page(-1), lines: lines.count, height: 4)
    XCTAssertEqual(document.offset, 5)
    XCTAssertEqual(drawn(document, height: 4).last, "↑↓ more")
  }

  func testADocumentThatFitsHasNoMarkerAndDoesNotScroll() {
    var document = ScrollingDocument()
    document.apply(.line(3), lines: lines.count, height: 10)
    XCTAssertEqual(document.offset, 0)
    XCTAssertEqual(drawn(document, height: 10).last, "line 10 of the document")
  }
}
