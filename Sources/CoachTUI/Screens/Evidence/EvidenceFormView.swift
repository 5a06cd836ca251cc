import CoachCore

/// How the evidence form looks: a line on what it is for, then each field beside its label,
/// the one being typed in highlighted, and a hint or the reason it was not saved at the foot.
struct EvidenceFormView {
  let screen: EvidenceFormScreen
  let pack: Pack?

  /// The labels' column.
  static let labelWidth = 14
  /// Rows besides the text: the heading, a blank, skill, date, outcome, reference, a blank
  /// and the hint.
  static let otherRows = 8

  /// The size of the "What you did" text area in a body of `body`.
  static func textSize(body: Size) -> Size {
    Size(
      width: max(1, body.width - 2 - labelWidth), height: max(1, body.height - otherRows))
  }

  func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext) {
    let theme = context.theme
    let area = rect.inset(horizontal: 1, vertical: 0)
    canvas.put(
      "Something you did that backs a rating.", x: area.x, y: area.y,
      style: theme.title, clip: area)
    let fieldX = area.x + Self.labelWidth
    let fieldWidth = max(1, area.width - Self.labelWidth)
    let textRows = Self.textSize(body: rect.size).height
    var y = area.y + 2
    for field in EvidenceFormScreen.Field.allCases {
      let isFocused = field == screen.focused
      canvas.put(
        field.label, x: area.x, y: y, style: isFocused ? theme.selected : theme.muted,
        clip: area)
      let fieldRect = Rect(x: fieldX, y: y, width: fieldWidth, height: 1)
      switch field {
      case .skill:
        let name = screen.skill.map { pack?.skillName($0) ?? $0 } ?? "no skills in the pack"
        let end = canvas.put(name, x: fieldX, y: y, style: theme.accent, clip: area)
        if isFocused {
          canvas.put("  ← → another skill", x: end, y: y, style: theme.muted, clip: area)
        }
      case .date:
        drawField(screen.date, focused: isFocused, in: fieldRect, canvas: &canvas, context)
      case .text:
        let textRect = Rect(x: fieldX, y: y, width: fieldWidth, height: textRows)
        if !isFocused && screen.text.isEmpty {
          canvas.put(
            "what you built, fixed or led", x: fieldX, y: y, style: theme.muted, clip: textRect)
        }
        canvas.textArea(screen.text, in: textRect, focused: isFocused, context: context)
        y += textRows - 1
      case .outcome:
        drawField(screen.outcome, focused: isFocused, in: fieldRect, canvas: &canvas, context)
      case .reference:
        drawField(screen.reference, focused: isFocused, in: fieldRect, canvas: &canvas, context)
      }
      y += 1
    }
    let hint =
      screen.focused == .reference && screen.reference.text.isEmpty
      ? "A link or a ticket id, kept as text and never opened; C-d saves."
      : "Tab moves to the next field; C-d saves; Esc goes back."
    canvas.put(
      screen.notice ?? hint, x: area.x, y: area.maxY - 1,
      style: screen.notice == nil ? theme.muted : theme.warning, clip: area)
  }

  /// A one-line field: underlined and with the cursor while typed in, plain text otherwise.
  private func drawField(
    _ field: TextField, focused: Bool, in rect: Rect, canvas: inout Canvas,
    _ context: DrawContext
  ) {
    if focused {
      canvas.textField(field, in: rect, context: context)
    } else {
      canvas.put(field.text, x: rect.x, y: rect.y, style: context.theme.text, clip: rect)
    }
  }
}
