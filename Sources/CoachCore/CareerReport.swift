/// Everything the results, gaps and plan views show for one profile: the placement on every
/// track, the gaps to the target level and the study plan from the user's settings. Pure: the
/// TUI screens and the `assess` and `report` commands build it the same way.
public struct CareerReport: Sendable, Equatable {
  public var profile: Profile
  public var placement: PlacementReport
  /// The target level: the one asked for when the pack knows it, else the default target (the
  /// level above the ladder placement); nil only for a pack without levels.
  public var target: String?
  /// True when `target` is the default rather than one the user chose.
  public var isDefaultTarget: Bool
  /// The ranked gaps to `target` the user rated (empty when there is none).
  public var gaps: [Gap]
  /// The unmet requirements of `target` the user has not rated: not ranked, since their size is
  /// not known; listed as "not rated yet".
  public var unrated: [Gap]
  public var plan: StudyPlan

  public init(
    profile: Profile, placement: PlacementReport, target: String?, isDefaultTarget: Bool,
    gaps: [Gap], unrated: [Gap] = [], plan: StudyPlan
  ) {
    self.profile = profile
    self.placement = placement
    self.target = target
    self.isDefaultTarget = isDefaultTarget
    self.gaps = gaps
    self.unrated = unrated
    self.plan = plan
  }

  /// Builds the report for a profile.
  /// - Parameters:
  ///   - targetLevel: the level the user chose; nil, or a level the pack does not know, gives
  ///     the default target.
  ///   - hoursPerWeek, objectives: the plan settings (objectives are skill ids worked on first).
  public static func make(
    pack: Pack, profile: Profile, targetLevel: String? = nil,
    hoursPerWeek: Double = StudyPlan.defaultHoursPerWeek, objectives: [String] = [],
    threshold: Double = Placement.defaultThreshold
  ) -> CareerReport {
    let placement = Placement.report(pack: pack, profile: profile, threshold: threshold)
    let chosen = targetLevel.flatMap { pack.level($0) == nil ? nil : $0 }
    let target = chosen ?? Gaps.defaultTarget(pack: pack, placement: placement)
    let all = target.flatMap { Gaps.report(to: $0, pack: pack, profile: profile)?.gaps } ?? []
    let gaps = all.filter { !$0.unknown }
    let plan = StudyPlan.make(
      gaps: gaps, pack: pack, hoursPerWeek: hoursPerWeek, objectives: objectives)
    return CareerReport(
      profile: profile, placement: placement, target: target, isDefaultTarget: chosen == nil,
      gaps: gaps, unrated: all.filter(\.unknown), plan: plan)
  }

  /// The placement on the ladder (the pack's first track).
  public var ladder: TrackPlacement? { placement.ladder }

  /// "Your years: 4.5. Typical: Mid 2-4 or 4-7, Senior 5+ or 8+." (the ladder's placed and next
  /// levels); nil when the user gave no years.
  public func yearsLine(in pack: Pack) -> String? {
    guard let years = profile.years else { return nil }
    let levels = [ladder?.level, ladder?.nextLevel].compactMap { $0.flatMap(pack.level) }
    let typical = levels.filter { !$0.typicalYears.isEmpty }.map { level in
      "\(level.name) \(level.typicalYears.map(\.text).joined(separator: " or "))"
    }
    let yours = "Your years: \(Experience.format(years))."
    return typical.isEmpty ? yours : yours + " Typical: " + typical.joined(separator: ", ") + "."
  }

  /// A note when the user's years sit far from the placed level's (see `Experience.note`).
  /// None while unrated skills decide the next level: the gap between years and level is not
  /// known then.
  public func yearsNote(in pack: Pack) -> String? {
    guard ladder?.undecided != true else { return nil }
    return Experience.note(
      years: profile.years, placed: ladder?.level.flatMap(pack.level),
      next: ladder?.nextLevel.flatMap(pack.level))
  }

  /// True when the target is the level the user is placed at on the ladder: at the top of the
  /// ladder the default target is the top level itself, not a next one.
  public var targetIsPlacedLevel: Bool { target != nil && target == ladder?.level }

  /// Why this level is the target, in a few words: "the next level", "your level, the top of
  /// the ladder", "your choice".
  public var targetReason: String {
    if !isDefaultTarget { return targetIsPlacedLevel ? "your choice, your level" : "your choice" }
    return targetIsPlacedLevel ? "your level, the top of the ladder" : "the next level"
  }

