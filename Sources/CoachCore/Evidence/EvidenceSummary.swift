/// How much evidence backs each rating: the entries per skill, and the ratings at the scale's
/// strong step or above (Proficient, 3, on the standard scale) that no entry backs yet.
public struct EvidenceSummary: Sendable, Equatable {
  /// Skill id to the number of entries that name it; skills without evidence are absent.
  public private(set) var counts: [String: Int]
  /// The skills of each entry, to count the entries behind a group of skills once each.
  private var skillSets: [Set<String>]

  /// The lowest rating that claims enough to want evidence behind it: the scale's strong
  /// step (Proficient on the standard scale).
  public let strong: Rating

  public init(_ entries: [EvidenceEntry], scale: RatingScale = .standard) {
    strong = scale.strong
    var counts: [String: Int] = [:]
    skillSets = entries.map { Set($0.skills) }
    for skills in skillSets {
      for skill in skills { counts[skill, default: 0] += 1 }
    }
    self.counts = counts
  }

  /// The number of entries that name the skill.
  public func count(for skill: String) -> Int { counts[skill] ?? 0 }

  /// The number of entries that name any of the skills (a requirement met by one of a
  /// group), each entry counted once.
  public func count(forAnyOf skills: [String]) -> Int {
    let wanted = Set(skills)
    return skillSets.filter { !$0.isDisjoint(with: wanted) }.count
  }

  /// True when the rating is at the strong step or above and no entry names the skill.
  public func isUnbacked(_ skill: String, rating: Rating?) -> Bool {
    guard let rating, rating >= strong else { return false }
    return count(for: skill) == 0
  }

  /// The skills rated at the strong step or above with no evidence, in id order; only those in
  /// `skills` when it is given.
  public func unbacked(_ ratings: [String: Rating], among skills: Set<String>? = nil) -> [String] {
    ratings.keys.filter { skill in
      (skills?.contains(skill) ?? true) && isUnbacked(skill, rating: ratings[skill])
    }.sorted()
  }

  /// The line under a table of ratings: "! 3 rated Proficient or more with no evidence yet",
  /// naming the scale's strong step; nil when every such rating has evidence.
  public static func footnote(unbackedCount: Int, marker: String, scale: RatingScale) -> String? {
    guard unbackedCount > 0 else { return nil }
    let name = scale.name(scale.strong)
    return "\(marker) \(unbackedCount) rated \(name) or more with no evidence yet"
  }
}
