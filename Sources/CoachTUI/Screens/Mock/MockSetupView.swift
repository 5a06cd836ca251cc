import CoachCore
import CoachStore
import Foundation

/// How the mock interview setup looks: the two choices, what they give, and past interviews.
struct MockSetupView {
  let screen: MockSetupScreen
  let pack: Pack
  let planned: [Question]
  /// For the dates of past interviews.
  let calendar: Calendar

  func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext) {
    let theme = context.theme
    let area = rect.inset(horizontal: 1, vertical: 0)
    var y = area.y
    let scored = pack.questions.contains { !$0.keyPoints.isEmpty }
    y += canvas.paragraph(
      scored
        ? "Answer questions against the clock, then tick the key points your answer covered."
        : "Answer questions against the clock; your answers are kept.",
      in: Rect(x: area.x, y: y, width: area.width, height: 2), style: theme.text)
    y += 1
    let choices = [
      ("Length", screen.length.label), ("Focus", screen.focus.label(in: pack)),
    ]
    for (index, choice) in choices.enumerated() {
      let selected = screen.row == index
      let value = "‹ \(choice.1) ›"
      let text = (selected ? context.glyphs.pointer : " ") + " " + choice.0.padded(toWidth: 8)
      let x = canvas.put(text, x: area.x, y: y, style: theme.text, clip: area)
      canvas.put(value, x: x, y: y, style: selected ? theme.selected : theme.accent, clip: area)
      if selected { canvas.cursor = (area.x, y) }
      y += 1
    }
    y += 1
    let minutes = (MockPlan.seconds(of: planned) + 59) / 60
    let summary =
      planned.isEmpty
      ? "No question matches this focus."
      : "\(planned.count) question\(planned.count == 1 ? "" : "s"), about \(minutes) minute\(minutes == 1 ? "" : "s"). "
        + "Time per question: \(Self.times(in: pack))."
    y += canvas.paragraph(
      summary, in: Rect(x: area.x, y: y, width: area.width, height: 2), style: theme.muted)
    if let unfinished = screen.resumable {
      y += canvas.paragraph(
        "Your interview of \(Format.date(unfinished.startedAt, in: calendar)) stopped after "
          + "\(unfinished.answers.count) of \(unfinished.questions.count) answers; r resumes it.",
        in: Rect(x: area.x, y: y, width: area.width, height: 2), style: theme.accent)
    }
    if let notice = screen.notice {
      canvas.put(notice, x: area.x, y: y, style: theme.warning, clip: area)
      y += 1
    }
    y += 1
    drawPast(
      &canvas, in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y),
      context: context)
  }

  /// "technical 3 min, system design 5, behavioural 2": the time of each kind the pack asks.
  static func times(in pack: Pack) -> String {
    let asked = Set(pack.questions.map(\.kind.id))
    return pack.questionKinds.filter { asked.contains($0.id) }.enumerated().map { index, kind in
      "\(kind.name.lowercased()) \(kind.mockSeconds / 60)" + (index == 0 ? " min" : "")
    }.joined(separator: ", ")
  }

  private func drawPast(_ canvas: inout Canvas, in rect: Rect, context: DrawContext) {
    let theme = context.theme
    guard rect.height > 1 else { return }
    guard let interviews = screen.interviews else {
      canvas.put("Loading past interviews…", x: rect.x, y: rect.y, style: theme.muted, clip: rect)
      return
    }
    guard !interviews.isEmpty else {
      canvas.put(
        "No mock interviews yet; your scores will be listed here.", x: rect.x, y: rect.y,
        style: theme.muted, clip: rect)
      return
    }
    canvas.put(
      "Past interviews, newest first", x: rect.x, y: rect.y, style: theme.title, clip: rect)
    canvas.put(
      row(date: "Started", length: "Length", focus: "Focus", answered: "Answered", score: "Score"),
      x: rect.x, y: rect.y + 1, style: theme.muted, clip: rect)
    let visible = max(0, rect.height - 2)
    for (offset, interview) in interviews.prefix(visible).enumerated() {
      let answered = "\(interview.answers.count) of \(interview.questions.count)"
      let score = interview.score.map(Format.percent) ?? "–"
      canvas.put(
        row(
          date: Format.date(interview.startedAt, in: calendar), length: interview.length.label,
          focus: interview.focus.label(in: pack), answered: answered, score: score),
        x: rect.x, y: rect.y + 2 + offset, style: theme.text, clip: rect)
    }
  }

  private func row(date: String, length: String, focus: String, answered: String, score: String)
    -> String
  {
    [
      date.padded(toWidth: 16), length.padded(toWidth: 12), focus.padded(toWidth: 16),
      answered.padded(toWidth: 9), score,
    ].joined(separator: "  ")
  }
}
