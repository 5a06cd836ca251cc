/// How one requirement of a level stands for the user: the "why" behind a fit.
public struct RequirementResult: Sendable, Equatable {
  public var requirement: Requirement
  /// The skill that stands for the requirement (see `Profile.representativeSkill(for:)`).
  public var skill: String
  /// The effective rating: the best among the requirement's skills, unrated = 0.
  public var rating: Rating
  public var required: Rating
  public var weight: Double
  /// min(rating / required, 1); 1 when nothing is required.
  public var score: Double
  /// True when the rating reaches the minimum.
  public var held: Bool
  /// True when none of the requirement's skills was rated.
  public var unknown: Bool
  /// True when the requirement is central to its level (`Requirement.isCentral`): the level
  /// is not reached while it is unmet, whatever the fit.
  public var central: Bool { requirement.isCentral }

  /// The requirement is judged as `Profile.judged` narrows it: a "one of" group on the user's
  /// picks.
  public init(requirement original: Requirement, profile: Profile) {
    let requirement = profile.judged(original)
    self.requirement = requirement
    self.skill = profile.representativeSkill(for: requirement)
    self.rating = profile.effectiveRating(for: requirement)
    self.required = requirement.minimum
    self.weight = requirement.weight
    self.held = requirement.minimum <= 0 || rating >= requirement.minimum
    self.score = held ? 1 : Double(rating) / Double(requirement.minimum)
    self.unknown = profile.isUnknown(requirement)
  }
}

/// The fit of one level: Σ weight·min(rating/required, 1) / Σ weight over its requirements.
public struct LevelFit: Sendable, Equatable {
  public var level: String
  /// 0...1; a level without requirements (or with zero total weight) fits fully.
  public var fit: Double
  /// True when the fit reaches the threshold and every central requirement is held (the level
  /// alone, without gating).
  public var reached: Bool
  /// One result per requirement, in the level's order.
  public var reasons: [RequirementResult]

  public var held: [RequirementResult] { reasons.filter(\.held) }
  public var unmet: [RequirementResult] { reasons.filter { !$0.held } }
  public var unknown: [RequirementResult] { reasons.filter(\.unknown) }
  /// The central requirements still unmet: each alone keeps the level out of reach.
  public var unmetCentral: [RequirementResult] { reasons.filter { $0.central && !$0.held } }

  public init(level: String, fit: Double, reached: Bool, reasons: [RequirementResult]) {
    self.level = level
    self.fit = fit
    self.reached = reached
    self.reasons = reasons
  }
}

/// Where the user stands on one track.
public struct TrackPlacement: Sendable, Equatable {
  public var track: String
  /// One fit per level, in the track's order (lowest first).
  public var fits: [LevelFit]
  /// Index into `fits` of the placed level; nil when below the first level.
  public var placedIndex: Int?
  /// True when the next level's fit is within `Placement.borderlineMargin` below the threshold
  /// (or above it, the level held back by an unmet central requirement).
  public var borderline: Bool
  /// True when the level above the placement is out of reach only for want of ratings: it
  /// would be reached were every requirement the user has not rated met, so the ratings given
  /// cannot say whether the user stands there.
  public var undecided: Bool

  public init(
    track: String, fits: [LevelFit], placedIndex: Int?, borderline: Bool, undecided: Bool = false
  ) {
    self.track = track
    self.fits = fits
    self.placedIndex = placedIndex
    self.borderline = borderline
    self.undecided = undecided
  }

  /// The placed level id; nil means "not yet <first level>".
  public var level: String? { placedIndex.map { fits[$0].level } }
  /// The level above the placement (the first level when unplaced); nil at the top.
  public var nextLevel: String? {
    let next = (placedIndex ?? -1) + 1
    return next < fits.count ? fits[next].level : nil
  }
  public var isAtTop: Bool { !fits.isEmpty && placedIndex == fits.count - 1 }
  public func fit(of level: String) -> LevelFit? { fits.first { $0.level == level } }
}

/// The placement on every track of a pack.
public struct PlacementReport: Sendable, Equatable {
  public var threshold: Double
  /// One placement per track, in the pack's order; the first is the ladder.
  public var tracks: [TrackPlacement]

  public init(threshold: Double, tracks: [TrackPlacement]) {
    self.threshold = threshold
    self.tracks = tracks
  }

  public var ladder: TrackPlacement? { tracks.first }
  public func track(_ id: String) -> TrackPlacement? { tracks.first { $0.track == id } }
}

