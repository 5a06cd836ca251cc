/// A multi-line text input: printable characters, Enter for a new line, Backspace, Delete,
/// arrows (up and down keep the display column), Home/End of the visual line, word wrap to
/// the area's width, and scrolling that keeps the cursor in view.
public struct TextArea: Sendable, Equatable {
  public private(set) var characters: [Character]
  /// Cursor position, in characters from the start.
  public private(set) var cursor: Int
  /// The first visual line shown.
  public private(set) var scroll = 0
  /// The most characters the text may hold.
  public let limit: Int
  /// The display column up and down aim for, kept across a run of vertical moves.
  private var goalColumn: Int?

  public init(text: String = "", limit: Int = 4000) {
    self.limit = limit
    characters = Array(text.filter { $0 == "\n" || Self.isPrintable($0) }.prefix(limit))
    cursor = characters.count
  }

  public var text: String { String(characters) }
  public var isEmpty: Bool { characters.isEmpty }

  /// One visual line: characters `start..<end`; the next line starts at `next` (one past a
  /// newline, or `end` when the line was wrapped).
  public struct Line: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var next: Int
    /// True when the line was broken to fit, not ended by a newline or the end of the text.
    public var isWrapped = false
  }

  /// Applies an editing key within an area of `size`; returns false for keys it does not use.
  public mutating func edit(_ key: Key, size: Size) -> Bool {
    let width = max(2, size.width)
    var vertical = false
    switch key {
    case .character(let c):
      guard Self.isPrintable(c), characters.count < limit else { return true }
      characters.insert(c, at: cursor)
      cursor += 1
    case .enter:
      guard characters.count < limit else { return true }
      characters.insert("\n", at: cursor)
      cursor += 1
    case .backspace:
      guard cursor > 0 else { return true }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .delete:
      guard cursor < characters.count else { return true }
      characters.remove(at: cursor)
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(characters.count, cursor + 1)
    case .up, .down:
      vertical = true
      moveVertically(by: key == .up ? -1 : 1, width: width)
    case .home:
      let lines = layout(width: width)
      cursor = lines[Self.row(of: cursor, in: lines)].start
    case .end:
      let lines = layout(width: width)
      cursor = Self.lastPosition(of: lines[Self.row(of: cursor, in: lines)])
    default: return false
    }
    if !vertical { goalColumn = nil }
    keepCursorVisible(size: Size(width: width, height: size.height))
    return true
  }

  /// Control characters (and so escape sequences) never enter the text.
  static func isPrintable(_ character: Character) -> Bool {
    !character.unicodeScalars.contains { DisplayWidth.isControl($0) }
  }

  /// The visual lines at `width` columns. Lines wrap at word boundaries within `width - 1`
  /// columns: the last column is kept for the cursor and for a space that ends a full line.
  public func layout(width: Int) -> [Line] {
    let room = max(1, width - 1)
    var lines: [Line] = []
    var start = 0
    var column = 0
    var breakAfterSpace: Int?
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == "\n" {
        lines.append(Line(start: start, end: index, next: index + 1))
        start = index + 1
        column = 0
        breakAfterSpace = nil
        index += 1
        continue
      }
      let w = DisplayWidth.of(character)
      if character == " " {
        if column + 1 > room {
          // A space that does not fit hangs at the end of the line.
          lines.append(Line(start: start, end: index + 1, next: index + 1, isWrapped: true))
          start = index + 1
          column = 0
          breakAfterSpace = nil
        } else {
          column += 1
          breakAfterSpace = index + 1
        }
        index += 1
        continue
      }
      if column + w > room && index > start {
        let cut = breakAfterSpace ?? index
        lines.append(Line(start: start, end: cut, next: cut, isWrapped: true))
        start = cut
        column = columns(of: start..<index)
        breakAfterSpace = nil
      }
      column += w
      index += 1
    }
    lines.append(Line(start: start, end: characters.count, next: characters.count))
    return lines
  }

  /// The visual line and display column of the cursor at `width`.
  public func cursorPosition(width: Int) -> (row: Int, column: Int) {
    let lines = layout(width: width)
    let row = Self.row(of: cursor, in: lines)
    return (row, self.columns(of: lines[row].start..<cursor))
  }

  static func row(of position: Int, in lines: [Line]) -> Int {
    for (row, line) in lines.enumerated() where position >= line.start && position < line.next {
      return row
    }
    return lines.count - 1
  }

  /// The furthest the cursor can sit on a line: after its last character, or before it when
  /// the line wraps (that position belongs to the next line).
  static func lastPosition(of line: Line) -> Int {
    line.isWrapped && line.end > line.start ? line.end - 1 : line.end
  }

  func columns(of range: Range<Int>) -> Int {
    range.reduce(0) { $0 + DisplayWidth.of(characters[$1]) }
  }

  private mutating func moveVertically(by delta: Int, width: Int) {
    let lines = layout(width: width)
    let row = Self.row(of: cursor, in: lines)
    let goal = goalColumn ?? self.columns(of: lines[row].start..<cursor)
    goalColumn = goal
    let target = row + delta
    guard lines.indices.contains(target) else {
      cursor = delta < 0 ? 0 : characters.count
      return
    }
    let line = lines[target]
    var position = line.start
    var column = 0
    let last = Self.lastPosition(of: line)
    while position < last {
      let w = DisplayWidth.of(characters[position])
      if column + w > goal { break }
      column += w
      position += 1
    }
    cursor = position
  }

  /// Scrolls so the cursor's line is inside an area of `size`.
  public mutating func keepCursorVisible(size: Size) {
    let row = cursorPosition(width: size.width).row
    let height = max(1, size.height)
    if row < scroll { scroll = row }
    if row >= scroll + height { scroll = row - height + 1 }
    let total = layout(width: size.width).count
    scroll = max(0, min(scroll, max(0, total - height)))
  }
}

extension Canvas {
  /// Draws the text area's visible lines in `rect`, marks the cursor in reverse video and puts
  /// the hardware cursor there when `focused`.
  public mutating func textArea(
    _ area: TextArea, in rect: Rect, focused: Bool = true, context: DrawContext
  ) {
    guard rect.width > 1, rect.height > 0 else { return }
    var shown = area
    shown.keepCursorVisible(size: rect.size)
    let lines = shown.layout(width: rect.width)
    let characters = shown.characters
    for row in 0..<min(rect.height, lines.count - shown.scroll) {
      let line = lines[shown.scroll + row]
      let text = String(characters[line.start..<line.end])
      put(text, x: rect.x, y: rect.y + row, style: context.theme.text, clip: rect)
    }
    guard focused else { return }
    let position = shown.cursorPosition(width: rect.width)
    let x = rect.x + position.column
    let y = rect.y + position.row - shown.scroll
    guard y >= rect.y, y < rect.maxY, x < rect.maxX else { return }
    let under =
      shown.cursor < characters.count && characters[shown.cursor] != "\n"
      ? String(characters[shown.cursor]) : " "
    put(under, x: x, y: y, style: Style(reverse: true), clip: rect)
    cursor = (x, y)
  }
}
