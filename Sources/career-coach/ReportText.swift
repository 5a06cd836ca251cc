import CoachCore
import Foundation

/// Plain text with aligned columns, for a terminal or a pipe.
extension ReportDocument {
  func text(sections: Set<Section> = Set(Section.allCases)) -> String {
    var lines = [headline, ""]
    lines += placementLines()
    if sections.contains(.fits) { lines += [""] + fitLines() }
    if sections.contains(.calibration) { lines += [""] + calibrationLines() }
    if sections.contains(.gaps) { lines += [""] + gapLines() }
    // A pack without study hours makes no plan, and the report says nothing of one.
    if sections.contains(.plan), pack.has(.studyHours) { lines += [""] + planLines() }
    return lines.joined(separator: "\n") + "\n"
  }

  enum Section: CaseIterable { case fits, calibration, gaps, plan }

  func placementLines() -> [String] {
    let rows = report.placement.tracks.map { track -> [String] in
      [
        pack.trackName(track.track), placementName(track),
        CareerReport.placementNote(track, in: pack),
      ]
    }
    return [
      "Placement (a level counts when its fit reaches \(Format.percent(report.placement.threshold)))"
    ]
      + TextTable.lines(rows, indent: 2)
      + [
        report.estimateLine(in: pack), report.undecidedNote(in: pack), report.yearsLine(in: pack),
        report.yearsNote(in: pack),
      ]
      .compactMap { $0 }.map {
        "  " + $0
      }
  }

  func fitLines() -> [String] {
    var lines = ["Fit per level"]
    for track in report.placement.tracks {
      lines.append("  " + pack.trackName(track.track))
      let rows = track.fits.map { fit in
        [
          pack.levelName(fit.level), Format.percent(fit.fit), TextTable.bar(fit.fit, width: 20),
          fit.reached ? "reached" : centralNote(fit),
        ]
      }
      lines += TextTable.lines(rows, indent: 4, rightAligned: [1])
    }
    return lines
  }

  /// "central unmet: System design, Mentoring" for a level not reached for want of them;
  /// central requirements the user has not rated are named apart, as not rated, not as unmet.
  func centralNote(_ fit: LevelFit) -> String {
    func names(_ results: [RequirementResult]) -> String {
      results.map { $0.requirement.displayName(in: pack) }.joined(separator: ", ")
    }
    let unmet = fit.unmetCentral.filter { !$0.unknown }
    let unrated = fit.unmetCentral.filter(\.unknown)
    var parts: [String] = []
    if !unmet.isEmpty { parts.append("central unmet: " + names(unmet)) }
    if !unrated.isEmpty { parts.append("central, not rated yet: " + names(unrated)) }
    return parts.joined(separator: "; ")
  }

  func gapLines() -> [String] {
    guard report.target != nil else { return ["No target level: the pack has no levels."] }
    let unrated =
      report.unrated.isEmpty
      ? []
      : [
        "Not rated yet (size unknown): "
          + report.unrated.map { $0.requirement.displayName(in: pack) }.joined(separator: "; ")
      ]
    guard !report.gaps.isEmpty else {
      return ["\(gapsHeading): none of the rated requirements is unmet."] + unrated
    }
    var lines = ["\(gapsHeading), most important first"]
    let rows = report.gaps.enumerated().map { index, gap in
      [
        "\(index + 1).", gap.requirement.displayName(in: pack),
        "\(pack.ratingText(gap.rating, ofSkill: gap.skill)) -> "
          + pack.ratingText(gap.required, ofSkill: gap.skill),
        "priority \(Format.hours(gap.priority))",
      ]
    }
    for (row, gap) in zip(TextTable.lines(rows, indent: 2, rightAligned: [0]), report.gaps) {
      lines.append(row)
      lines.append("      " + gap.action)
      lines.append("      Next step: " + nextStep(gap).exercise)
    }
    return lines + unrated
  }

  func planLines() -> [String] {
    let plan = report.plan
    guard !plan.weeks.isEmpty else {
      if plan.hoursPerWeek <= 0 { return ["Study plan: set the hours per week to get one."] }
      return ["Study plan: nothing to study for \(targetDescription)."]
    }
    var lines = ["Study plan: " + planSummary]
    for (milestone, todo) in zip(plan.milestones, report.milestoneSteps(in: pack)) {
      let items = milestone.items.map { "\(pack.skillName($0.skill)) \(Format.hours($0.hours)) h" }
      lines.append("  \(milestone.weeksLabel): " + items.joined(separator: ", "))
      lines += todo.map { "    " + $0 }
      lines += milestone.checkpoints.map { "    " + checkpointLine($0) }
    }
    lines.append("  " + ReportDocument.adaptsNote)
    return lines
  }
}

/// Columns padded to their widest cell.
enum TextTable {
  static func lines(_ rows: [[String]], indent: Int, rightAligned: Set<Int> = []) -> [String] {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    return rows.map { row in
      let cells = row.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        return rightAligned.contains(column) ? padding + cell : cell + padding
      }
      let line = String(repeating: " ", count: indent) + cells.joined(separator: "  ")
      return String(line.reversed().drop { $0 == " " }.reversed())
    }
  }

  /// "########------" filled to `fraction` (0...1).
  static func bar(_ fraction: Double, width: Int) -> String {
    let filled = Int((min(max(fraction, 0), 1) * Double(width)).rounded())
    return String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
  }
}
