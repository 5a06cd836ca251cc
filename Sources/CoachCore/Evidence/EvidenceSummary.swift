/// How much evidence backs each rating: the entries per skill, and the ratings of
/// Proficient (3) or more that no entry backs yet.
public struct EvidenceSummary: Sendable, Equatable {
  /// Skill id to the number of entries that name it; skills without evidence are absent.
  public private(set) var counts: [String: Int]
  /// The skills of each entry, to count the entries behind a group of skills once each.
  private var skillSets: [Set<String>]

  /// The lowest rating that claims enough to want evidence behind it: Proficient.
  public static let backedRating: Rating = 3

  public init(_ entries: [EvidenceEntry]) {
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

  /// True when the rating is Proficient or more and no entry names the skill.
  public func isUnbacked(_ skill: String, rating: Rating?) -> Bool {
    guard let rating, rating >= Self.backedRating else { return false }
    return count(for: skill) == 0
  }

  /// The skills rated Proficient or more with no evidence, in id order; only those in
  /// `skills` when it is given.
  public func unbacked(_ ratings: [String: Rating], among skills: Set<String>? = nil) -> [String] {
    ratings.keys.filter { skill in
      (skills?.contains(skill) ?? true) && isUnbacked(skill, rating: ratings[skill])
    }.sorted()
  }

  /// The line under a table of ratings: "3 rated Proficient or more with no evidence"; nil
  /// when every such rating has evidence.
  public static func footnote(unbackedCount: Int, marker: String) -> String? {
    guard unbackedCount > 0 else { return nil }
    let name = RatingScale.name(backedRating)
    return "\(marker) \(unbackedCount) rated \(name) or more with no evidence yet"
  }
}
