import CoachCore
import Foundation

/// Markdown: headings and tables, readable as plain text too.
extension ReportDocument {
  func markdown() -> String {
    var out = ["# Career report", "", "\(headline).", ""]
    out += ["## Placement", ""]
    out += Self.table(
      ["Track", "Level", "Borderline", "Next level"],
      report.placement.tracks.map { track in
        [
          trackName(track.track), placementName(track), track.borderline ? "yes" : "no",
          track.nextLevel.map(levelName) ?? "top of the track",
        ]
      })
    out += [
      "",
      "A level counts when its fit reaches \(Self.percent(report.placement.threshold)) "
        + "and every level below it does too.", "",
    ]
    out += ["## Fit per level", ""]
    out += Self.table(
      ["Track", "Level", "Fit", "Reached"],
      report.placement.tracks.flatMap { track in
        track.fits.map { fit in
          [
            trackName(track.track), levelName(fit.level), Self.percent(fit.fit),
            fit.reached ? "yes" : "no",
          ]
        }
      })
    out += ["", "## Gaps to \(targetDescription)", ""]
    if report.gaps.isEmpty {
      out.append(
        report.target == nil ? "The pack has no levels." : "None: every requirement is met.")
    } else {
      out += Self.table(
        ["#", "Skill", "Rating", "Required", "Weight", "Priority", "Action"],
        report.gaps.enumerated().map { index, gap in
          [
            "\(index + 1)", gap.requirement.displayName(in: pack),
            Self.ratingName(gap.rating) + (gap.unknown ? ", not rated" : ""),
            Self.ratingName(gap.required), Self.hours(gap.weight), Self.hours(gap.priority),
            gap.action,
          ]
        })
    }
    out += ["", "## Study plan", ""]
    let plan = report.plan
    if plan.weeks.isEmpty {
      out.append(
        plan.hoursPerWeek <= 0
          ? "Set the hours per week to get a plan." : "Nothing to study for this target.")
    } else {
      out.append(
        "\(Self.hours(plan.hoursPerWeek)) hours a week, \(plan.totalWeeks) weeks, "
          + "\(Self.hours(plan.totalHours)) hours in all.")
      out.append("")
      out += Self.table(
        ["Week", "Work on"],
        plan.weeks.map { week in
          [
            "\(week.number)",
            week.items.map { "\(skillName($0.skill)) (\(Self.hours($0.hours)) h)" }.joined(
              separator: ", "),
          ]
        })
    }
    return out.joined(separator: "\n") + "\n"
  }

  static func table(_ header: [String], _ rows: [[String]]) -> [String] {
    let escape = { (cell: String) in
      cell.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
    let line = { (cells: [String]) in "| " + cells.map(escape).joined(separator: " | ") + " |" }
    return [line(header), "|" + header.map { _ in " --- |" }.joined()] + rows.map(line)
  }
}
