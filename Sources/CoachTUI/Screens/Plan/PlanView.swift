import CoachCore
import Foundation

/// How the plan screen looks: the hours, the gaps with their hours and objective marks, and
/// the weeks.
struct PlanView {
  let screen: PlanScreen
  let pack: Pack
  let loaded: LoadedReport
  let data: AppData

  /// Rows of the body: a summary, the gap list, then the weeks.
  struct Layout {
    let gapsTop = 2
    let gapsHeight: Int
    let weeksTop: Int
    let weeksHeight: Int

    init(body: Size, gaps: Int) {
      gapsHeight = max(1, min(max(gaps, 1), (body.height - 5) / 2))
      weeksTop = gapsTop + 1 + gapsHeight + 2
      weeksHeight = max(1, body.height - weeksTop)
    }
  }

  /// The milestones: their weeks and hours, the next step of each skill begun in them (an
  /// exercise, the drills, a resource) and the checkpoints at their end.
  /// With an interview ahead, the milestones after its day come under a line that says so.
  static func milestoneLines(
    _ report: CareerReport, pack: Pack, width: Int, today: Date, calendar: Calendar,
    interview: (day: String, daysLeft: Int)? = nil
  ) -> [DocLine] {
    let plan = report.plan
    let inner = max(10, width - 6)
    let steps = report.milestoneSteps(in: pack)
    var lines = DocLine.wrapped(
      "Built from your latest assessment: re-assess and the gaps, milestones and date follow.",
      width: width - 2, .muted, indent: 1)
    var afterInterview = interview.map { plan.weeksBefore(daysLeft: $0.daysLeft) }
    for (milestone, todo) in zip(plan.milestones, steps) {
      if let weeks = afterInterview, milestone.lastWeek > weeks, let interview {
        lines.append(.blank)
        lines.append(.text("After the interview on \(interview.day):", .warning, indent: 1))
        afterInterview = nil
      }
      lines.append(.blank)
      let end = calendar.date(byAdding: .day, value: 7 * milestone.lastWeek, to: today)
      let items = milestone.items.map { "\(pack.skillName($0.skill)) \(Format.hours($0.hours)) h" }
      lines += DocLine.wrapped(
        "\(milestone.weeksLabel)" + (end.map { ", until \(Format.day($0, in: calendar))" } ?? "")
          + ": " + items.joined(separator: ", "), width: width - 2, .title, indent: 1)
      for line in todo { lines += DocLine.wrapped(line, width: inner, indent: 3) }
      for checkpoint in milestone.checkpoints {
        lines += DocLine.wrapped(
          "Checkpoint: re-rate \(pack.skillName(checkpoint.skill)) at the end of week "
            + "\(checkpoint.week) (aim: \(pack.stepName(checkpoint.aim, ofSkill: checkpoint.skill))).",
          width: inner, .accent, indent: 3)
      }
    }
    return lines
  }

  func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext) {
    let theme = context.theme
    let area = rect.inset(horizontal: 1, vertical: 0)
    let report = loaded.report
    let plan = report.plan
    let target = report.target.map { pack.levelName($0) } ?? "the next level"
    var totals =
      plan.weeks.isEmpty
      ? "" : ": \(plan.totalWeeks) weeks, \(Format.hours(plan.totalHours)) h in all"
    if let done = plan.targetDate(from: data.today, calendar: data.calendar) {
      totals += ", done by \(Format.day(done, in: data.calendar))"
    }
    // The footer names + and - too, so a narrow screen drops the reminder first.
    let hours = "\(Format.hours(plan.hoursPerWeek)) h a week"
    let summary = [hours + " (+/- to change)" + totals, hours + totals].first {
      DisplayWidth.of($0) <= area.width
    }
    canvas.put(
      summary
        ?? (hours + totals).truncatedAtWord(toWidth: area.width, ellipsis: context.glyphs.ellipsis),
      x: area.x, y: area.y, style: theme.text, clip: area)
    var targetLine = "Target: \(target)"
    if let interview = loaded.interview(today: data.today, calendar: data.calendar) {
      targetLine += ". " + plan.interviewNote(daysLeft: interview.daysLeft, day: interview.day)
    }
    canvas.put(
      targetLine.truncatedAtWord(toWidth: area.width, ellipsis: context.glyphs.ellipsis),
      x: area.x, y: area.y + 1, style: theme.muted, clip: area)
    guard !plan.gaps.isEmpty else {
      canvas.paragraph(
        "Nothing to study: you meet every requirement of \(target). Choose a higher target on the Gaps screen.",
        in: Rect(x: area.x, y: area.y + 3, width: area.width, height: 3), style: theme.good)
      return
    }
    let layout = Layout(body: rect.size, gaps: plan.gaps.count)
    canvas.put(
      "Gaps (Space marks an objective: it comes first)", x: area.x, y: area.y + layout.gapsTop,
      style: theme.title, clip: area)
    // As wide as the longest name where there is room, so the hours stay beside the names.
    let longest = plan.gaps.map { DisplayWidth.of(pack.skillName($0.skill)) }.max() ?? 0
    let nameWidth = max(10, min(area.width - 16, longest + 1))
    let rows = plan.gaps.map { gap in
      let mark = gap.isObjective ? "[\(context.glyphs.check)]" : "[ ]"
      return "\(mark) "
        + pack.skillName(gap.skill).truncated(toWidth: nameWidth).padded(toWidth: nameWidth)
        + (Format.hours(gap.hours) + " h").leftPadded(to: 7)
    }
    let list = Rect(
      x: area.x - 1, y: area.y + layout.gapsTop + 1, width: area.width + 1,
      height: layout.gapsHeight)
    canvas.list(ListView(rows: rows, selected: screen.selected), in: list, context: context)
    canvas.put(
      "Milestones", x: area.x, y: area.y + layout.weeksTop - 1, style: theme.title, clip: area)
    screen.drawDocument(&canvas, in: rect, context: context, data: data)
  }
}
