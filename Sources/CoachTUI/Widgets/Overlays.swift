/// Boxes drawn over the screen: the key help and yes/no dialogs.
extension Canvas {
  /// Every key of the current screen, then the keys every screen shares.
  public mutating func helpOverlay(
    in area: Rect, screenTitle: String, screenKeys: [KeyHelp], globalKeys: [KeyHelp], scroll: Int,
    context: DrawContext
  ) {
    var lines: [(String, String)] = screenKeys.map { ($0.label, $0.help) }
    lines.append(("", ""))
    lines.append(contentsOf: globalKeys.map { ($0.label, $0.help) })
    let labelWidth = min(14, (lines.map { DisplayWidth.of($0.0) }.max() ?? 0))
    let width = min(area.width - 4, max(44, labelWidth + 40))
    let rect = area.centred(width: width, height: Self.helpHeight(lines: lines.count, in: area))
    box(rect, title: "Keys: " + screenTitle, context: context)
    let inner = rect.inset(horizontal: 2, vertical: 1)
    let visibleRows = max(0, inner.height - 1)
    let start = min(scroll, Self.helpScrollLimit(lines: lines.count, in: area))
    for (row, line) in lines.dropFirst(start).prefix(visibleRows).enumerated() {
      let y = inner.y + row
      put(
        line.0.padded(toWidth: labelWidth), x: inner.x, y: y, style: context.theme.accent,
        clip: inner)
      put(line.1, x: inner.x + labelWidth + 2, y: y, style: context.theme.text, clip: inner)
    }
    // Keys cut off by a short window are announced, with the keys that scroll to them.
    let above = start > 0 ? context.glyphs.up : ""
    let below = start + visibleRows < lines.count ? context.glyphs.down : ""
    let more = above + below
    put(
      (more.isEmpty ? "" : "\(more) more (j/k)  ") + "Esc or ? closes", x: inner.x,
      y: inner.maxY - 1, style: context.theme.muted, clip: inner)
  }

  /// The help box's height for so many lines of keys: all of them, with its frame and closing
  /// line, or as many as the area has room for.
  static func helpHeight(lines: Int, in area: Rect) -> Int { min(area.height - 2, lines + 4) }

  /// How far the help's lines scroll: to where the last one shows, and no further, so the
  /// first key back up moves at once.
  static func helpScrollLimit(lines: Int, in area: Rect) -> Int {
    let visibleRows = max(0, helpHeight(lines: lines, in: area) - 3)
    return max(0, lines - visibleRows)
  }

  /// A question with a yes/no answer, centred.
  public mutating func dialog(in area: Rect, title: String, message: String, context: DrawContext) {
    let width = min(area.width - 4, 50)
    let wrapped = TextWrap.lines(message, width: width - 4)
    let rect = area.centred(width: width, height: wrapped.count + 5)
    box(rect, title: title, context: context)
    let inner = rect.inset(horizontal: 2, vertical: 1)
    paragraph(message, in: inner, style: context.theme.text)
    let keys = DialogKeys.table.help.filter(\.inFooter).map { "\($0.label) \($0.help)" }
    put(
      keys.joined(separator: "   "), x: inner.x, y: inner.maxY - 1, style: context.theme.accent,
      clip: inner)
  }
}
