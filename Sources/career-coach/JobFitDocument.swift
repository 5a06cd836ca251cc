import CoachCore
import Foundation

/// The output of `job match`, as text or JSON.
struct JobFitDocument {
  let fit: JobFit
  let pack: Pack
  /// Whether the user has a finished assessment to compare with.
  let assessed: Bool

  func text() -> String {
    let match = fit.match
    var lines: [String] = []
    let level = match.level.map { pack.levelName($0) } ?? "not clear"
    lines.append("Level: \(level) (\(match.levelReason))")
    if let years = match.years { lines.append("Years asked: \(Experience.format(years))+") }
    lines.append("")
    guard !fit.rows.isEmpty else {
      return (lines + ["The ad names none of the pack's skills."]).joined(separator: "\n") + "\n"
    }
    lines.append("Skills the ad asks for (\(fit.rows.count))")
    var rows = [["Skill", "Named", "You", "Bar", ""]]
    for row in fit.rows {
      rows.append([
        pack.skillName(row.asked.skill), "\(row.asked.mentions)×",
        row.rating.map { String(pack.scale.number($0)) } ?? "–",
        row.required.map { String(pack.scale.number($0)) } ?? "–",
        standing(row),
      ])
    }
    lines += TextTable.lines(rows, indent: 2)
    if !assessed {
      lines += ["", "No finished assessment yet: `career-coach assess` rates your skills."]
    }
    let gaps = fit.gaps
    lines += [
      "", gaps.isEmpty ? "No gaps for this job among your rated skills." : "Gaps for this job",
    ]
    for gap in gaps {
      lines.append(
        "  \(pack.skillName(gap.asked.skill)): \(pack.scale.number(gap.rating ?? 0)) → "
          + "\(pack.scale.number(gap.required ?? 0))")
    }
    let questions = fit.questions(in: pack)
    if !questions.isEmpty {
      lines += ["", "Questions to drill"]
      lines += questions.map { "  [\($0.id)] \($0.text)" }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func standing(_ row: JobFit.Row) -> String {
    switch row.standing {
    case .meets: return "meets the bar"
    case .below: return "gap"
    case .unrated: return "not rated yet"
    case .noBar: return ""
    }
  }

  /// The fit as JSON; a saved job's id, title and day added under "job".
  func json(job: SavedJob? = nil) -> Data {
    let match = fit.match
    let rows: [[String: Any]] = fit.rows.map { row in
      [
        "skill": row.asked.skill, "name": pack.skillName(row.asked.skill),
        "mentions": row.asked.mentions, "line": row.asked.line,
        "rating": row.rating.map { pack.scale.number($0) } ?? NSNull(),
        "required": row.required.map { pack.scale.number($0) } ?? NSNull(),
        "standing": row.standing.rawValue,
      ]
    }
    var object: [String: Any] = [
      "level": match.level ?? NSNull(), "levelReason": match.levelReason,
      "years": match.years ?? NSNull(), "skills": rows,
      "gaps": fit.gaps.map(\.asked.skill), "questions": fit.questions(in: pack).map(\.id),
      "assessed": assessed,
    ]
    if let job {
      object["job"] = [
        "id": job.id, "title": job.title, "addedAt": ReportDocument.iso(job.addedAt),
      ]
    }
    return ReportDocument.encode(object)
  }
}
