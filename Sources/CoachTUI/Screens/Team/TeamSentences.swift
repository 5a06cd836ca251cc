import CoachCore

/// A team matrix said in sentences: the thin skills, who could mentor whom, each person's
/// placement and where their ratings came from. `career-coach team` and the Team screen say
/// them alike.
public struct TeamSentences {
  public let reading: TeamFolder.Reading
  public let pack: Pack

  public init(reading: TeamFolder.Reading, pack: Pack) {
    self.reading = reading
    self.pack = pack
  }

  public var matrix: TeamMatrix { reading.matrix }

  private func name(_ person: Int) -> String { matrix.people[person].name }

  /// "Ana, Bo and Cai".
  private func names(_ people: [Int]) -> String { Self.list(people.map(name)) }

  /// "Proficient (3)": the scale's strong step.
  public var strongText: String { pack.ratingText(matrix.strong) }

  /// A rating cell: the pack's number, or "-" when the person has no rating of the skill.
  public func cell(_ rating: Rating?) -> String {
    rating.map { String(pack.scale.number($0)) } ?? "-"
  }

  /// One sentence on why a skill is thin.
  public func thinSentence(_ row: TeamMatrix.Row) -> String {
    let skill = pack.skillName(row.skill)
    let needed =
      row.neededBy.isEmpty
      ? "" : "; \(names(row.neededBy)) \(row.neededBy.count == 1 ? "needs" : "need") it next"
    if row.holders.isEmpty {
      return "\(skill): nobody holds it at \(strongText) or above\(needed)."
    }
    return "\(skill): only \(names(row.holders)) holds it at \(strongText) or above\(needed)."
  }

  public var thinSentences: [String] { matrix.thinRows.map(thinSentence) }

  /// One line per mentor and mentee, naming the skills the mentee needs next: "Sofia could
  /// mentor Jonas in REST APIs and SQL, which Jonas needs next (and in 4 other skills)." The
  /// pairs with the most skills needed next come first, then by mentor and mentee; the
  /// ratings are in the matrix above, and every pair in the JSON.
  public var mentoringLines: [String] {
    var skills: [Pair: (needed: [String], other: [String])] = [:]
    for pairing in matrix.pairings {
      let pair = Pair(mentor: pairing.mentor, mentee: pairing.mentee)
      let skill = pack.skillName(pairing.skill)
      if pairing.menteeNeedsIt {
        skills[pair, default: ([], [])].needed.append(skill)
      } else {
        skills[pair, default: ([], [])].other.append(skill)
      }
    }
    let order = skills.sorted { a, b in
      (-a.value.needed.count, a.key.mentor, a.key.mentee)
        < (-b.value.needed.count, b.key.mentor, b.key.mentee)
    }
    return order.map { pair, skills in
      let mentee = name(pair.mentee)
      let start = "\(name(pair.mentor)) could mentor \(mentee) in "
      let other = skills.other.count
      guard !skills.needed.isEmpty else {
        if other <= Self.namedOthers { return start + Self.list(skills.other) + "." }
        return start
          + "\(other) skills \(mentee) does not need next, such as "
          + Self.list(Array(skills.other.prefix(Self.namedOthers))) + "."
      }
      let rest =
        other == 0 ? "" : " (and in \(other) other \(other == 1 ? "skill" : "skills"))"
      return start + Self.list(skills.needed) + ", which \(mentee) needs next" + rest + "."
    }
  }

  /// How many skills a mentee does not need next are named before they are only counted.
  static let namedOthers = 3

  /// A mentor and a mentee, by their places in the matrix.
  private struct Pair: Hashable {
    var mentor: Int
    var mentee: Int
  }

  /// "a, b and c".
  public static func list(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + items.last!
  }

  public func placementSentence(_ standing: TeamMatrix.Standing) -> String {
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

  public var placementSentences: [String] { matrix.standings.map(placementSentence) }

  /// Where a person's ratings came from.
  public func origin(_ person: Int) -> TeamFolder.Origin {
    reading.member(file: matrix.people[person].source)?.origin ?? .export
  }

  /// "Kim: review by Bo, in kim-review.json." per person.
  public var originSentences: [String] {
    matrix.people.indices.map { person in
      let label =
        matrix.people[person].profile == nil ? "no finished assessment" : origin(person).label
      return "\(name(person)): \(label), in \(QuotedText.bounded(matrix.people[person].source))."
    }
  }

  public var unreadableSentences: [String] {
    reading.unreadable.map { "\($0.file): not read, \($0.problem)." }
  }

  /// "5 people, 4 with a finished assessment; 1 file not read. Strong means ... or above."
  public var summary: String {
    let count = matrix.people.count
    let rated = count - matrix.unassessed.count
    var text = "\(count) \(count == 1 ? "person" : "people"), \(rated) with a finished assessment"
    let reviewed = matrix.people.indices.filter { origin($0) != .export }.count
    if reviewed > 0 { text += " (\(reviewed) from a review file)" }
    let unread = reading.unreadable.count
    if unread > 0 { text += "; \(unread) \(unread == 1 ? "file" : "files") not read" }
    return text + ". Strong means \(strongText) or above."
  }

  /// `text` as it is when it fits `width` characters, else cut with an ellipsis.
  public static func cut(_ text: String, to width: Int) -> String {
    text.count > width ? text.prefix(max(0, width - 1)) + "…" : text
  }
}
