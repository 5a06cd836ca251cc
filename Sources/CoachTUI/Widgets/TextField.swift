/// A one-line text input: typed characters, Backspace, ← →, Home, End.
public struct TextField: Sendable, Equatable {
  public var text: String
  /// Cursor position in characters.
  public var cursor: Int
  public var limit: Int
  /// True while the text is a value offered again (a remembered path): the first character
  /// typed replaces it, any other editing key keeps it.
  public var replacesOnType: Bool

  public init(text: String = "", limit: Int = 500, replacesOnType: Bool = false) {
    self.text = text
    self.cursor = text.count
    self.limit = limit
    self.replacesOnType = replacesOnType
  }

  /// Applies an editing key; returns false for keys it does not edit with.
  public mutating func edit(_ key: Key) -> Bool {
    if replacesOnType, case .character = key {
      text = ""
      cursor = 0
    }
    replacesOnType = false
    switch key {
    case .character(let c):
      guard text.count < limit, !c.unicodeScalars.contains(where: { DisplayWidth.isControl($0) })
      else { return true }
      text.insert(c, at: text.index(text.startIndex, offsetBy: cursor))
      cursor += 1
    case .backspace:
      guard cursor > 0 else { return true }
      text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
      cursor -= 1
    case .delete:
      guard cursor < text.count else { return true }
      text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(text.count, cursor + 1)
    case .home: cursor = 0
    case .end: cursor = text.count
    default: return false
    }
    return true
  }
}

extension Canvas {
  /// Draws the field on one row, scrolled so the cursor shows, and puts the cursor there.
  public mutating func textField(_ field: TextField, in rect: Rect, context: DrawContext) {
    guard rect.width > 1 else { return }
    fill(rect, style: Style(underline: true))
    let before = String(field.text.prefix(field.cursor))
    var start = field.text.startIndex
    var width = DisplayWidth.of(before)
    while width > rect.width - 1, start < field.text.endIndex {
      width -= DisplayWidth.of(field.text[start])
      start = field.text.index(after: start)
    }
    put(
      String(field.text[start...]), x: rect.x, y: rect.y, style: Style(underline: true), clip: rect)
    cursor = (rect.x + width, rect.y)
  }
}
