/// The user's answers to an assessment: a rating per skill they rated, and a few facts about them.
///
/// Skipped skills are absent from `ratings`; they count as 0 for placement and are reported as
/// unknown.
public struct Profile: Sendable, Equatable, Codable {
  /// Skill id to rating (a step of the pack's scale). Unrated skills are absent.
  public var ratings: [String: Rating]
  /// Years of professional experience, when given.
  public var years: Double?
  /// Market id (for salaries and job search), when given.
  public var market: String?
  /// Skill ids of the user's main languages, most used first.
  public var primaryLanguages: [String]
  /// The languages, databases and cloud the user works with.
  public var pick: StackPick
  /// The top step of the pack's scale: a rating stored on a longer scale reads as this.
  public var top: Rating = RatingScale.standard.top
  /// Skills of the picked areas the user does not work with: a "one of" requirement is judged
  /// without them, and gaps and drills leave them out.
  public var excluded: Set<String>
  /// For a profile from a quick assessment, the number of areas rated: its placement is an
  /// estimate. Nil for a full assessment.
  public var quickAreasRated: Int?

  public init(
    ratings: [String: Rating] = [:], years: Double? = nil, market: String? = nil,
    primaryLanguages: [String] = [], pick: StackPick? = nil, excluded: Set<String> = [],
    quickAreasRated: Int? = nil
  ) {
    self.ratings = ratings
    self.years = years
    self.market = market
    self.primaryLanguages = primaryLanguages
    self.pick = pick ?? StackPick(languages: primaryLanguages)
    self.excluded = excluded
    self.quickAreasRated = quickAreasRated
  }

  /// True when the placement is an estimate from a quick assessment.
  public var isEstimate: Bool { quickAreasRated != nil }

  /// The requirement as it is judged for this user: a "one of" group narrowed to the skills
  /// the user works with (unchanged when none of its skills is picked, or none is left out).
  public func judged(_ requirement: Requirement) -> Requirement {
    guard requirement.isChoice else { return requirement }
    let kept = requirement.skills.filter { !excluded.contains($0) }
    guard kept.count >= requirement.atLeast, kept.count < requirement.skills.count else {
      return requirement
    }
    var narrowed = requirement
    narrowed.skills = kept
    return narrowed
  }

  /// True when the user does not work with the skill (a language, database or cloud platform
  /// left out of their pick).
  public func isExcluded(_ skill: String) -> Bool { excluded.contains(skill) }

  /// The rating of one skill, clamped to the pack's scale; nil when the skill is unrated.
  public func rating(of skill: String) -> Rating? {
    ratings[skill].map { min(max($0, 0), top) }
  }

  public func isRated(_ skill: String) -> Bool { ratings[skill] != nil }

  /// The rating that counts for a requirement: the best rating among its skills, unrated = 0;
  /// for "at least k of" a group, the k-th best, so it reaches the minimum only when k do.
  public func effectiveRating(for requirement: Requirement) -> Rating {
    let ratings = requirement.skills.map { rating(of: $0) ?? 0 }
    guard requirement.atLeast > 1 else { return ratings.max() ?? 0 }
    let best = ratings.sorted(by: >)
    return best.indices.contains(requirement.atLeast - 1) ? best[requirement.atLeast - 1] : 0
  }

  /// True when none of the requirement's skills has been rated.
  public func isUnknown(_ requirement: Requirement) -> Bool {
    !requirement.skills.contains { isRated($0) }
  }

  /// The skill that stands for a requirement: its only skill; for a choose-one-of group, the
  /// skill the user rates highest (above 0), else the user's first primary language in the
  /// group, else the group's first skill.
  public func representativeSkill(for requirement: Requirement) -> String {
    guard let first = requirement.skills.first else { return "" }
    guard requirement.isChoice else { return first }
    var best: (skill: String, rating: Rating)?
    for skill in requirement.skills {
      let value = rating(of: skill) ?? 0
      guard value > 0 else { continue }
      if let current = best {
        let better =
          value > current.rating
          || (value == current.rating && isPrimary(skill) && !isPrimary(current.skill))
        if better { best = (skill, value) }
      } else {
        best = (skill, value)
      }
    }
    if let best { return best.skill }
    if let language = primaryLanguages.first(where: { requirement.skills.contains($0) }) {
      return language
    }
    return first
  }

  private func isPrimary(_ skill: String) -> Bool { primaryLanguages.contains(skill) }
}
