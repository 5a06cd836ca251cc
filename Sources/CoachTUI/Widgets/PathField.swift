/// A labelled one-line path field over the first two rows of a rectangle, with a hint under it:
/// the CV check's file and the team's folder.
extension Canvas {
  /// Draws `label` and `field` (editable while `editing`, else plain text) on the first row,
  /// and on the second the first of `hints` that fits, else the last cut at a word; a
  /// `warning` hint is drawn as one.
  mutating func pathField(
    label: String, field: TextField, editing: Bool, hints: [String], warning: Bool = false,
    in rect: Rect, context: DrawContext
  ) {
    let theme = context.theme
    put(label, x: rect.x, y: rect.y, style: editing ? theme.title : theme.muted)
    let fieldX = rect.x + DisplayWidth.of(label)
    let fieldArea = Rect(x: fieldX, y: rect.y, width: rect.maxX - fieldX, height: 1)
    if editing {
      textField(field, in: fieldArea, context: context)
    } else {
      put(field.text, x: fieldX, y: rect.y, style: theme.text, clip: fieldArea)
    }
    guard let last = hints.last else { return }
    let hint =
      hints.first { DisplayWidth.of($0) <= rect.width }
      ?? last.truncatedAtWord(toWidth: rect.width, ellipsis: context.glyphs.ellipsis)
    put(hint, x: rect.x, y: rect.y + 1, style: warning ? theme.warning : theme.muted, clip: rect)
  }
}
