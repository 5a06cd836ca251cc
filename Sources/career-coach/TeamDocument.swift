import CoachCore
import Foundation

/// A team matrix as text, Markdown or JSON.
struct TeamDocument {
  /// A file left out, and why.
  struct Unreadable {
    let file: String
    let problem: String
  }

  let matrix: TeamMatrix
  let pack: Pack
  /// Each person's latest finished assessment, by the file it came from.
  let assessments: [String: Assessment]
  let unreadable: [Unreadable]

  private func name(_ person: Int) -> String { matrix.people[person].name }

  /// "Ana, Bo and Cai".
  private func names(_ people: [Int]) -> String { Self.list(people.map(name)) }

  private var strongText: String { pack.ratingText(matrix.strong) }

  /// "a rating cell": the pack's number, or "-" when the person did not rate the skill.
  private func cell(_ rating: Rating?) -> String {
    rating.map { String(pack.scale.number($0)) } ?? "-"
  }

  /// One sentence on why a skill is thin.
  func thinSentence(_ row: TeamMatrix.Row) -> String {
    let skill = pack.skillName(row.skill)
    let needed =
      row.neededBy.isEmpty
      ? "" : "; \(names(row.neededBy)) \(row.neededBy.count == 1 ? "needs" : "need") it next"
    if row.holders.isEmpty {
      return "\(skill): nobody holds it at \(strongText) or above\(needed)."
    }
    return "\(skill): only \(names(row.holders)) holds it at \(strongText) or above\(needed)."
  }

  /// One line per skill and mentor: "REST APIs: Sofia (Expert (4)) could mentor Jonas
  /// (Working (2), needs it next)."
  var mentoringLines: [String] {
    var lines: [String] = []
    var index = 0
    let pairings = matrix.pairings
    while index < pairings.count {
      let first = pairings[index]
      var end = index
      while end < pairings.count && pairings[end].skill == first.skill
        && pairings[end].mentor == first.mentor
      {
        end += 1
      }
      let skill = first.skill
      let mentees = pairings[index..<end].map { pairing in
        "\(name(pairing.mentee)) (\(pack.ratingText(pairing.menteeRating, ofSkill: skill))"
          + (pairing.menteeNeedsIt ? ", needs it next)" : ")")
      }
      lines.append(
        "\(pack.skillName(skill)): \(name(first.mentor)) "
          + "(\(pack.ratingText(first.mentorRating, ofSkill: skill))) could mentor "
          + Self.list(mentees) + ".")
      index = end
    }
    return lines
  }

  /// "a, b and c".
  static func list(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + items.last!
  }

  func placementSentence(_ standing: TeamMatrix.Standing) -> String {
    let person = matrix.people[standing.person]
    guard let placement = standing.placement else {
      return person.profile == nil
        ? "\(person.name): no finished assessment in \(QuotedText.bounded(person.source))."
        : "\(person.name): the pack has no ladder to place on."
    }
    var text = "\(person.name): " + CareerReport.placementName(placement, in: pack)
    let note = CareerReport.placementNote(placement, in: pack)
    if !note.isEmpty { text += " (\(note))" }
    if standing.isEstimate { text += ", an estimate from a quick assessment" }
    return text + "."
  }

  private func unreadableSentence(_ file: Unreadable) -> String {
    "\(file.file): not read, \(file.problem)."
  }

  private var summary: String {
    let count = matrix.people.count
    let rated = count - matrix.unassessed.count
    var text = "\(count) \(count == 1 ? "person" : "people"), \(rated) with a finished assessment"
    if !unreadable.isEmpty {
      text += "; \(unreadable.count) \(unreadable.count == 1 ? "file" : "files") not read"
    }
    return text + ". Strong means \(strongText) or above."
  }

  func text() -> String {
    var out = [summary, ""]
    if !matrix.people.isEmpty {
      // Cut short so that a team of five fits 80 columns; the sections below name in full.
      var rows = [["Skill"] + matrix.people.map { Self.cut($0.name, to: 10) }]
      for row in matrix.rows {
        rows.append(
          [Self.cut(pack.skillName(row.skill), to: 28) + (row.isThin ? " *" : "")]
            + row.ratings.map(cell))
      }
      out += TextTable.lines(rows, indent: 0, rightAligned: Set(1..<rows[0].count))
      out += [
        "* thin: one person, or nobody while someone needs it, is strong in it.", "",
      ]
    }
    out += section("Thin skills", matrix.thinRows.map(thinSentence), none: "None.")
    out += section(
      "Who could mentor whom", mentoringLines,
      none: "Nobody is two steps above another in a skill they hold.")
    out += section("Placements", matrix.standings.map(placementSentence), none: "Nobody.")
    if !unreadable.isEmpty {
      out += section("Files not read", unreadable.map(unreadableSentence), none: "")
    }
    return out.joined(separator: "\n")
  }

  /// `text` as it is when it fits `width` characters, else cut with an ellipsis.
  static func cut(_ text: String, to width: Int) -> String {
    text.count > width ? text.prefix(width - 1) + "…" : text
  }

  private func section(_ title: String, _ lines: [String], none: String) -> [String] {
    [title] + (lines.isEmpty ? [none] : lines).map { "  " + $0 } + [""]
  }

  func markdown() -> String {
    var out = ["# Team skills matrix", "", summary, ""]
    if !matrix.people.isEmpty {
      out += ["## Skills by person", ""]
      out += ReportDocument.table(
        ["Skill"] + matrix.people.map(\.name),
        matrix.rows.map { row in
          [pack.skillName(row.skill) + (row.isThin ? " (thin)" : "")] + row.ratings.map(cell)
        })
      out.append("")
    }
    let list = { (lines: [String], none: String) in
      (lines.isEmpty ? [none] : lines.map { "- " + $0 }) + [""]
    }
    out += ["## Thin skills", ""] + list(matrix.thinRows.map(thinSentence), "None.")
    out += ["## Who could mentor whom", ""]
    out += list(
      mentoringLines,
      "Nobody is two steps above another in a skill they hold.")
    out += ["## Placements", ""] + list(matrix.standings.map(placementSentence), "Nobody.")
    if !unreadable.isEmpty {
      out += ["## Files not read", ""] + list(unreadable.map(unreadableSentence), "")
    }
    return out.joined(separator: "\n")
  }

  func json() -> Data {
    let people: [[String: Any]] = matrix.standings.map { standing in
      let person = matrix.people[standing.person]
      let assessment = assessments[person.source]
      var placement: Any = NSNull()
      if let ladder = standing.placement {
        placement =
          [
            "track": ladder.track, "level": ladder.level ?? NSNull(),
            "borderline": ladder.borderline, "estimate": standing.isEstimate,
            "label": CareerReport.placementLabel(ladder, in: pack),
          ] as [String: Any]
      }
      return [
        "name": person.name, "file": person.source,
        "assessment": assessment.map(\.id) ?? NSNull(),
        "finishedAt": assessment?.finishedAt.map(ReportDocument.iso) ?? NSNull(),
        "placement": placement,
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
