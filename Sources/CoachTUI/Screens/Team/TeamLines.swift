import CoachCore

/// The Team screen's document: the people × skills matrix, skills grouped by area, then the
/// thin skills, who could mentor whom, each person's placement, where each person's ratings
/// came from and the files not read.
struct TeamLines {
  let say: TeamSentences
  let width: Int
  /// The first person shown in the matrix; those before it are reached with ←.
  let firstPerson: Int

  /// The widest a person's column gets; longer names are cut with an ellipsis.
  static let widestColumn = 12
  /// The widest the skill column gets, the thin mark included, and the narrowest it gets to
  /// make room for everyone's column.
  static let widestSkill = 44
  static let narrowestSkill = 28

  private var pack: Pack { say.pack }
  var matrix: TeamMatrix { say.matrix }

  /// Each person's column: wide enough for their name and a blank, within bounds.
  func columnWidth(_ person: Int) -> Int {
    min(Self.widestColumn, max(4, DisplayWidth.of(matrix.people[person].name) + 1))
  }

  /// The widest a skill's row needs: its name indented under its area, and the thin mark.
  private var longestSkill: Int {
    (matrix.rows.map { DisplayWidth.of(pack.skillName($0.skill)) + 4 }.max() ?? 9) + 1
  }

  /// The skill column that decides how many people fit.
  private var fittingSkillWidth: Int {
    let everyone = matrix.people.indices.map(columnWidth).reduce(0, +)
    return min(
      Self.widestSkill, longestSkill, max(Self.narrowestSkill, width - everyone),
      max(10, width / 2))
  }

  /// The skill column as drawn: what the people shown leave over, up to what it needs.
  var skillWidth: Int {
    let people = shown.map(columnWidth).reduce(0, +)
    return max(fittingSkillWidth, min(Self.widestSkill, longestSkill, width - people))
  }

  /// How many people's columns fit beside the skill column from `first` on (at least one).
  func fitting(from first: Int) -> Int {
    var room = width - fittingSkillWidth
    var count = 0
    for person in first..<matrix.people.count {
      room -= columnWidth(person)
      guard room >= 0 else { break }
      count += 1
    }
    return max(1, count)
  }

  /// The furthest first person that still fills the columns: the last people all show (the
  /// last person alone when even they do not fit). One pass from the end.
  var lastFirst: Int {
    var room = width - fittingSkillWidth
    var first = matrix.people.count
    while first > 0, room - columnWidth(first - 1) >= 0 {
      room -= columnWidth(first - 1)
      first -= 1
    }
    return max(0, min(first, matrix.people.count - 1))
  }

  /// The people shown, by index.
  var shown: Range<Int> {
    let first = min(max(0, firstPerson), lastFirst)
    return first..<min(matrix.people.count, first + fitting(from: first))
  }

  var all: [DocLine] {
    var lines = DocLine.wrapped(say.summary, width: width)
    lines.append(.blank)
    if !matrix.people.isEmpty { lines += table }
    lines += section("Thin skills", say.thinSentences, none: "None.")
    lines += section(
      "Who could mentor whom", say.mentoringLines,
      none: "Nobody is two steps above another in a skill they hold.")
    lines += section("Placements", say.placementSentences, none: "Nobody.")
    if !matrix.people.isEmpty {
      lines += section("Ratings from", say.originSentences, none: "")
    }
    if !say.reading.unreadable.isEmpty {
      lines += section("Files not read", say.unreadableSentences, none: "")
    }
    return lines
  }

  private var table: [DocLine] {
    let people = shown
    // Worked out once: each row would otherwise measure every skill and person again.
    let skillWidth = self.skillWidth
    var lines: [DocLine] = []
    if people.count < matrix.people.count {
      lines.append(
        .text(
          "People \(people.lowerBound + 1)–\(people.upperBound) of \(matrix.people.count); "
            + "← → show the others.", .muted))
    }
    var area: String?
    for row in matrix.rows {
      let category = pack.skill(row.skill)?.category
      if category != area {
        area = category
        let title = category.flatMap { pack.category($0)?.name } ?? category ?? ""
        // Every area's heading names the people, so a screenful of skills always does.
        lines.append(
          DocLine(
            [.text(title, .accent, width: skillWidth)]
              + people.map { person in
                .text(
                  cellText(matrix.people[person].name, person: person), .title,
                  width: columnWidth(person))
              }))
      }
      let name = "  " + pack.skillName(row.skill) + (row.isThin ? " *" : "")
      lines.append(
        DocLine(
          [.text(name, row.isThin ? .warning : .text, width: skillWidth)]
            + people.map { person in
              let rating = row.ratings[person]
              let tone: Tone = rating.map { $0 >= matrix.strong ? .good : .text } ?? .muted
              return .text(
                cellText(say.cell(rating), person: person), tone, width: columnWidth(person))
            }))
    }
    lines.append(
      .text("* thin: one person, or nobody while someone needs it, is strong in it.", .muted))
    lines.append(.blank)
    return lines
  }

  /// A cell's text, right-aligned in its column with the blank after it.
  private func cellText(_ text: String, person: Int) -> String {
    let room = columnWidth(person) - 1
    let fitted = TeamSentences.cut(text, to: room)
    return String(repeating: " ", count: max(0, room - DisplayWidth.of(fitted))) + fitted
  }

  private func section(_ title: String, _ sentences: [String], none: String) -> [DocLine] {
    var lines: [DocLine] = [.text(title, .title)]
    // A sentence's later lines hang under its first, so each starts clearly.
    for sentence in sentences.isEmpty ? [none] : sentences {
      let wrapped = TextWrap.lines(sentence, width: max(1, width - 4))
      lines += wrapped.enumerated().map { .text($1, indent: $0 == 0 ? 2 : 4) }
    }
    return lines + [.blank]
  }
}
