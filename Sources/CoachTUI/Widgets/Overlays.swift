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
    let height = min(area.height - 2, lines.count + 4)
    let rect = area.centred(width: width, height: height)
    box(rect, title: "Keys: " + screenTitle, context: context)
    let inner = rect.inset(horizontal: 2, vertical: 1)
    let visibleRows = max(0, inner.height - 1)
    let start = min(scroll, max(0, lines.count - visibleRows))
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
