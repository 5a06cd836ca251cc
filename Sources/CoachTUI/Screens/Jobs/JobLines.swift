import CoachCore

/// The lines of the Jobs screen: a saved job's fit against the latest assessment, in the
/// words of `career-coach job show`.
struct JobLines {
  let job: SavedJob
  let pack: Pack
  let latest: Assessment?
  let width: Int

  var fit: JobFit {
    JobFit(
      match: JobMatch.match(job.text, pack: pack), pack: pack,
      profile: latest?.profile(pack: pack) ?? Profile())
  }

  var all: [DocLine] {
    let fit = self.fit
    let match = fit.match
    var lines = DocLine.wrapped(job.title, width: width, .title) + [.blank]
    let level = match.level.map { pack.levelName($0) } ?? "not clear"
    lines += DocLine.wrapped("Level: \(level) (\(match.levelReason))", width: width)
    if let years = match.years {
      lines.append(.text("Years asked: \(Experience.format(years))+"))
    }
    lines.append(.blank)
    guard !fit.rows.isEmpty else {
      return lines + [.text("The ad names none of the pack's skills.", .muted)]
    }
    lines.append(.text("Skills the ad asks for (\(fit.rows.count))", .title))
    for row in fit.rows {
      let you = row.rating.map(String.init) ?? "–"
      let bar = row.required.map(String.init) ?? "–"
      let text = "\(pack.skillName(row.asked.skill)) (\(row.asked.mentions)×): \(you) of \(bar)"
      lines += DocLine.wrapped(
        [text, Self.standing(row)].filter { !$0.isEmpty }.joined(separator: ", "),
        width: width, Self.tone(row), indent: 2)
    }
    if latest == nil {
      lines += [.blank]
      lines += DocLine.wrapped(
        "No finished assessment yet: Assess my skills rates your skills.", width: width, .muted)
    }
    let gaps = fit.gaps
    lines += [
      .blank,
      .text(
        gaps.isEmpty ? "No gaps for this job among your rated skills." : "Gaps for this job",
        gaps.isEmpty ? .good : .title),
    ]
    for gap in gaps {
      lines.append(
        .text(
          "\(pack.skillName(gap.asked.skill)): \(pack.scale.number(gap.rating ?? 0)) → "
            + "\(pack.scale.number(gap.required ?? 0))", .bad,
          indent: 2))
    }
    let questions = fit.questions(in: pack)
    if !questions.isEmpty {
      lines += [.blank, .text("Questions to drill", .title)]
      for question in questions {
        lines += DocLine.wrapped("[\(question.id)] \(question.text)", width: width, indent: 2)
      }
    }
    return lines
  }

  static func standing(_ row: JobFit.Row) -> String {
    switch row.standing {
    case .meets: return "meets the bar"
    case .below: return "gap"
    case .unrated: return "not rated yet"
    case .noBar: return ""
    }
  }

  static func tone(_ row: JobFit.Row) -> Tone {
    switch row.standing {
    case .meets: return .good
    case .below: return .bad
    case .unrated, .noBar: return .text
    }
  }
}
