/// A tip picked for the user, with why.
public struct TipPick: Sendable, Equatable {
  public var tip: Tip
  /// One sentence: "Because Caching is a gap to Senior Backend Developer."
  public var reason: String
  /// The gap skill the tip was matched on, if it was matched on a skill.
  public var gapSkill: String?

  public init(tip: Tip, reason: String, gapSkill: String? = nil) {
    self.tip = tip
    self.reason = reason
    self.gapSkill = gapSkill
  }
}

/// Picks the "for you" tips.
public enum TipSelection: Sendable {
  /// Tips for an assessed user. A tip qualifies when its levels include the user's level or
  /// the target (or are empty) and its skills meet a gap's skills (or are empty). Ranked:
  /// tips on a higher-priority gap first, then tips for the user's level, then tips for the
  /// target, then tips for every level; pack order breaks ties.
  /// - Parameters:
  ///   - level: the placed level, nil when below the first level.
  ///   - target: the target level of the gaps.
  ///   - gaps: the gaps to the target, ranked.
  ///   - category: only tips of this category, when given.
  public static func forYou(
    pack: Pack, level: String?, target: String?, gaps: [Gap], category: TipCategory? = nil
  ) -> [TipPick] {
    let targetName = target.map { pack.level($0)?.name ?? $0 } ?? "the next level"
    var ranked: [(pick: TipPick, key: [Double])] = []
    for (order, tip) in pack.tips.enumerated() where category == nil || tip.category == category {
      let forLevel = level.map { tip.levels.contains($0) } ?? false
      let forTarget = target.map { tip.levels.contains($0) } ?? false
      guard tip.levels.isEmpty || forLevel || forTarget else { continue }
      let levelRank = forLevel ? 0.0 : forTarget ? 1.0 : 2.0
      if let (index, gap, skill) = firstGap(matching: tip, in: gaps) {
        let name = pack.skill(skill)?.name ?? skill
        let pick = TipPick(
          tip: tip, reason: "Because \(name) is a gap to \(targetName).", gapSkill: gap.skill)
        ranked.append((pick, [0, -gap.priority, Double(index), levelRank, Double(order)]))
      } else if tip.skills.isEmpty {
        let reason: String
        if forLevel, let level {
          reason = "Picked for your level, \(pack.level(level)?.name ?? level)."
        } else if forTarget {
          reason = "Picked for your next level, \(targetName)."
        } else {
          reason = "Useful at every level."
        }
        ranked.append((TipPick(tip: tip, reason: reason), [1, levelRank, Double(order)]))
      }
    }
    return ranked.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.pick)
  }

  /// Tips for a user who has not assessed yet: those for the first level of the ladder, then
  /// those for every level; the reason says no assessment was made.
  public static func withoutAssessment(pack: Pack, category: TipCategory? = nil) -> [TipPick] {
    let first = pack.tracks.first?.levels.first
    let firstName = first.map { pack.level($0)?.name ?? $0 } ?? "a first job"
    var specific: [TipPick] = []
    var universal: [TipPick] = []
    for tip in pack.tips where category == nil || tip.category == category {
      if tip.levels.isEmpty {
        universal.append(
          TipPick(tip: tip, reason: "No assessment yet: useful at every level."))
      } else if let first, tip.levels.contains(first) {
        specific.append(
          TipPick(tip: tip, reason: "No assessment yet: picked for \(firstName)."))
      }
    }
    return specific + universal
  }

  /// The highest-priority gap (the earlier one on a tie) whose skills meet the tip's skills,
  /// with the tip skill that met it (the gap's own skill when the tip names it).
  static func firstGap(matching tip: Tip, in gaps: [Gap]) -> (Int, Gap, String)? {
    var best: (Int, Gap, String)?
    for (index, gap) in gaps.enumerated() {
      let skill =
        tip.skills.contains(gap.skill)
        ? gap.skill : tip.skills.first { gap.requirement.skills.contains($0) }
      guard let skill else { continue }
      if let current = best, current.1.priority >= gap.priority { continue }
      best = (index, gap, skill)
    }
    return best
  }
}
