import CoachCore
import CoachStore

/// How a mock interview looks: the question with its countdown and the answer box, then the
/// key point checklist, then the review.
struct MockInterviewView {
  let screen: MockInterviewScreen
  let pack: Pack?

  /// The most lines of question text shown above the answer.
  static let questionLines = 4

  static func questionText(_ question: Question, width: Int) -> [String] {
    Array(TextWrap.lines(question.text, width: max(1, width)).prefix(questionLines))
  }

  /// Where the answer box goes in the body: below the heading, the question and a blank line.
  static func answerBox(body: Rect, question: Question) -> Rect {
    let area = body.inset(horizontal: 1, vertical: 0)
    let top = 1 + questionText(question, width: area.width).count + 1
    return Rect(x: area.x, y: area.y + top, width: area.width, height: max(3, area.height - top))
  }

  /// The size of the text area inside the answer box, for a body of `body`.
  static func answerSize(body: Size, question: Question) -> Size {
    let box = answerBox(
      body: Rect(x: 0, y: 0, width: body.width, height: body.height), question: question)
    return Size(width: box.width - 2, height: box.height - 2)
  }

  func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext) {
    switch screen.phase {
    case .answering: drawAnswering(&canvas, in: rect, context: context)
    case .checking: drawChecking(&canvas, in: rect, context: context)
    case .review:
      let area = rect.inset(horizontal: 1, vertical: 0)
      canvas.document(
        Self.reviewLines(screen, width: area.width), in: area, scroll: screen.review.offset,
        context: context)
    }
  }

  private func heading(_ question: Question) -> String {
    let level = question.level.map { " · " + (pack?.levelName($0) ?? $0) } ?? ""
    return
      "Question \(screen.index + 1) of \(screen.questions.count) · \(question.kind.name)\(level)"
  }

  /// The heading, ended at a word with "…" where it would run into the time on its right.
  private func putHeading(
    _ question: Question, leaving right: Int, in area: Rect, on canvas: inout Canvas,
    context: DrawContext
  ) {
    let text = heading(question).truncatedAtWord(
      toWidth: max(1, area.width - right - 2), ellipsis: context.glyphs.ellipsis)
    canvas.put(text, x: area.x, y: area.y, style: context.theme.muted, clip: area)
  }

  private func drawAnswering(_ canvas: inout Canvas, in rect: Rect, context: DrawContext) {
    guard let question = screen.question else { return }
    let theme = context.theme
    let area = rect.inset(horizontal: 1, vertical: 0)
    let now = screen.now ?? screen.clock.startedAt
    let remaining = screen.clock.remaining(at: now ?? .distantPast)
    let warning = remaining <= QuestionClock.warningSeconds
    let countdown = "\(QuestionClock.format(remaining)) left"
    putHeading(
      question, leaving: DisplayWidth.of(countdown), in: area, on: &canvas, context: context)
    canvas.put(
      countdown, x: area.maxX - DisplayWidth.of(countdown), y: area.y,
      style: warning ? theme.warning : theme.accent, clip: area)
    for (row, line) in Self.questionText(question, width: area.width).enumerated() {
      canvas.put(line, x: area.x, y: area.y + 1 + row, style: theme.title, clip: area)
    }
    let box = Self.answerBox(body: rect, question: question)
    let title =
      screen.stopArmed
      ? "Esc again stops the interview and drops this answer; C-d submits it"
      : "Your answer (Enter: new line, C-d: submit)"
    canvas.box(box, title: title, context: context)
    canvas.textArea(screen.answer, in: box.inset(by: 1), context: context)
  }

  private func drawChecking(_ canvas: inout Canvas, in rect: Rect, context: DrawContext) {
    guard let question = screen.question else { return }
    let theme = context.theme
    let area = rect.inset(horizontal: 1, vertical: 0)
    let time =
      screen.timedOut
      ? "Time is up" : "Answered in \(QuestionClock.format(screen.secondsUsed))"
    putHeading(question, leaving: DisplayWidth.of(time), in: area, on: &canvas, context: context)
    canvas.put(
      time, x: area.maxX - DisplayWidth.of(time), y: area.y,
      style: screen.timedOut ? theme.warning : theme.accent, clip: area)
    var y = area.y + 1
    for line in Self.questionText(question, width: area.width) {
      canvas.put(line, x: area.x, y: y, style: theme.title, clip: area)
      y += 1
    }
    let typed = screen.answer.text.split(separator: "\n").joined(separator: " ")
    let answerLines = TextWrap.lines(
      typed.isEmpty ? "(nothing typed)" : typed, width: area.width - 3)
    for (row, line) in answerLines.prefix(2).enumerated() {
      let shown = row == 1 && answerLines.count > 2 ? line + context.glyphs.ellipsis : line
      canvas.put(
        context.glyphs.vertical + " " + shown, x: area.x, y: y, style: theme.muted, clip: area)
      y += 1
    }
    y += 1
    guard !question.keyPoints.isEmpty else {
      let lines = TextWrap.lines(
        Question.noKeyPoints + " Enter saves your answer, with no score.", width: area.width)
      for (row, line) in lines.enumerated() {
        canvas.put(line, x: area.x, y: y + row, style: theme.text, clip: area)
      }
      return
    }
    canvas.put(
      "Tick what you covered; points marked (suggested) are the app's guess.",
      x: area.x, y: y, style: theme.text, clip: area)
    y += 1
    let list = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y - 1)
    drawChecklist(&canvas, question: question, in: list, context: context)
    let score = MockScore.fraction(ticked: screen.ticked.count, of: question.keyPoints.count)
    canvas.put(
      "Score: \(screen.ticked.count) of \(question.keyPoints.count) key points (\(Format.percent(score)))",
      x: area.x, y: area.maxY - 1, style: theme.title, clip: area)
  }

  private func drawChecklist(
    _ canvas: inout Canvas, question: Question, in rect: Rect, context: DrawContext
  ) {
    guard rect.height > 0 else { return }
    var lines: [(text: String, point: Int)] = []
    for (index, point) in question.keyPoints.enumerated() {
      let mark = screen.ticked.contains(index) ? "[x] " : "[ ] "
      // A suggestion the user unticked is no longer shown as one.
      let tag = screen.found.contains(index) && screen.ticked.contains(index) ? " (suggested)" : ""
      for (row, line) in TextWrap.lines(point + tag, width: max(1, rect.width - 4)).enumerated() {
        lines.append(((row == 0 ? mark : "    ") + line, index))
      }
    }
    let first = lines.firstIndex { $0.point == screen.selected } ?? 0
    let last = lines.lastIndex { $0.point == screen.selected } ?? 0
    var offset = 0
    if last >= rect.height { offset = min(first, last - rect.height + 1) }
    for row in 0..<min(rect.height, lines.count - offset) {
      let line = lines[offset + row]
      let isSelected = line.point == screen.selected
      canvas.put(
        line.text.padded(toWidth: rect.width), x: rect.x, y: rect.y + row,
        style: isSelected ? context.theme.selected : context.theme.text, clip: rect)
      if isSelected && line.text.hasPrefix("[") { canvas.cursor = (rect.x + 1, rect.y + row) }
    }
  }

  /// The review: the overall score, then each question with its score, time and missed points.
  static func reviewLines(_ screen: MockInterviewScreen, width: Int) -> [DocLine] {
    let answers = screen.interview.answers
    let ticked = answers.reduce(0) { $0 + $1.ticked.count }
    let total = answers.reduce(0) { $0 + $1.pointCount }
    var lines: [DocLine] = []
    let scored = answers.filter { $0.pointCount > 0 }.count
    if let score = MockScore.overall(answers.map { ($0.ticked.count, $0.pointCount) }) {
      let over =
        scored == answers.count
        ? "over \(answers.count) of \(screen.questions.count) questions"
        : "over the \(scored) answered question\(scored == 1 ? "" : "s") with key points"
      lines += DocLine.wrapped(
        "Overall: \(Format.percent(score)), \(ticked) of \(total) key points \(over)", width: width,
        .title)
    } else if answers.isEmpty {
      lines.append(.text("No question was answered.", .title))
    } else {
      lines += DocLine.wrapped(
        (answers.count == 1
          ? "Your answer is saved; the question answered lists"
          : "Your \(answers.count) answers are saved; the questions answered list")
          + " no key points to check, so there is no score.",
        width: width, .title)
    }
    let missed = screen.interview.missedPointCount
    if screen.interview.missedSentToDrillsAt != nil {
      lines += DocLine.wrapped(
        "Your missed key points are in your drills: their questions come first in your next "
          + "drill, with the points you missed marked.", width: width, .accent)
    } else if missed > 0 {
      lines += DocLine.wrapped(
        "Press f to drill the \(missed) key point\(missed == 1 ? "" : "s") you missed as "
          + "flashcards.", width: width, .muted)
    }
    for (position, question) in screen.questions.enumerated() {
      lines.append(.blank)
      let answer = answers.first { $0.position == position }
      let score = answer.flatMap { $0.pointCount > 0 ? Format.percent($0.score) : nil } ?? "–"
      lines.append(
        DocLine([
          .text("\(position + 1). \(question.text)", .text, width: max(10, width - 6)),
          .text(score, .accent, width: nil),
        ]))
      guard let answer else {
        lines.append(.text("Not answered.", .muted, indent: 3))
        continue
      }
      let time =
        answer.timedOut
        ? "Time ran out (\(QuestionClock.format(answer.secondsUsed)))"
        : "Answered in \(QuestionClock.format(answer.secondsUsed))"
      let points =
        answer.pointCount == 0
        ? "saved; this question lists no key points to check"
        : "\(answer.ticked.count) of \(answer.pointCount) key points"
      lines.append(.text("\(time); \(points)", .muted, indent: 3))
      let typed = answer.text.split(separator: "\n").joined(separator: " ")
      lines += DocLine.wrapped(
        "Your answer: " + (typed.isEmpty ? "(nothing typed)" : typed), width: width, .muted,
        indent: 3)
      let missed = question.keyPoints.indices.filter { !answer.ticked.contains($0) }
      for index in missed {
        lines += DocLine.wrapped(
          "Missed: " + question.keyPoints[index], width: width, .text, indent: 3)
      }
    }
    return lines
  }
}
