import CoachCore
import Foundation

/// How a drill looks: a status line, the last grade's next review, the card (question, then
/// key points, hint and follow-ups) in a scrolling area, and the grading keys at the bottom.
/// When the drill is over, its summary (`DrillSummaryLines`).
struct DrillView {
  let screen: DrillScreen
  let pack: Pack
  /// For the day of the next review.
  let calendar: Calendar

  /// Rows above the card (status, last grade, blank) and below it (blank, keys).
  static let top = 3
  static let bottom = 2

  /// Where the card sits in the body.
  static func documentArea(in body: Rect) -> Rect {
    Rect(
      x: body.x + 1, y: body.y + top, width: max(0, body.width - 2),
      height: max(1, body.height - top - bottom))
  }

  func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext) {
    let theme = context.theme
    let area = rect.inset(horizontal: 1, vertical: 0)
    guard let plan = screen.plan else { return }
    canvas.put(status(plan), x: area.x, y: area.y, style: theme.muted, clip: area)
    if let graded = screen.lastGraded {
      canvas.put(
        "\(graded.grade.name): next review \(Format.wait(until: graded.card.card.due, from: graded.at, in: calendar))",
        x: area.x, y: area.y + 1, style: graded.grade == .again ? theme.warning : theme.good,
        clip: area)
    }
    guard !screen.showsSummary else { return }
    let prompt: String
    let style: Style
    if let notice = screen.notice {
      (prompt, style) = (notice, theme.warning)
    } else if screen.revealed {
      let grades = "1 Again  2 Hard  3 Good  4 Easy  (Space: Good)"
      let question = "How well did you know it?  " + grades
      prompt = DisplayWidth.of(question) <= area.width ? question : "Grade: " + grades
      style = theme.accent
    } else if let id = screen.current,
      pack.questions.first(where: { $0.id == id })?.keyPoints.isEmpty == true
    {
      let full = "Answer in your head, then press Space and grade yourself."
      prompt = DisplayWidth.of(full) <= area.width ? full : "Answer, then Space to grade."
      style = theme.accent
    } else {
      let full = "Answer in your head, then press Space to see the key points."
      prompt = DisplayWidth.of(full) <= area.width ? full : "Answer, then Space shows the points."
      style = theme.accent
    }
    canvas.put(prompt, x: area.x, y: area.maxY - 1, style: style, clip: area)
  }

  func status(_ plan: DrillPlan) -> String {
    let session = screen.session
    let waiting = Set(session.waiting.map(\.question))
    let due = plan.queue.due.filter { !waiting.contains($0) }.count
    let again = waiting.isEmpty ? "" : ", \(waiting.count) again"
    let missed = plan.queue.missed.isEmpty ? "" : "\(plan.queue.missed.count) missed, "
    return "\(plan.filter.label(in: pack)) · \(session.left(in: plan.queue.ids)) left "
      + "(\(missed)\(due) due, \(plan.queue.new.count) new\(again)) · \(screen.reviewed) reviewed"
  }

  func documentLines(width: Int) -> [DocLine] {
    guard let plan = screen.plan else { return [] }
    guard !screen.showsSummary, let id = screen.current,
      let question = pack.questions.first(where: { $0.id == id })
    else {
      return DrillSummaryLines(screen: screen, plan: plan, pack: pack, calendar: calendar)
        .lines(width: width)
    }
    var lines: [DocLine] = [.text(question.summary(in: pack), .muted)]
    lines += DocLine.wrapped(question.text, width: width, .title)
    if let tags = question.tagLine { lines += DocLine.wrapped(tags, width: width, .muted) }
    guard screen.revealed else { return lines }
    let missed = Set(plan.missed[question.id]?.points ?? [])
    lines += [.blank, .text("Key points", .title)]
    if question.keyPoints.isEmpty {
      lines += DocLine.wrapped(
        Question.noKeyPoints + " Grade how well you think you answered.", width: width, .muted)
    }
    if !missed.isEmpty {
      lines += DocLine.wrapped(
        "▸ marks the points you missed in a mock interview.", width: width, .warning)
    }
    for (index, point) in question.keyPoints.enumerated() {
      lines += bullet(point, width: width, marker: missed.contains(index) ? "▸ " : "• ")
    }
    if let hint = question.hint {
      lines += [.blank]
      lines += DocLine.wrapped("Hint: " + hint, width: width, .text)
    }
    if !question.followUps.isEmpty {
      lines += [.blank, .text("Follow-ups", .title)]
      for followUp in question.followUps { lines += bullet(followUp, width: width) }
    }
    return lines
  }

  private func bullet(_ text: String, width: Int, marker: String = "• ") -> [DocLine] {
    TextWrap.lines(text, width: max(1, width - 2)).enumerated().map { index, line in
      .text((index == 0 ? marker : "  ") + line, marker == "• " ? .text : .warning)
    }
  }
}
