/// One cell of the screen: a grapheme and its style. A wide grapheme fills its cell and
/// leaves the next one as a continuation (empty text).
public struct Cell: Sendable, Equatable {
  public var text: String
  public var style: Style

  public init(text: String = " ", style: Style = .plain) {
    self.text = text
    self.style = style
  }

  public static let blank = Cell()
  public var isContinuation: Bool { text.isEmpty }
}

/// A grid of styled cells that views draw into; terminals show it.
public struct Canvas: Sendable, Equatable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]
  /// Where the hardware cursor should rest (the focused row), so screen readers follow focus.
  public var cursor: (x: Int, y: Int)? {
    get { cursorPosition.map { ($0.x, $0.y) } }
    set { cursorPosition = newValue.map { Point(x: $0.x, y: $0.y) } }
  }
  private var cursorPosition: Point?

  private struct Point: Sendable, Equatable {
    var x: Int
    var y: Int
  }

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  public subscript(x: Int, y: Int) -> Cell {
    cells[y * width + x]
  }

  /// Writes text from (x, y), clipped to `clip`, returning the column after the last cell
  /// written. Control characters never reach a cell.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil)
    -> Int
  {
    let area = clip ?? bounds
    guard y >= max(0, area.y), y < min(height, area.maxY) else { return x }
    let right = min(width, area.maxX)
    if let column = putASCII(text, x: x, y: y, style: style, left: max(0, area.x), right: right) {
      return column
    }
    var column = x
    for character in text {
      let w: Int
      if let ascii = character.asciiValue {
        // One printable ASCII character is one cell; "\r\n" reads as its "\n".
        if ascii < 0x20 || ascii == 0x7F { continue }
        w = 1
      } else {
        if character.unicodeScalars.contains(where: { DisplayWidth.isControl($0) }) { continue }
        w = DisplayWidth.of(character)
      }
      if w == 0 { continue }
      if column + w > right { break }
      if column >= max(0, area.x) {
        if w == 2 {
          setCell(column, y, Cell(text: String(character), style: style))
          setCell(column + 1, y, Cell(text: "", style: style))
        } else {
          setCell(column, y, Cell(text: String(character), style: style))
        }
      }
      column += w
    }
    return column
  }

  /// `put` for text that is all ASCII, byte by byte, with the same result: every printable
  /// byte is one cell, control bytes are dropped. Nil, having written nothing, for other text.
  private mutating func putASCII(
    _ text: String, x: Int, y: Int, style: Style, left: Int, right: Int
  ) -> Int? {
    var text = text
    return text.withUTF8 { bytes -> Int? in
      for byte in bytes where byte >= 0x80 { return nil }
      var column = x
      for byte in bytes {
        if byte < 0x20 || byte == 0x7F { continue }
        if column + 1 > right { break }
        if column >= left {
          setCell(column, y, Cell(text: String(Unicode.Scalar(byte)), style: style))
        }
        column += 1
      }
      return column
    }
  }

  /// Fills a rectangle with spaces in a style.
  public mutating func fill(_ rect: Rect, style: Style = .plain) {
    let area = intersect(rect)
    guard !area.isEmpty else { return }
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX { setCell(x, y, Cell(text: " ", style: style)) }
    }
  }

  /// Applies a style to every cell of a rectangle, keeping the text.
  public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
    let area = intersect(rect)
    guard !area.isEmpty else { return }
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX {
        cells[y * width + x].style = transform(cells[y * width + x].style)
      }
    }
  }

  /// The screen as plain text lines, trailing spaces removed: what a golden file holds.
  public var lines: [String] {
    (0..<height).map { y in
      var line = ""
      for x in 0..<width {
        line += cells[y * width + x].text
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
  }

  public var text: String { lines.joined(separator: "\n") }

  private func intersect(_ rect: Rect) -> Rect {
    let x0 = max(0, rect.x)
    let y0 = max(0, rect.y)
    let x1 = min(width, rect.maxX)
    let y1 = min(height, rect.maxY)
    return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
  }

  /// Sets one cell, repairing a wide grapheme that the write splits in half.
  private mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell) {
    guard x >= 0, x < width, y >= 0, y < height else { return }
    let index = y * width + x
    if cells[index].isContinuation && x > 0 && !cell.isContinuation {
      cells[index - 1].text = " "
    }
    if DisplayWidth.ofCell(cells[index].text) == 2 && x + 1 < width
      && DisplayWidth.ofCell(cell.text) < 2 && !cell.isContinuation
    {
      cells[index + 1].text = " "
    }
    cells[index] = cell
  }

  public static func == (lhs: Canvas, rhs: Canvas) -> Bool {
    lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
      && lhs.cursorPosition == rhs.cursorPosition
  }
}
