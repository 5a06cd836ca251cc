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
    let count = "\(answered)/\(screen.questions.count) answered"
    canvas.put(
      position(of: question, width: area.width - DisplayWidth.of(count) - 2, context: context),
      x: area.x, y: area.y, style: theme.muted)
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
      let nameWidth = DisplayWidth.of(question.name)
      canvas.put(
        text.truncatedAtWord(toWidth: area.width - nameWidth, ellipsis: context.glyphs.ellipsis),
        x: area.x + nameWidth, y: y, style: theme.muted, clip: area)
    }
    if let theirs = screen.selfRating(of: question) {
      let text = "Their own rating: " + optionLabel(question.stepNames[theirs], theirs)
      let nameWidth = DisplayWidth.of(question.name)
      if nameWidth + 2 + DisplayWidth.of(text) <= area.width {
        canvas.put(
          text, x: area.maxX - DisplayWidth.of(text), y: y, style: theme.accent, clip: area)
      }
    }
    y += 1
    // Two lines of description on a small screen, more where the options keep their room.
    let description = question.description.map { TextWrap.lines($0, width: area.width) } ?? []
    let shown = min(description.count, max(2, area.height - 16))
    for (row, line) in description.prefix(shown).enumerated() {
      let cut = row == shown - 1 && shown < description.count
      canvas.put(
        cut
          ? (line + " " + description[shown]).truncatedAtWord(
            toWidth: area.width, ellipsis: context.glyphs.ellipsis) : line,
        x: area.x, y: y + row, style: theme.text, clip: area)
    }
    y += shown + 1
    drawOptions(&canvas, question: question, top: y, area: area, context: context)
  }

  /// Where the question sits, in the longest wording that fits: the area's name is cut at a
  /// word, never its numbers.
  private func position(of question: AssessmentQuestion, width: Int, context: DrawContext)
    -> String
  {
    let area = question.categoryIndex + 1
    let skill = question.indexInCategory + 1
    let wordings: [(String, String)] = [
      (
        "Area \(area) of \(question.categoryCount): ",
        " · skill \(skill) of \(question.countInCategory)"
      ),
      ("Area \(area)/\(question.categoryCount): ", " · skill \(skill)/\(question.countInCategory)"),
    ]
    for (prefix, suffix) in wordings {
      let text = prefix + question.categoryName + (question.isCategory ? "" : suffix)
      if DisplayWidth.of(text) <= width { return text }
    }
    let (prefix, suffix) = wordings[1]
    let tail = question.isCategory ? "" : suffix
    let room = width - DisplayWidth.of(prefix) - DisplayWidth.of(tail)
    return prefix
      + question.categoryName.truncatedAtWord(toWidth: room, ellipsis: context.glyphs.ellipsis)
      + tail
  }

  /// The scale's options below `top`, the highlighted one always whole and in view.
  private func drawOptions(
    _ canvas: inout Canvas, question: AssessmentQuestion, top: Int, area: Rect,
    context: DrawContext
  ) {
    let theme = context.theme
    let given = screen.assessment.answer(to: question)
    let longestName = question.stepNames.map(DisplayWidth.of).max() ?? 0
    let labelWidth = min(max(15, longestName + 5), max(15, area.width / 3))
    let options = RatingOptions(
      anchors: question.anchors, highlighted: screen.highlighted,
      width: area.width - labelWidth, ellipsis: context.glyphs.ellipsis)
    // The last two rows are the blank before the note and the note.
    let lines = options.lines(rows: max(1, area.maxY - 2 - top))
    for (row, line) in lines.enumerated() {
      let selected = line.rating == screen.highlighted
      let mark = given?.rating == line.rating ? context.glyphs.check : " "
      let pointer = selected ? context.glyphs.pointer : " "
      let label =
        line.first
        ? "\(pointer)\(mark)\(optionLabel(question.stepNames[line.rating], line.rating))"
        : ""
      canvas.put(
        label.padded(toWidth: labelWidth) + line.text.padded(toWidth: area.width - labelWidth),
        x: area.x, y: top + row, style: selected ? theme.selected : theme.text, clip: area)
      if selected && line.first { canvas.cursor = (area.x, top + row) }
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
      // n opens the whole note; this line only has to say there is one and how it starts.
      canvas.put(
        ("Note: " + text).truncatedAtWord(toWidth: area.width, ellipsis: context.glyphs.ellipsis),
        x: area.x, y: row, style: context.theme.muted, clip: area)
    } else if given?.skipped == true {
      let long = "Skipped so far: it stays unrated and is listed as not rated yet."
      canvas.put(
        DisplayWidth.of(long) <= area.width ? long : "Skipped so far: it stays unrated.",
        x: area.x, y: row, style: context.theme.muted, clip: area)
    }
  }

  /// "3 Proficient"; "3" for a step named only by its number.
  private func optionLabel(_ name: String, _ rating: Rating) -> String {
    let number = String(screen.scale.number(rating))
    return name == number ? number : "\(number) \(name)"
  }
}
