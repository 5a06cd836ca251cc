import CoachCore
import Foundation

/// How the history screen looks: a heading, the table of assessments, and a line of guidance.
struct HistoryView {
  let screen: HistoryScreen
  /// For the dates the assessments started.
  let calendar: Calendar

  static let listTop = 2

  static func listHeight(body: Size) -> Int { max(1, body.height - listTop - 2) }

  func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext) {
    let theme = context.theme
    let area = rect.inset(horizontal: 1, vertical: 0)
    guard let entries = screen.entries else {
      canvas.put(
        "Loading your assessments…", x: area.x, y: area.y + 1, style: theme.muted, clip: area)
      return
    }
    guard !entries.isEmpty else {
      canvas.paragraph(
        "No assessments yet. Go back to Home (Esc) and choose \"Assess my skills\"; each one you "
          + "take is listed here, so you can compare them later.",
        in: Rect(x: area.x, y: area.y + 1, width: area.width, height: 3), style: theme.text)
      return
    }
    let heading = "\(entries.count) assessment\(entries.count == 1 ? "" : "s"), newest first"
    canvas.put(heading, x: area.x, y: area.y, style: theme.title, clip: area)
    // The placement column takes what the others leave; a narrow one gets the short name.
    let placementWidth =
      area.width - 1
      - DisplayWidth.of(row(mark: "", id: "", date: "", mode: "", state: "", placement: ""))
    canvas.put(
      row(
        mark: " ", id: "#", date: "Started", mode: "Kind", state: "State",
        placement: placementWidth >= 16 ? "Ladder placement" : "Placement"),
      x: area.x + 1, y: area.y + 1, style: theme.muted, clip: area)
    // Only the rows in view are formatted: the history can hold thousands.
    let height = Self.listHeight(body: rect.size)
    let inView = HistoryScreen.rowsInView(
      count: entries.count, selected: screen.selected, body: rect.size)
    let start = inView.lowerBound
    let rows = entries[inView].map { entry -> String in
      let summary = entry.summary
      let mark = screen.marked.contains(summary.id) ? context.glyphs.check : " "
      let state = summary.isFinished ? "finished" : "\(summary.answered) answered"
      // A row that came into view by a resize is placed at the next key.
      return row(
        mark: mark, id: "\(summary.id)", date: Format.date(summary.startedAt, in: calendar),
        mode: summary.mode.rawValue, state: state, placement: entry.placement ?? "")
    }
    let list = Rect(
      x: area.x - 1, y: area.y + Self.listTop, width: area.width + 1, height: height)
    canvas.list(ListView(rows: rows, selected: screen.selected - start), in: list, context: context)
    let guidance = screen.notice ?? "\(screen.marked.count) of 2 marked for comparison."
    canvas.put(
      guidance, x: area.x, y: area.maxY - 1,
      style: screen.notice == nil ? theme.muted : theme.warning, clip: area)
  }

  private func row(
    mark: String, id: String, date: String, mode: String, state: String, placement: String
  ) -> String {
    [
      mark, id.leftPadded(to: 3), date.padded(toWidth: 16), mode.padded(toWidth: 5),
      state.padded(toWidth: 11), placement,
    ]
    .joined(separator: " ")
  }
}
