/// One person of a team: a name and the profile of their latest finished assessment.
public struct TeamMember: Sendable, Equatable {
  public var name: String
  /// Where the person's data came from (a file name): it tells apart two people of one name.
  public var source: String
  /// Nil when the person has no finished assessment: shown, but rated nowhere.
  public var profile: Profile?

  public init(name: String, source: String = "", profile: Profile?) {
    self.name = name
    self.source = source
    self.profile = profile
  }
}

/// A team's skills against its people, as a lead reads it: who rates what, the skills the team
/// is thin in, who could mentor whom, and where each person stands on the ladder.
///
/// People are ordered by name (ignoring case, then their source), skills in the pack's order, so the same files
/// always give the same matrix. Everything is one pass over skills × people, plus the pairs.
public struct TeamMatrix: Sendable, Equatable {
  /// One skill of the matrix.
  public struct Row: Sendable, Equatable {
    public var skill: String
    /// One rating per person, in `people` order; nil where the person did not rate it.
    public var ratings: [Rating?]
    /// The people (indices into `people`) rated at the scale's strong step or above.
    public var holders: [Int]
    /// The people whose next level on the ladder asks for this skill and who do not meet it
    /// (for a "one of" group, the skill of the group standing for them).
    public var neededBy: [Int]

    /// Held at the strong step by one person only, or by nobody while somebody needs it.
    public var isThin: Bool { holders.count == 1 || (holders.isEmpty && !neededBy.isEmpty) }
  }

  /// A person at the strong step or above in a skill, and one two or more steps below.
  public struct Pairing: Sendable, Equatable {
    public var skill: String
    public var mentor: Int
    public var mentee: Int
    public var mentorRating: Rating
    public var menteeRating: Rating
    /// The mentee's next level asks for the skill: the pairing that helps them most.
    public var menteeNeedsIt: Bool
  }

  /// Where one person stands on the ladder (the pack's first track).
  public struct Standing: Sendable, Equatable {
    public var person: Int
    /// Nil for a person with no finished assessment, or a pack without tracks.
    public var placement: TrackPlacement?
    /// True when the ratings come from a quick assessment: the placement is an estimate.
    public var isEstimate: Bool
  }

  /// The people, ordered by name.
  public var people: [TeamMember]
  /// The skills anyone rated or anyone's next level needs, in the pack's order.
  public var rows: [Row]
  /// The scale's strong step (Proficient on the standard scale).
  public var strong: Rating
  /// Mentoring pairs, by skill in the pack's order, then the mentor's rating (highest first)
  /// and name, then the mentee's rating (lowest first) and name.
  public var pairings: [Pairing]
  /// One per person, in `people` order.
  public var standings: [Standing]

  /// The gap between a mentor and a mentee, in steps of the scale.
  public static let mentoringGap = 2

  public init(people: [TeamMember], pack: Pack) {
    let sorted = people.sorted {
      ($0.name.lowercased(), $0.name, $0.source) < ($1.name.lowercased(), $1.name, $1.source)
    }
    self.people = sorted
    let strong = pack.scale.strong
    self.strong = strong
    standings = sorted.indices.map { index in
      let profile = sorted[index].profile
      return Standing(
        person: index, placement: profile.flatMap { Placement.ladder(pack: pack, profile: $0) },
        isEstimate: profile?.isEstimate ?? false)
    }
    var needed: [String: [Int]] = [:]
    for standing in standings {
      guard let placement = standing.placement, let next = placement.nextLevel,
        let fit = placement.fit(of: next)
      else { continue }
      // The skill standing for each requirement not met: for a "one of" group, the person's
      // own best one (their language, their database), not every skill of the group.
      for skill in Set(fit.unmet.map(\.skill)) {
        needed[skill, default: []].append(standing.person)
      }
    }
    var found: [Row] = []
    for skill in pack.skills {
      let ratings = sorted.map { $0.profile?.rating(of: skill.id) }
      let neededBy = needed[skill.id] ?? []
      guard ratings.contains(where: { $0 != nil }) || !neededBy.isEmpty else { continue }
      let holders = ratings.indices.filter { (ratings[$0] ?? -1) >= strong }
      found.append(Row(skill: skill.id, ratings: ratings, holders: holders, neededBy: neededBy))
    }
    rows = found
    pairings = found.flatMap { Self.pairings(in: $0) }
  }

  /// The skills the team is thin in, those nobody holds first, then in the pack's order.
  public var thinRows: [Row] {
    rows.filter(\.isThin).enumerated()
      .sorted { ($0.element.holders.count, $0.offset) < ($1.element.holders.count, $1.offset) }
      .map(\.element)
  }

  /// The people with no finished assessment.
  public var unassessed: [Int] { people.indices.filter { people[$0].profile == nil } }

  private static func pairings(in row: Row) -> [Pairing] {
    // People are already in name order, so a stable sort by rating keeps names in order.
    let mentors = row.holders.sorted { (-row.ratings[$0]!, $0) < (-row.ratings[$1]!, $1) }
    let rated = row.ratings.indices.filter { row.ratings[$0] != nil }
      .sorted { (row.ratings[$0]!, $0) < (row.ratings[$1]!, $1) }
    let needing = Set(row.neededBy)
    var result: [Pairing] = []
    for mentor in mentors {
      let top = row.ratings[mentor]!
      for mentee in rated {
        let rating = row.ratings[mentee]!
        guard top - rating >= mentoringGap else { break }
        result.append(
          Pairing(
            skill: row.skill, mentor: mentor, mentee: mentee, mentorRating: top,
            menteeRating: rating, menteeNeedsIt: needing.contains(mentee)))
      }
    }
    return result
  }
}