  /// The heading of the gaps: "Gaps to Senior" or, for the level the user is placed at,
  /// "Still below the bar at CTO".
  public func gapsHeading(in pack: Pack) -> String {
    let name = target.map { pack.level($0)?.name ?? $0 } ?? "no level"
    return (targetIsPlacedLevel ? "Still below the bar at " : "Gaps to ") + name
  }

  /// "Estimate from a quick assessment: 14 areas rated, standing for 58 skills you work with;
  /// 3 not rated yet. A full assessment rates each skill on its own." (languages, databases and
  /// cloud the user does not work with are not counted); nil for a full assessment.
  public func estimateLine(in pack: Pack) -> String? {
    guard let areas = profile.quickAreasRated else { return nil }
    let rated = pack.skills.filter { profile.isRated($0.id) }.count
    let unrated = unratedSkills(in: pack).count
    return "Estimate from a quick assessment: \(areas) area\(areas == 1 ? "" : "s") rated, "
      + "standing for \(rated) skill\(rated == 1 ? "" : "s") you work with"
      + (unrated == 0 ? "" : "; \(unrated) not rated yet")
      + ". A full assessment rates each skill on its own."
  }

  /// Skills of the pack the profile leaves unrated, in the pack's order, without the ones the
  /// user does not work with (languages, databases and cloud left out of their pick).
  public func unratedSkills(in pack: Pack) -> [String] {
    pack.skills.map(\.id).filter { !profile.isRated($0) && !profile.isExcluded($0) }
  }

  /// The user's strongest skills: rated `RatingScale.strong` or more, highest first, then in the pack's order.
  public func strongestSkills(in pack: Pack, limit: Int = 5) -> [String] {
    let order = Dictionary(
      pack.skills.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
    return profile.ratings.filter { $0.value >= pack.scale.strong && order[$0.key] != nil }
      .sorted { a, b in
        a.value != b.value ? a.value > b.value : order[a.key]! < order[b.key]!
      }
      .prefix(limit).map(\.key)
  }

  /// "Mid (borderline)": the placement's name, marked when the next level is close.
  public static func placementLabel(_ track: TrackPlacement, in pack: Pack) -> String {
    placementName(track, in: pack) + (track.borderline && !track.undecided ? " (borderline)" : "")
  }

  /// "Mid", or "not yet Junior" below the first level of a track; "at least Mid" or "cannot
  /// place yet" when the skills left unrated decide the level above (`TrackPlacement.undecided`).
  public static func placementName(_ track: TrackPlacement, in pack: Pack) -> String {
    if let level = track.level {
      let name = pack.level(level)?.name ?? level
      return track.undecided ? "at least \(name)" : name
    }
    if track.undecided { return "cannot place yet" }
    let first = track.fits.first.map { pack.level($0.level)?.name ?? $0.level } ?? "the first level"
    return "not yet \(first)"
  }

  /// The short note beside a track's placement: "borderline: close to Senior", "top of the
  /// track", "unrated skills decide Senior", or "" when there is nothing to add.
  public static func placementNote(_ track: TrackPlacement, in pack: Pack) -> String {
    if track.undecided, let next = track.nextLevel {
      return "unrated skills decide \(pack.levelName(next))"
    }
    if track.borderline, let next = track.nextLevel {
      return "borderline: close to \(pack.levelName(next))"
    }
    return track.isAtTop ? "top of the track" : ""
  }

  /// The ladder's `undecidedNote`, for the lines under the placement.
  public func undecidedNote(in pack: Pack) -> String? {
    ladder.flatMap { Self.undecidedNote($0, in: pack) }
  }

  /// Why the placement is open, for a track whose unrated skills decide it: "Rate REST APIs,
  /// Unit testing and 3 more to see whether you reach Mid."; nil when the ratings decide it.
  public static func undecidedNote(_ track: TrackPlacement, in pack: Pack) -> String? {
    guard track.undecided, let next = track.nextLevel, let fit = track.fit(of: next) else {
      return nil
    }
    let names = fit.unknown.map { $0.requirement.displayName(in: pack) }
    let shown =
      names.count > 3
      ? names.prefix(2).joined(separator: ", ") + " and \(names.count - 2) more"
      : names.dropLast().joined(separator: ", ") + (names.count > 1 ? " and " : "")
        + (names.last ?? "")
    return "Rate \(shown) to see whether you reach \(pack.level(next)?.name ?? next)."
  }
}