/// Fit, placement and borderline, as DESIGN.md §6 defines them, with one rule a hiring manager
/// adds: a level is reached only when its central requirements are all held, so strength
/// elsewhere cannot make up for missing what defines the level.
public enum Placement: Sendable {
  public static let defaultThreshold = 0.8
  /// A next level whose fit is this close below the threshold makes the placement borderline.
  public static let borderlineMargin = 0.10
  /// Absorbs rounding in sums of weights, so a fit of exactly the threshold reaches it.
  static let tolerance = 1e-9

  /// The fit of a level for a profile, 0...1.
  public static func fit(of level: Level, profile: Profile) -> Double {
    fit(of: level.requirements.map { RequirementResult(requirement: $0, profile: profile) })
  }

  public static func levelFit(
    _ level: Level, profile: Profile, threshold: Double = defaultThreshold
  ) -> LevelFit {
    let reasons = level.requirements.map { RequirementResult(requirement: $0, profile: profile) }
    let fit = fit(of: reasons)
    let centralHeld = reasons.allSatisfy { !$0.central || $0.held }
    return LevelFit(
      level: level.id, fit: fit, reached: centralHeld && fit + tolerance >= threshold,
      reasons: reasons)
  }

  /// The placement on one track: the highest level that reaches the threshold with every level
  /// below it reaching it too. Level ids the pack does not know are skipped, and so are levels
  /// described in words only (`Level.isPlaceable`): nobody is placed on those.
  public static func place(
    on track: Track, pack: Pack, profile: Profile, threshold: Double = defaultThreshold
  ) -> TrackPlacement {
    let fits = track.levels.compactMap { id in
      pack.level(id).flatMap {
        $0.isPlaceable ? levelFit($0, profile: profile, threshold: threshold) : nil
      }
    }
    let reachedPrefix = fits.prefix { $0.reached }.count
    let placedIndex = reachedPrefix > 0 ? reachedPrefix - 1 : nil
    var borderline = false
    var undecided = false
    if reachedPrefix < fits.count {
      let next = fits[reachedPrefix]
      borderline = next.fit + tolerance >= threshold - borderlineMargin
      undecided = reachedIfUnratedMet(next, threshold: threshold)
    }
    return TrackPlacement(
      track: track.id, fits: fits, placedIndex: placedIndex, borderline: borderline,
      undecided: undecided)
  }

  /// Whether a level not reached would be reached were each requirement the user left unrated
  /// met: then the missing ratings, not the given ones, keep it out of reach.
  static func reachedIfUnratedMet(_ level: LevelFit, threshold: Double) -> Bool {
    guard !level.reached, !level.unknown.isEmpty else { return false }
    let hoped = level.reasons.map { reason -> RequirementResult in
      var hoped = reason
      if reason.unknown {
        hoped.held = true
        hoped.score = 1
      }
      return hoped
    }
    let centralHeld = hoped.allSatisfy { !$0.central || $0.held }
    return centralHeld && fit(of: hoped) + tolerance >= threshold
  }

  /// The placement on the ladder (the pack's first track) alone; nil for a pack without tracks.
  public static func ladder(
    pack: Pack, profile: Profile, threshold: Double = defaultThreshold
  ) -> TrackPlacement? {
    pack.tracks.first.map { place(on: $0, pack: pack, profile: profile, threshold: threshold) }
  }

  /// The placement on every track of the pack.
  public static func report(
    pack: Pack, profile: Profile, threshold: Double = defaultThreshold
  ) -> PlacementReport {
    PlacementReport(
      threshold: threshold,
      tracks: pack.tracks.map {
        place(on: $0, pack: pack, profile: profile, threshold: threshold)
      })
  }

  static func fit(of reasons: [RequirementResult]) -> Double {
    let total = reasons.reduce(0) { $0 + max($1.weight, 0) }
    guard total > 0 else { return 1 }
    let earned = reasons.reduce(0) { $0 + max($1.weight, 0) * $1.score }
    return min(max(earned / total, 0), 1)
  }
}

extension Requirement {
  /// What to call the requirement on screen: the group's label, else the skill's name(s).
  public func displayName(in pack: Pack) -> String {
    if let label, !label.isEmpty { return label }
    let names = skills.map { pack.skill($0)?.name ?? $0 }
    if atLeast > 1 { return "\(atLeast) of " + names.joined(separator: ", ") }
    return names.joined(separator: " or ")
  }
}
