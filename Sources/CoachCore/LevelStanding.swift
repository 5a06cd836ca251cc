/// Where a user stands against one level, the same on every screen and in every report: placed
/// at it, past it, or below it with the gaps that separate them.
public struct LevelStanding: Sendable, Equatable {
  public enum Relation: Sendable, Equatable {
    /// Placed at the level on these tracks (ids, in the pack's order).
    case placed(tracks: [String])
    /// Placed above the level on some track that holds it (the track id and placed level).
    case past(track: String, placedAt: String)
    /// Not reached: the level is ahead of the user.
    case ahead
  }

  public var level: String
  public var relation: Relation
  /// Every requirement of the level, met or not, in the level's order.
  public var requirements: [RequirementResult]
  /// The unmet requirements, ranked as gaps.
  public var gaps: [Gap]

  /// The unmet central requirements: each alone keeps the level out of reach.
  public var unmetCentral: [RequirementResult] {
    requirements.filter { $0.central && !$0.held }
  }

  public init(level: Level, pack: Pack, profile: Profile, placement: PlacementReport) {
    self.level = level.id
    requirements = level.requirements.map { RequirementResult(requirement: $0, profile: profile) }
    gaps = Gaps.gaps(to: level, pack: pack, profile: profile)
    let placedOn = placement.tracks.filter { $0.level == level.id }.map(\.track)
    if !placedOn.isEmpty {
      relation = .placed(tracks: placedOn)
      return
    }
    for track in placement.tracks {
      guard let index = track.fits.firstIndex(where: { $0.level == level.id }),
        let placed = track.placedIndex, placed > index, let placedLevel = track.level
      else { continue }
      relation = .past(track: track.track, placedAt: placedLevel)
      return
    }
    relation = .ahead
  }

  /// One or two sentences for the top of the level's page.
  public func summary(in pack: Pack) -> String {
    let steps = gaps.map(\.steps).reduce(0, +)
    let stepText = "\(steps) rating step\(steps == 1 ? "" : "s")"
    let shortText =
      gaps.count == 1 ? "1 requirement is" : "\(gaps.count) requirements are"
    switch relation {
    case .placed(let tracks):
      let names = tracks.map { pack.track($0)?.name ?? $0 }.joined(separator: ", ")
      let placed = "You are placed at this level (\(names))."
      if gaps.isEmpty { return placed + " You meet every requirement of it." }
      return placed
        + " \(shortText) still below the bar (\(stepText)); none of them is central, so the "
        + "placement holds."
    case .past(_, let placedAt):
      let name = pack.level(placedAt)?.name ?? placedAt
      if gaps.isEmpty { return "You are past this level (placed at \(name))." }
      return "You are past this level (placed at \(name)); \(shortText) still below its bar."
    case .ahead:
      if gaps.isEmpty {
        return "You meet every requirement of this level; a level below it holds you back."
      }
      let count = gaps.count == 1 ? "1 gap separates" : "\(gaps.count) gaps separate"
      var text = "\(count) you from this level (\(stepText) to climb)."
      let central = unmetCentral.map { $0.requirement.displayName(in: pack) }
      if !central.isEmpty {
        text += " Central and unmet: \(central.joined(separator: ", "))."
      }
      return text
    }
  }
}
