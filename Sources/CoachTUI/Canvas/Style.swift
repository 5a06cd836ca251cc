/// The eight basic terminal colours; every terminal with colour has them.
public enum Color: Int, Sendable, Equatable, Hashable {
  case black = 0
  case red, green, yellow, blue, magenta, cyan, white
}

/// How a cell looks. Colours are dropped by a monochrome theme; attributes are kept.
public struct Style: Sendable, Equatable, Hashable {
  public var foreground: Color?
  public var background: Color?
  public var bold = false
  public var reverse = false
  public var underline = false
  public var dim = false

  public init(
    foreground: Color? = nil, background: Color? = nil, bold: Bool = false,
    reverse: Bool = false, underline: Bool = false, dim: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
    self.dim = dim
  }

  public static let plain = Style()

  public func with(bold: Bool) -> Style {
    var copy = self
    copy.bold = bold
    return copy
  }
}

/// A rectangle of the canvas in cells.
public struct Rect: Sendable, Equatable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public var maxX: Int { x + width }
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width <= 0 || height <= 0 }
  public var size: Size { Size(width: max(0, width), height: max(0, height)) }

  /// The same rectangle less a margin on every side.
  public func inset(by margin: Int) -> Rect {
    Rect(x: x + margin, y: y + margin, width: width - 2 * margin, height: height - 2 * margin)
  }

  public func inset(horizontal: Int, vertical: Int) -> Rect {
    Rect(
      x: x + horizontal, y: y + vertical, width: width - 2 * horizontal,
      height: height - 2 * vertical)
  }

  /// Splits off the top `rows` rows; returns (top, rest).
  public func splitTop(_ rows: Int) -> (Rect, Rect) {
    let top = min(max(rows, 0), height)
    return (
      Rect(x: x, y: y, width: width, height: top),
      Rect(x: x, y: y + top, width: width, height: height - top)
    )
  }

  /// Splits off the left `columns` columns; returns (left, rest).
  public func splitLeft(_ columns: Int) -> (Rect, Rect) {
    let left = min(max(columns, 0), width)
    return (
      Rect(x: x, y: y, width: left, height: height),
      Rect(x: x + left, y: y, width: width - left, height: height)
    )
  }

  /// A rectangle of the given size centred in this one, shrunk to fit.
  public func centred(width w: Int, height h: Int) -> Rect {
    let cw = min(w, width)
    let ch = min(h, height)
    return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
  }
}

/// The terminal's size in cells.
public struct Size: Sendable, Equatable {
  public var width: Int
  public var height: Int
  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }
}
