/// One unmet requirement of the target level, turned into something to do.
public struct Gap: Sendable, Equatable {
  public var requirement: Requirement
  /// The skill to work on: the requirement's skill, or for a choose-one-of group the one the
  /// user rates highest, else their primary language in the group, else the group's first.
  public var skill: String
  /// The effective rating of the requirement (best in a group, unrated = 0).
  public var rating: Rating
  public var required: Rating
  public var weight: Double
  /// weight × (required − rating).
  public var priority: Double
  /// One sentence: "Take Caching from Working to Proficient: <the anchor for Proficient>".
  public var action: String
  /// True when none of the requirement's skills was rated.
  public var unknown: Bool
  /// Skills the user does not work with (languages, databases, cloud left out of their pick):
  /// questions on them are not offered for this gap.
  public var leftOut: Set<String> = []

  /// Rating steps still to climb.
  public var steps: Int { max(required - rating, 0) }

  public init(
    requirement: Requirement, skill: String, rating: Rating, required: Rating, weight: Double,
    priority: Double, action: String, unknown: Bool
  ) {
    self.requirement = requirement
    self.skill = skill
    self.rating = rating
    self.required = required
    self.weight = weight
    self.priority = priority
    self.action = action
    self.unknown = unknown
  }
}

/// The gaps to one target level, ranked.
public struct GapReport: Sendable, Equatable {
  public var target: String
  public var gaps: [Gap]

  public init(target: String, gaps: [Gap]) {
    self.target = target
    self.gaps = gaps
  }
}

public enum Gaps: Sendable {
  /// The default target level on the ladder (the pack's first track): the level above the
  /// placement, the first level when below it, the top level when at the top.
  public static func defaultTarget(pack: Pack, placement: PlacementReport) -> String? {
    let ladder = placement.ladder
    if let ladder, let next = ladder.nextLevel { return next }
    if let ladder, let top = ladder.fits.last { return top.level }
    return pack.tracks.first?.levels.last
  }

  /// The gaps to the default target (see `defaultTarget`); nil when the pack has no levels.
  public static func report(pack: Pack, profile: Profile, placement: PlacementReport)
    -> GapReport?
  {
    guard let target = defaultTarget(pack: pack, placement: placement) else { return nil }
    return report(to: target, pack: pack, profile: profile)
  }

  /// The gaps to a named level; nil when the pack has no such level.
  public static func report(to target: String, pack: Pack, profile: Profile) -> GapReport? {
    guard let level = pack.level(target) else { return nil }
    return GapReport(target: target, gaps: gaps(to: level, pack: pack, profile: profile))
  }

  /// The unmet requirements of a level: the rated ones ranked by priority (highest first),
  /// then weight (highest first), then skill id; after them the unrated ones (`unknown`), with
  /// priority 0 and ranked by weight, since the size of a gap nobody rated is not known. A
  /// "one of" requirement is judged on the user's picks (`Profile.judged`).
  public static func gaps(to level: Level, pack: Pack, profile: Profile) -> [Gap] {
    let gaps = level.requirements.compactMap { original -> Gap? in
      let result = RequirementResult(requirement: original, profile: profile)
      guard !result.held else { return nil }
      let requirement = result.requirement
      let priority =
        result.unknown ? 0 : max(result.weight, 0) * Double(result.required - result.rating)
      var gap = Gap(
        requirement: requirement, skill: result.skill, rating: result.rating,
        required: result.required, weight: result.weight, priority: priority,
        action: action(
          skill: result.skill, rating: result.rating, required: result.required,
          unknown: result.unknown, pack: pack),
        unknown: result.unknown)
      gap.leftOut = profile.excluded
      return gap
    }
    return gaps.sorted(by: ranksBefore)
  }

  /// The ranking order of gaps: rated before unrated, then priority, then weight (both
  /// descending), then skill id.
  public static func ranksBefore(_ a: Gap, _ b: Gap) -> Bool {
    if a.unknown != b.unknown { return !a.unknown }
    if a.priority != b.priority { return a.priority > b.priority }
    if a.weight != b.weight { return a.weight > b.weight }
    if a.skill != b.skill { return a.skill < b.skill }
    return a.requirement.key < b.requirement.key
  }

  /// The action sentence for taking a skill from one rating to another, with the skill's
  /// behavioural anchor for the required rating (else its category's) as the concrete goal.
  public static func action(
    skill id: String, rating: Rating, required: Rating, unknown: Bool, pack: Pack
  ) -> String {
    let skill = pack.skill(id)
    let name = skill?.name ?? id
    let target = pack.stepName(required, ofSkill: id)
    let start =
      unknown
      ? "Rate \(name) (skipped so far), then take it to \(target)"
      : "Take \(name) from \(pack.stepName(rating, ofSkill: id)) to \(target)"
    guard let goal = anchor(for: skill, rating: required, pack: pack) else { return start + "." }
    return start + ": " + sentence(goal)
  }

  /// Interview questions on a gap's skills, those of the target level first; none on a skill
  /// the user does not work with (`Gap.leftOut`).
  public static func questions(for gap: Gap, target: String, in pack: Pack) -> [Question] {
    let matching = pack.questions.filter { question in
      question.skills.contains { gap.requirement.skills.contains($0) }
        && !question.skills.contains { gap.leftOut.contains($0) }
    }
    return matching.filter { $0.level == target } + matching.filter { $0.level != target }
  }

  static func anchor(for skill: Skill?, rating: Rating, pack: Pack) -> String? {
    guard let skill, rating >= 0 else { return nil }
    let anchors = pack.anchors(of: skill)
    let goal = rating < anchors.count ? anchors[rating].trimmed : ""
    return goal.isEmpty ? nil : goal
  }

  /// Joins the whitespace of a goal text into single spaces and ends it with punctuation.
  static func sentence(_ text: String) -> String {
    let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard let last = words.last else { return words }
    return ".!?".contains(last) ? words : words + "."
  }
}
