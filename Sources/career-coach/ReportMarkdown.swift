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
          pack.trackName(track.track), placementName(track), track.borderline ? "yes" : "no",
          track.nextLevel.map(pack.levelName) ?? "top of the track",
        ]
      })
    out += [
      "",
      "A level counts when its fit reaches \(Format.percent(report.placement.threshold)), "
        + "its central requirements are met, and every level below it counts too.", "",
    ]
    for line in [report.yearsLine(in: pack), report.yearsNote(in: pack)].compactMap({ $0 }) {
      out += [line, ""]
    }
    out += ["## Fit per level", ""]
    out += Self.table(
      ["Track", "Level", "Fit", "Reached"],
      report.placement.tracks.flatMap { track in
        track.fits.map { fit in
          [
            pack.trackName(track.track), pack.levelName(fit.level), Format.percent(fit.fit),
            fit.reached ? "yes" : "no",
          ]
        }
      })
    out += [""] + calibrationMarkdown()
    out += ["## \(gapsHeading)", ""]
    let listed = report.gaps + report.unrated
    if listed.isEmpty {
      out.append(
        report.target == nil ? "The pack has no levels." : "None: every requirement is met.")
    } else {
      out += Self.table(
        ["#", "Skill", "Rating", "Required", "Weight", "Priority", "Action"],
        listed.enumerated().map { index, gap in
          [
            gap.unknown ? "?" : "\(index + 1)", gap.requirement.displayName(in: pack),
            gap.unknown ? "not rated yet" : pack.ratingText(gap.rating, ofSkill: gap.skill),
            pack.ratingText(gap.required, ofSkill: gap.skill), Format.hours(gap.weight),
            gap.unknown ? "?" : Format.hours(gap.priority),
            gap.action + " Next step: " + nextStep(gap).exercise,
          ]
        })
    }
    guard pack.has(.studyHours) else { return out.joined(separator: "\n") + "\n" }
    out += ["", "## Study plan", ""]
    let plan = report.plan
    if plan.weeks.isEmpty {
      out.append(
        plan.hoursPerWeek <= 0
          ? "Set the hours per week to get a plan." : "Nothing to study for this target.")
    } else {
      out += [planSummary.prefix(1).uppercased() + planSummary.dropFirst() + ".", ""]
      out += Self.table(
        ["Weeks", "Work on", "Checkpoints"],
        plan.milestones.map { milestone in
          [
            milestone.weeksLabel,
            milestone.items.map { "\(pack.skillName($0.skill)) (\(Format.hours($0.hours)) h)" }
              .joined(separator: ", "),
            milestone.checkpoints.map(checkpointLine).joined(separator: " "),
          ]
        })
      out += ["", ReportDocument.adaptsNote]
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
