/// The header, footer and boxes that frame every screen.
extension Canvas {
  /// One row: the app's name and where the user is on the left, a note on the right. A path
  /// too long to sit beside the note first loses its outer steps to an ellipsis; only when even
  /// its last step cannot sit beside the note does the note go.
  public mutating func header(_ rect: Rect, breadcrumb: String, note: String, context: DrawContext)
  {
    let style = context.theme.header
    fill(rect, style: style)
    let right = note.isEmpty ? "" : note + " "
    let rightWidth = DisplayWidth.of(right)
    let paths = Self.shortenedPaths(breadcrumb, ellipsis: context.glyphs.ellipsis)
    // Two blank columns at least, so the path and the role never read as one phrase.
    let besideNote = paths.first { DisplayWidth.of($0) <= rect.width - rightWidth - 2 }
    let left =
      besideNote ?? paths.first { DisplayWidth.of($0) <= rect.width }
      ?? paths[0].truncatedAtWord(toWidth: rect.width, ellipsis: context.glyphs.ellipsis)
    put(left, x: rect.x, y: rect.y, style: style.with(bold: true), clip: rect)
    if besideNote != nil || rightWidth == 0 {
      put(right, x: rect.maxX - rightWidth, y: rect.y, style: style, clip: rect)
    }
  }

  /// The header's left side, whole first, then with ever more of its outer steps replaced by
  /// an ellipsis; the app's name and the last step always stay.
  static func shortenedPaths(_ breadcrumb: String, ellipsis: String) -> [String] {
    let steps = breadcrumb.components(separatedBy: " › ")
    let app = " career-coach › "
    return [app + breadcrumb]
      + (1..<max(1, steps.count)).map { dropped in
        app + ([ellipsis] + steps.dropFirst(dropped)).joined(separator: " › ")
      }
  }

  /// One row of key hints: "↑/↓ Move  Enter Open  ? Help  q Quit", cut to fit.
  public mutating func footer(_ rect: Rect, keys: [KeyHelp], context: DrawContext) {
    fill(rect, style: context.theme.footer)
    var x = rect.x + 1
    for key in keys where key.inFooter {
      let needed = DisplayWidth.of(key.label) + 1 + DisplayWidth.of(key.help) + 2
      if x + needed - 2 > rect.maxX { break }
      x = put(key.label, x: x, y: rect.y, style: context.theme.footerKey, clip: rect)
      x = put(" " + key.help, x: x, y: rect.y, style: context.theme.footer, clip: rect)
      x += 2
    }
  }

  /// A frame around `rect` with a title on its top edge; the inside is cleared.
  public mutating func box(_ rect: Rect, title: String = "", context: DrawContext) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let g = context.glyphs
    let style = context.theme.border
    fill(rect)
    let inner = String(repeating: g.horizontal, count: rect.width - 2)
    put(g.topLeft + inner + g.topRight, x: rect.x, y: rect.y, style: style)
    put(g.bottomLeft + inner + g.bottomRight, x: rect.x, y: rect.maxY - 1, style: style)
    for y in (rect.y + 1)..<(rect.maxY - 1) {
      put(g.vertical, x: rect.x, y: y, style: style)
      put(g.vertical, x: rect.maxX - 1, y: y, style: style)
    }
    if !title.isEmpty, rect.width > 6 {
      let label = " " + title.truncated(toWidth: rect.width - 6, ellipsis: g.ellipsis) + " "
      put(label, x: rect.x + 2, y: rect.y, style: context.theme.title)
    }
  }

  /// A horizontal bar `fraction` full, e.g. a progress bar.
  public mutating func bar(_ rect: Rect, fraction: Double, style: Style, context: DrawContext) {
    guard rect.width > 0, rect.height > 0 else { return }
    let clamped = min(max(fraction.isFinite ? fraction : 0, 0), 1)
    let filled = Int((clamped * Double(rect.width)).rounded())
    put(
      String(repeating: context.glyphs.barFull, count: filled), x: rect.x, y: rect.y, style: style,
      clip: rect)
    put(
      String(repeating: context.glyphs.barEmpty, count: rect.width - filled), x: rect.x + filled,
      y: rect.y, style: context.theme.muted, clip: rect)
  }
}
