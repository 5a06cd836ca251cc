import CoachCore
import Foundation

/// How the drill setup looks: a line on how drills work, the focuses in a list on the left
/// (with the filter's text above it while one is typed), and what is due and new in the focus
/// under the cursor on the right.
struct DrillSetupView {
  let plan: DrillPlan
  let selected: Int
  /// The indexes of the choices the list shows.
  let shown: [Int]
  let pack: Pack
  let calendar: Calendar
  /// The filter's text, while it is typed.
  let filter: TextField?

  /// Rows above the list: the title, two lines on how drills work, a blank.
  static let top = 4

  /// Where the list of focuses sits in the body.
  static func listArea(in body: Rect) -> Rect {
    let width = min(50, max(24, body.width / 2))
    return Rect(
      x: body.x, y: body.y + top, width: width, height: max(1, body.height - top))
  }

  func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext) {
    let area = rect.inset(horizontal: 1, vertical: 0)
    let intro: [DocLine] =
      [.text("Flashcards", .title)]
      + DocLine.wrapped(
        "Each question comes back just before you would forget it. Cards due come first, then "
          + "new questions up to your daily limit.", width: area.width, .muted)
    canvas.document(
      Array(intro.prefix(Self.top - 1)),
      in: Rect(x: area.x, y: area.y, width: area.width, height: Self.top - 1), scroll: 0,
      context: context)
    let list = Self.listArea(in: rect)
    if let filter {
      let y = list.y - 1
      canvas.put(
        "Filter", x: list.x + 1, y: y, style: context.theme.muted,
        clip: Rect(x: list.x, y: y, width: list.width, height: 1))
      canvas.textField(
        filter, in: Rect(x: list.x + 8, y: y, width: max(0, list.width - 9), height: 1),
        context: context)
    }
    if shown.isEmpty {
      canvas.put(
        "No focus matches; Esc clears the filter.", x: list.x + 2, y: list.y,
        style: context.theme.warning, clip: list)
    } else {
      canvas.list(
        ListView(
          rows: shown.map { plan.choices[$0].label(in: pack) },
          selected: shown.firstIndex(of: selected) ?? 0), in: list, context: context)
    }
    let detailsX = list.maxX + 2
    let details = Rect(
      x: detailsX, y: list.y, width: max(0, area.maxX - detailsX), height: list.height)
    canvas.document(lines(width: details.width), in: details, scroll: 0, context: context)
  }

  func lines(width: Int) -> [DocLine] {
    let queue = plan.queue
    let label = 11
    func row(_ name: String, _ value: String, _ tone: Tone = .text) -> [DocLine] {
      TextWrap.lines(value, width: max(1, width - label)).enumerated().map { index, line in
        DocLine([
          .text(index == 0 ? name : "", .muted, width: label), .text(line, tone, width: nil),
        ])
      }
    }
    var lines = row("Focus", plan.filter.label(in: pack), .accent)
    let interview = plan.filter == .interview ? plan.interview : nil
    if let interview {
      lines += row("Interview", InterviewLines.countdown(interview, now: plan.at))
    }
    lines += row("Due now", "\(queue.due.count)")
    lines += row(
      "New today",
      interview == nil
        ? "\(queue.new.count) (limit \(plan.newPerDay) a day; \(queue.unseen) not seen yet)"
        : "\(queue.new.count) (\(queue.newPerDay) a day to see all \(queue.unseen) in time)")
    if queue.due.isEmpty, let next = queue.nextDue {
      lines += row("Next due", Format.wait(until: next, from: plan.at, in: calendar))
    }
    lines.append(.blank)
    if queue.isEmpty {
      lines += DocLine.wrapped(
        "Nothing to drill in this focus right now. Pick another focus with ↑ and ↓, or press "
          + "+ to allow more new questions today.", width: width, .warning)
    } else {
      lines += DocLine.wrapped(
        "Press Enter to start: \(queue.ids.count) card\(queue.ids.count == 1 ? "" : "s"). "
          + "↑ and ↓ pick the focus, / filters the list, + and - change the new questions a "
          + "day.", width: width)
    }
    return lines
  }
}
