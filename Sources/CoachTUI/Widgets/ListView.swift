/// A scrolling list with one selected row, kept in view.
public struct ListView: Sendable, Equatable {
  public var rows: [String]
  public var selected: Int

  public init(rows: [String], selected: Int = 0) {
    self.rows = rows
    self.selected = rows.isEmpty ? 0 : min(max(selected, 0), rows.count - 1)
  }

  /// The first row shown when `height` rows fit: the selection stays visible.
  public func offset(height: Int) -> Int {
    Self.offset(count: rows.count, selected: selected, height: height)
  }

  /// The same for a list known only by its length, so a long list need not be built.
  public static func offset(count: Int, selected: Int, height: Int) -> Int {
    guard height > 0, count > height else { return 0 }
    return min(max(0, selected - height + 1), count - height)
  }

  public mutating func move(by delta: Int) {
    guard !rows.isEmpty else { return }
    selected = min(max(selected + delta, 0), rows.count - 1)
  }

  public mutating func moveToStart() { selected = 0 }
  public mutating func moveToEnd() { selected = max(0, rows.count - 1) }

  /// The row index at a visible line, for mouse clicks.
  public func row(atLine line: Int, height: Int) -> Int? {
    Self.row(atLine: line, count: rows.count, selected: selected, height: height)
  }

  public static func row(atLine line: Int, count: Int, selected: Int, height: Int) -> Int? {
    let index = offset(count: count, selected: selected, height: height) + line
    return line >= 0 && line < height && index < count ? index : nil
  }
}

extension Canvas {
  public mutating func list(_ list: ListView, in rect: Rect, context: DrawContext) {
    guard !rect.isEmpty else { return }
    let start = list.offset(height: rect.height)
    for line in 0..<min(rect.height, list.rows.count - start) {
      let index = start + line
      let isSelected = index == list.selected
      let marker = isSelected ? context.glyphs.pointer + " " : "  "
      let text = (marker + list.rows[index]).truncated(toWidth: rect.width)
      let style = isSelected ? context.theme.selected : context.theme.text
      let end = put(text, x: rect.x, y: rect.y + line, style: style, clip: rect)
      // The rest of the row in the row's style, as padding the text with spaces would give;
      // when the canvas cut the text short, the spaces after it would not have been written.
      if end == rect.x + DisplayWidth.of(text) {
        fill(Rect(x: end, y: rect.y + line, width: rect.maxX - end, height: 1), style: style)
      }
      if isSelected { cursor = (rect.x, rect.y + line) }
    }
  }
}

/// The keys that move a list's selection, the same on every list screen: arrows and vim keys,
/// g and G (and Home and End) for the ends, and PgUp and PgDn when the screen asks for pages.
enum ListKeys {
  static let page = 10

  static func bindings<Action>(
    move: (Int) -> Action, first: Action, last: Action, pages: Bool = false
  ) -> [KeyBinding<Action>] {
    var bindings = [
      KeyBinding([.up, .character("k")], "↑/k", "Up", footer: false, move(-1)),
      KeyBinding([.down, .character("j")], "↓/j", "Down", footer: false, move(1)),
    ]
    if pages {
      bindings += [
        KeyBinding([.pageUp], "PgUp", "Page up", footer: false, move(-page)),
        KeyBinding([.pageDown], "PgDn", "Page down", footer: false, move(page)),
      ]
    }
    return bindings + [
      KeyBinding([.home, .character("g")], "g", "First", footer: false, first),
      KeyBinding([.end, .character("G")], "G", "Last", footer: false, last),
    ]
  }
}
