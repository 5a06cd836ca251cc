import XCTest

@testable import CoachTUI

final class TextAreaTests: XCTestCase {
  let size = Size(width: 11, height: 3)

  func typed(_ text: String, into area: inout TextArea, size: Size? = nil) {
    for character in text {
      _ = area.edit(character == "\n" ? .enter : .character(character), size: size ?? self.size)
    }
  }

  func lines(_ area: TextArea, width: Int = 11) -> [String] {
    area.layout(width: width).map { String(area.characters[$0.start..<$0.end]) }
  }

  func testTypingEnterBackspaceAndDelete() {
    var area = TextArea()
    typed("helo\nx", into: &area)
    XCTAssertEqual(area.text, "helo\nx")
    _ = area.edit(.backspace, size: size)
    _ = area.edit(.backspace, size: size)
    XCTAssertEqual(area.text, "helo")
    _ = area.edit(.left, size: size)
    typed("l", into: &area)
    XCTAssertEqual(area.text, "hello")
    _ = area.edit(.home, size: size)
    _ = area.edit(.delete, size: size)
    XCTAssertEqual(area.text, "ello")
    _ = area.edit(.backspace, size: size)
    XCTAssertEqual(area.text, "ello", "Backspace at the start does nothing")
    _ = area.edit(.end, size: size)
    _ = area.edit(.delete, size: size)
    XCTAssertEqual(area.text, "ello", "Delete at the end does nothing")
  }

  func testControlCharactersAndEscapeSequencesNeverEnter() {
    var area = TextArea()
    for key in [
      Key.character("\u{1B}"), .character("a"), .character("\u{7}"), .character("\u{9B}"),
    ] {
      _ = area.edit(key, size: size)
    }
    typed("[31m", into: &area)
    XCTAssertEqual(area.text, "a[31m")
    XCTAssertFalse(area.edit(.tab, size: size), "Tab is left to the screen")
    XCTAssertFalse(area.edit(.control("d"), size: size))
    XCTAssertEqual(TextArea(text: "a\u{1B}b\nc").text, "ab\nc")
  }

  func testTheSizeLimitHolds() {
    var area = TextArea(limit: 5)
    typed("abcdefgh", into: &area)
    XCTAssertEqual(area.text, "abcde")
    _ = area.edit(.enter, size: size)
    XCTAssertEqual(area.text, "abcde")
  }

  func testWordsWrapToTheWidthLeavingAColumnForTheCursor() {
    var area = TextArea()
    typed("the quick brown fox jumps", into: &area)
    // Width 11: lines hold 10 columns; a space that ends a full line hangs in the 11th.
    XCTAssertEqual(lines(area), ["the quick ", "brown fox ", "jumps"])
    var long = TextArea()
    typed("abcdefghijklmnop", into: &long)
    XCTAssertEqual(lines(long), ["abcdefghij", "klmnop"])
    var paragraphs = TextArea()
    typed("one\n\ntwo", into: &paragraphs)
    XCTAssertEqual(lines(paragraphs), ["one", "", "two"])
  }

  func testWideCharactersWrapAndMoveByDisplayColumn() {
    var area = TextArea()
    typed("日本語日本語日本語", into: &area)
    XCTAssertEqual(lines(area), ["日本語日本", "語日本語"])
    XCTAssertEqual(area.cursorPosition(width: 11).column, 8)
    _ = area.edit(.up, size: size)
    // Column 8 on the line above is after the fourth wide character.
    XCTAssertEqual(area.cursor, 4)
    XCTAssertEqual(area.cursorPosition(width: 11).column, 8)
    _ = area.edit(.left, size: size)
    XCTAssertEqual(area.cursorPosition(width: 11).column, 6)
  }

  func testUpAndDownKeepTheColumnAcrossShortLines() {
    var area = TextArea()
    typed("abcdefgh\nab\nabcdefgh", into: &area)
    _ = area.edit(.left, size: size)
    XCTAssertEqual(area.cursorPosition(width: 11).column, 7)
    _ = area.edit(.up, size: size)
    XCTAssertEqual(area.cursorPosition(width: 11).row, 1)
    XCTAssertEqual(area.cursorPosition(width: 11).column, 2, "the end of the short line")
    _ = area.edit(.up, size: size)
    XCTAssertEqual(area.cursorPosition(width: 11).column, 7, "the goal column comes back")
    _ = area.edit(.up, size: size)
    XCTAssertEqual(area.cursor, 0, "up on the first line goes to the start")
    _ = area.edit(.down, size: size)
    _ = area.edit(.down, size: size)
    _ = area.edit(.down, size: size)
    XCTAssertEqual(area.cursor, area.characters.count, "down on the last line goes to the end")
  }

  func testHomeAndEndWorkOnTheVisualLine() {
    var area = TextArea()
    typed("the quick brown fox", into: &area)
    _ = area.edit(.home, size: size)
    XCTAssertEqual(area.cursor, 10)
    _ = area.edit(.up, size: size)
    _ = area.edit(.end, size: size)
    // The end of a wrapped line is before its hanging space.
    XCTAssertEqual(area.cursor, 9)
    XCTAssertEqual(area.cursorPosition(width: 11).row, 0)
  }

  func testScrollingKeepsTheCursorVisible() {
    var area = TextArea()
    typed("1\n2\n3\n4\n5", into: &area)
    XCTAssertEqual(area.scroll, 2)
    for _ in 0..<4 { _ = area.edit(.up, size: size) }
    XCTAssertEqual(area.scroll, 0)
    var canvas = Canvas(width: 11, height: 3)
    canvas.textArea(area, in: Rect(x: 0, y: 0, width: 11, height: 3), context: DrawContext())
    XCTAssertEqual(canvas.lines, ["1", "2", "3"])
    XCTAssertEqual(canvas.cursor?.y, 0)
    _ = area.edit(.down, size: size)
    _ = area.edit(.down, size: size)
    _ = area.edit(.down, size: size)
    XCTAssertEqual(area.scroll, 1)
    canvas = Canvas(width: 11, height: 3)
    canvas.textArea(area, in: Rect(x: 0, y: 0, width: 11, height: 3), context: DrawContext())
    XCTAssertEqual(canvas.lines, ["2", "3", "4"])
    XCTAssertEqual(canvas.cursor?.y, 2)
  }

  func testTheCursorIsDrawnInReverseVideo() {
    var area = TextArea()
    typed("ab", into: &area)
    _ = area.edit(.left, size: size)
    var canvas = Canvas(width: 11, height: 3)
    canvas.textArea(area, in: Rect(x: 0, y: 0, width: 11, height: 3), context: DrawContext())
    XCTAssertTrue(canvas[1, 0].style.reverse)
    XCTAssertEqual(canvas[1, 0].text, "b")
    XCTAssertFalse(canvas[0, 0].style.reverse)
  }
}
