import CoachCore

/// How STAR practice looks: the question, the rubric for its level, what scope the story
/// names, and the four parts, one text area each.
struct StarPracticeView {
  let screen: StarPracticeScreen
  let levelName: String

  /// The lines above the four parts: the question (at most 3 lines), the rubric (at most 2)
  /// and the scope check, then a blank line.
  static func headerLines(_ screen: StarPracticeScreen, width: Int) -> [(String, Tone)] {
    var lines: [(String, Tone)] = []
    lines += TextWrap.lines(screen.question.text, width: width).prefix(3).map { ($0, .title) }
    let name = screen.rubric.name
    let rubric = (name.isEmpty ? "Scope: " : "\(name) scope: ") + screen.rubric.text
    lines += TextWrap.lines(rubric, width: width).prefix(2)
      .map { ($0, .accent) }
    let scope = screen.scope
    let met: Tone = screen.rubric.isMet(by: scope) ? .good : .muted
    lines += TextWrap.lines(scopeSentence(screen.rubric, scope: scope), width: width).prefix(2)
      .map { ($0, met) }
    lines.append(("", .text))
    return lines
  }

  static func scopeSentence(_ rubric: ScopeRubric, scope: StoryScope) -> String {
    var named: [String] = []
    if scope.people > 0 {
      named.append("\(scope.people) \(scope.people == 1 ? "person" : "people")")
    }
    if scope.teams > 0 { named.append("\(scope.teams) team\(scope.teams == 1 ? "" : "s")") }
    let found =
      named.isEmpty
      ? "No number of people or teams named yet"
      : "Your story names \(named.joined(separator: " and "))"
    if rubric.people == 0 && rubric.teams == 0 { return found + "." }
    if rubric.isMet(by: scope) { return found + ": that meets the rubric." }
    let asked =
      rubric.teams > 0 ? "\(rubric.teams) or more teams" : "\(rubric.people) or more people"
    return found + "; the rubric asks for \(asked) (say how many)."
  }

  /// Rows of text a part gets in an area of `size`: an equal share, and the part being
  /// typed in also gets what is left over.
  static func fieldRows(
    _ field: StarAnswer.Field, area: Size, header: Int, screen: StarPracticeScreen
  ) -> Int {
    let count = StarAnswer.Field.allCases.count
    let free = max(count, area.height - header - 1 - count)
    return free / count + (field == screen.focused ? free % count : 0)
  }

  /// The size of one part's text area, for a body of `body`.
  static func fieldSize(body: Size, screen: StarPracticeScreen) -> Size {
    let area = Size(width: body.width - 2, height: body.height)
    let header = headerLines(screen, width: area.width).count
    return Size(
      width: area.width - 2,
      height: fieldRows(screen.focused, area: area, header: header, screen: screen))
  }

  func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext) {
    let theme = context.theme
    let area = rect.inset(horizontal: 1, vertical: 0)
    var y = area.y
    let header = Self.headerLines(screen, width: area.width)
    for (text, tone) in header {
      canvas.put(text, x: area.x, y: y, style: tone.style(in: theme), clip: area)
      y += 1
    }
    for field in StarAnswer.Field.allCases {
      let rows = Self.fieldRows(field, area: area.size, header: header.count, screen: screen)
      let isFocused = field == screen.focused
      let label = "\(field.name): \(field.prompt)"
      canvas.put(
        label.padded(toWidth: area.width), x: area.x, y: y,
        style: isFocused ? theme.selected : theme.muted, clip: area)
      y += 1
      let text = Rect(x: area.x + 2, y: y, width: area.width - 2, height: rows)
      canvas.textArea(
        screen.fields[field.rawValue], in: text, focused: isFocused, context: context)
      y += rows
    }
    let note = screen.notice ?? "Enter starts a new line; Tab moves to the next part; C-d saves."
    canvas.put(
      note, x: area.x, y: area.maxY - 1, style: screen.notice == nil ? theme.muted : theme.warning,
      clip: area)
  }
}
