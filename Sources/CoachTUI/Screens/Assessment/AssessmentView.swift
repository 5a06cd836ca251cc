import CoachCore
import CoachStore

/// How the assessment screen looks: where you are, the question, its five anchors, the note.
struct AssessmentView {
  let screen: AssessmentScreen

  func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext) {
    let theme = context.theme
    let area = rect.inset(horizontal: 1, vertical: 0)
    guard let question = screen.current else { return }
    let answered = screen.assessment.answeredCount(of: screen.questions)
    var position =
      "Area \(question.categoryIndex + 1) of \(question.categoryCount): \(question.categoryName)"
    if !question.isCategory {
      position += " · skill \(question.indexInCategory + 1) of \(question.countInCategory)"
    }
    let count = "\(answered)/\(screen.questions.count) answered"
    canvas.put(
      position.truncated(toWidth: area.width - DisplayWidth.of(count) - 2), x: area.x, y: area.y,
      style: theme.muted)
    canvas.put(count, x: area.maxX - DisplayWidth.of(count), y: area.y, style: theme.muted)
    canvas.bar(
      Rect(x: area.x, y: area.y + 1, width: area.width, height: 1),
      fraction: Double(screen.position) / Double(max(1, screen.questions.count)),
      style: theme.accent,
      context: context)
    var y = area.y + 3
    canvas.put(question.name, x: area.x, y: y, style: theme.title, clip: area)
    if let standsFor = question.standsFor {
      let text =
        standsFor.isEmpty
        ? "  for nothing you picked: it will not count"
        : "  for " + standsFor.joined(separator: ", ") + " only"
      canvas.put(
        text, x: area.x + DisplayWidth.of(question.name), y: y, style: theme.muted, clip: area)
    }
    y += 1
    y += canvas.paragraph(
      question.description, in: Rect(x: area.x, y: y, width: area.width, height: 2),
      style: theme.text)
    y += 1
    let given = screen.assessment.answer(to: question)
    let labelWidth = 15
    let textArea = Rect(x: area.x + labelWidth, y: 0, width: area.width - labelWidth, height: 0)
    for rating in 0..<min(5, question.anchors.count) {
      let lines = TextWrap.lines(question.anchors[rating], width: textArea.width)
      guard y + lines.count <= area.maxY - 2 || rating == screen.highlighted else { continue }
      let selected = rating == screen.highlighted
      let style = selected ? theme.selected : theme.text
      let mark = given?.rating == rating ? context.glyphs.check : " "
      let pointer = selected ? context.glyphs.pointer : " "
      let label = "\(pointer)\(mark)\(rating) \(RatingScale.name(rating))"
      for (row, line) in lines.enumerated() where y + row < area.maxY - 2 {
        let left = row == 0 ? label : ""
        canvas.put(
          left.padded(toWidth: labelWidth) + line.padded(toWidth: textArea.width), x: area.x,
          y: y + row, style: style, clip: area)
      }
      if selected { canvas.cursor = (area.x, y) }
      y += lines.count
    }
    drawNote(&canvas, area: area, given: given, context: context)
  }

  private func drawNote(
    _ canvas: inout Canvas, area: Rect, given: SkillAnswer?, context: DrawContext
  ) {
    let row = area.maxY - 1
    if let field = screen.note {
      canvas.put("Note: ", x: area.x, y: row, style: context.theme.accent)
      canvas.textField(
        field, in: Rect(x: area.x + 6, y: row, width: area.width - 6, height: 1), context: context)
    } else if let text = given?.note {
      canvas.put("Note: " + text, x: area.x, y: row, style: context.theme.muted, clip: area)
    } else if given?.skipped == true {
      canvas.put(
        "Skipped so far: it stays unrated and is listed as not rated yet.", x: area.x, y: row,
        style: context.theme.muted, clip: area)
    }
  }
}
