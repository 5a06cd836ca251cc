import CoachCore
import CoachTUI
import Foundation

/// A team matrix as text, Markdown or JSON.
struct TeamDocument {
  let say: TeamSentences

  init(reading: TeamFolder.Reading, pack: Pack) {
    say = TeamSentences(reading: reading, pack: pack)
  }

  private var matrix: TeamMatrix { say.matrix }
  private var pack: Pack { say.pack }
  private var unreadable: [TeamFolder.Unreadable] { say.reading.unreadable }
  private func name(_ person: Int) -> String { matrix.people[person].name }

  /// The legend under the table, and the title of the origin section.
  private static let thinLegend =
    "* thin: one person, or nobody while someone needs it, is strong in it."
  private static let originTitle = "Ratings from"

  func text() -> String {
    var out = [say.summary, ""]
    if !matrix.people.isEmpty {
      // Cut short so that a team of five fits 80 columns; the sections below name in full.
      var rows = [["Skill"] + matrix.people.map { TeamSentences.cut($0.name, to: 10) }]
      for row in matrix.rows {
        rows.append(
          [TeamSentences.cut(pack.skillName(row.skill), to: 28) + (row.isThin ? " *" : "")]
            + row.ratings.map(say.cell))
      }
      out += TextTable.lines(rows, indent: 0, rightAligned: Set(1..<rows[0].count))
      out += [Self.thinLegend, ""]
    }
    out += section("Thin skills", say.thinSentences, none: "None.")
    out += section(
      "Who could mentor whom", say.mentoringLines,
      none: "Nobody is two steps above another in a skill they hold.")
    out += section("Placements", say.placementSentences, none: "Nobody.")
    if !matrix.people.isEmpty {
      out += section(Self.originTitle, say.originSentences, none: "")
    }
    if !unreadable.isEmpty {
      out += section("Files not read", say.unreadableSentences, none: "")
    }
    return out.joined(separator: "\n")
  }

  private func section(_ title: String, _ lines: [String], none: String) -> [String] {
    [title] + (lines.isEmpty ? [none] : lines).map { "  " + $0 } + [""]
  }

  func markdown() -> String {
    var out = ["# Team skills matrix", "", say.summary, ""]
    if !matrix.people.isEmpty {
      out += ["## Skills by person", ""]
      out += ReportDocument.table(
        ["Skill"] + matrix.people.map(\.name),
        matrix.rows.map { row in
          [pack.skillName(row.skill) + (row.isThin ? " (thin)" : "")] + row.ratings.map(say.cell)
        })
      out.append("")
    }
    let list = { (lines: [String], none: String) in
      (lines.isEmpty ? [none] : lines.map { "- " + $0 }) + [""]
    }
    out += ["## Thin skills", ""] + list(say.thinSentences, "None.")
    out += ["## Who could mentor whom", ""]
    out += list(say.mentoringLines, "Nobody is two steps above another in a skill they hold.")
    out += ["## Placements", ""] + list(say.placementSentences, "Nobody.")
    if !matrix.people.isEmpty {
      out += ["## \(Self.originTitle)", ""] + list(say.originSentences, "")
    }
    if !unreadable.isEmpty {
      out += ["## Files not read", ""] + list(say.unreadableSentences, "")
    }
    return out.joined(separator: "\n")
  }

  func json() -> Data {
    let people: [[String: Any]] = matrix.standings.map { standing in
      let person = matrix.people[standing.person]
      let assessment = say.reading.member(file: person.source)?.assessment
      var placement: Any = NSNull()
      if let ladder = standing.placement {
        placement =
          [
            "track": ladder.track, "level": ladder.level ?? NSNull(),
            "borderline": ladder.borderline, "estimate": standing.isEstimate,
            "label": CareerReport.placementLabel(ladder, in: pack),
          ] as [String: Any]
      }
      var origin: [String: Any] = ["kind": "export"]
      switch say.origin(standing.person) {
      case .export: break
      case .review(let reviewer): origin = ["kind": "review", "reviewer": reviewer ?? NSNull()]
      case .selfInReview: origin = ["kind": "self-in-review"]
      }
      return [
        "name": person.name, "file": person.source,
        "assessment": assessment.map(\.id) ?? NSNull(),
        "finishedAt": assessment?.finishedAt.map(ReportDocument.iso) ?? NSNull(),
        "placement": placement, "ratingsFrom": origin,
      ]
    }
    let skills: [[String: Any]] = matrix.rows.map { row in
      [
        "id": row.skill, "name": pack.skillName(row.skill),
        "ratings": row.ratings.map { $0 ?? NSNull() as Any },
        "holders": row.holders.map(name), "neededBy": row.neededBy.map(name), "thin": row.isThin,
      ]
    }
    let pairings: [[String: Any]] = matrix.pairings.map { pairing in
      [
        "skill": pairing.skill, "mentor": name(pairing.mentor), "mentee": name(pairing.mentee),
        "mentorRating": pairing.mentorRating, "menteeRating": pairing.menteeRating,
        "menteeNeedsIt": pairing.menteeNeedsIt,
      ]
    }
    return ReportDocument.encode([
      "strong": matrix.strong, "people": people, "skills": skills,
      "thin": matrix.thinRows.map(\.skill), "mentoring": pairings,
      "unreadable": unreadable.map { ["file": $0.file, "problem": $0.problem] },
    ])
  }
}
