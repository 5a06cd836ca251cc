import CoachTUI
import XCTest

final class WidgetTests: XCTestCase {
  func testWideCharactersCountTwoCells() {
    XCTAssertEqual(DisplayWidth.of("abc"), 3)
    XCTAssertEqual(DisplayWidth.of("日本語"), 6)
    XCTAssertEqual(DisplayWidth.of("🚀"), 2)
    XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
  }

  func testWrapBreaksAtWordsByDisplayWidth() {
    XCTAssertEqual(TextWrap.lines("the quick brown fox", width: 9), ["the quick", "brown fox"])
    XCTAssertEqual(TextWrap.lines("日本語 日本語", width: 7), ["日本語", "日本語"])
    XCTAssertEqual(TextWrap.lines("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
    XCTAssertEqual(TextWrap.lines("one\n\ntwo", width: 10), ["one", "", "two"])
  }

  func testTheHeaderKeepsTwoBlankColumnsBeforeTheRoleOrDropsIt() {
    // " career-coach › " is 16 columns, "Role " 5: a 29-column header leaves room for a path
    // of 6 columns with two blank columns before the role, and not for one of 7.
    var fits = Canvas(width: 29, height: 1)
    fits.header(
      Rect(x: 0, y: 0, width: 29, height: 1), breadcrumb: "Home>A", note: "Role",
      context: DrawContext())
    XCTAssertEqual(fits.lines[0], " career-coach › Home>A  Role")
    var tight = Canvas(width: 29, height: 1)
    tight.header(
      Rect(x: 0, y: 0, width: 29, height: 1), breadcrumb: "Home>AB", note: "Role",
      context: DrawContext())
    XCTAssertEqual(tight.lines[0], " career-coach › Home>AB")
  }

  func testControlCharactersNeverReachACell() {
    var canvas = Canvas(width: 20, height: 1)
    canvas.put("a\u{1B}[31mb\u{7}c\u{9B}d", x: 0, y: 0)
    XCTAssertEqual(canvas.lines[0], "a[31mbcd")
    XCTAssertFalse(canvas.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B } })
  }

  func testAWideCharacterThatDoesNotFitIsNotHalfDrawn() {
    var canvas = Canvas(width: 3, height: 1)
    canvas.put("a日本", x: 0, y: 0)
    XCTAssertEqual(canvas.lines[0], "a日")
    var other = Canvas(width: 4, height: 1)
    other.put("日本", x: 0, y: 0)
    other.put("x", x: 1, y: 0)
    XCTAssertEqual(other.lines[0], " x本")
  }

  func testTruncationAddsAnEllipsis() {
    XCTAssertEqual("abcdef".truncated(toWidth: 4), "abc…")
    XCTAssertEqual("abc".truncated(toWidth: 4), "abc")
    XCTAssertEqual("日本語".truncated(toWidth: 4), "日…")
  }

  func testCuttingAtAWordEndsOnAWholeWordWithAnEllipsis() {
    XCTAssertEqual("the next level; Tab changes it".truncatedAtWord(toWidth: 18), "the next level…")
    XCTAssertEqual("one two".truncatedAtWord(toWidth: 6), "one…")
    XCTAssertEqual("one two".truncatedAtWord(toWidth: 7), "one two")
    XCTAssertEqual("unbreakable".truncatedAtWord(toWidth: 6), "unbre…")
  }

  func testALongPathLosesItsOuterStepsBeforeTheRoleGoes() {
    var canvas = Canvas(width: 50, height: 1)
    canvas.header(
      Rect(x: 0, y: 0, width: 50, height: 1), breadcrumb: "Home › Career path › Architect",
      note: "Role", context: DrawContext())
    XCTAssertEqual(canvas.lines[0], " career-coach › … › Career path › Architect  Role")
  }

  func testListKeepsTheSelectionInView() {
    var list = ListView(rows: (0..<10).map(String.init))
    XCTAssertEqual(list.offset(height: 4), 0)
    list.move(by: 6)
    XCTAssertEqual(list.offset(height: 4), 3)
    list.move(by: 100)
    XCTAssertEqual(list.selected, 9)
    XCTAssertEqual(list.row(atLine: 3, height: 4), 9)
  }

  func testKeyNamesParse() throws {
    XCTAssertEqual(
      try Snapshot.parseKeys("? esc down enter space q"),
      [
        .character("?"), .escape, .down, .enter, .character(" "), .character("q"),
      ])
    XCTAssertThrowsError(try Snapshot.parseKeys("sideways"))
    XCTAssertEqual(try Snapshot.parseSize("120x40"), Size(width: 120, height: 40))
    XCTAssertThrowsError(try Snapshot.parseSize("120"))
  }
}
