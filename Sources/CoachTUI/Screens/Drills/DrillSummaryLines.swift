import CoachCore
import Foundation

/// The end of a drill: how many cards were reviewed, the grades, the share remembered, the
/// time spent and what waits by the end of tomorrow.
struct DrillSummaryLines {
  let screen: DrillScreen
  let plan: DrillPlan
  let pack: Pack
  let calendar: Calendar

  static let label = 14

  func lines(width: Int) -> [DocLine] {
    let session = screen.session
    guard session.reviewed > 0 else {
      return DocLine.wrapped(
        "Nothing to drill in this focus right now: no card is due and today's new questions "
          + "are done.", width: width, .title) + [.blank] + next(width: width)
    }
    let left = session.left(in: plan.queue.ids)
    var lines: [DocLine] = [
      .text(left == 0 ? "Done for now." : "Drill ended.", .title), .blank,
      row("Reviewed", cards(session.reviewed)),
      row(
        "Grades",
        FSRSGrade.allCases.map { "\($0.name) \(session.count($0))" }.joined(separator: " · ")),
      row(
        "Retention",
        "\(Int(((session.retention ?? 0) * 100).rounded()))% (reviews not answered Again)"),
      row("Time spent", Format.duration(session.secondsSpent)),
      row("Due tomorrow", "\(cards(plan.dueTomorrow)) in this focus (with those due later today)"),
      .blank,
    ]
    if left > 0 {
      lines +=
        DocLine.wrapped("\(cards(left)) left in this focus for another time.", width: width)
        + escHint(width: width)
    } else {
      lines += next(width: width)
    }
    return lines
  }

  private func next(width: Int) -> [DocLine] {
    var lines: [DocLine] = []
    if let next = plan.queue.nextDue {
      lines += DocLine.wrapped(
        "The next card in this focus is due "
          + "\(Format.wait(until: next, from: plan.at, in: calendar)).", width: width)
    }
    return lines + escHint(width: width)
  }

  private func escHint(width: Int) -> [DocLine] {
    DocLine.wrapped(
      "Press Esc to choose another focus; Statistics on Home shows your progress.",
      width: width, .muted)
  }

  private func row(_ label: String, _ value: String) -> DocLine {
    DocLine([.text(label, .muted, width: Self.label), .text(value, .text, width: nil)])
  }

  private func cards(_ count: Int) -> String { "\(count) card\(count == 1 ? "" : "s")" }
}
