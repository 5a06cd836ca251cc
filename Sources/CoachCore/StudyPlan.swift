/// Hours on one skill in one week of a study plan.
public struct PlanItem: Sendable, Equatable, Codable {
  public var skill: String
  public var hours: Double
  public init(skill: String, hours: Double) {
    self.skill = skill
    self.hours = hours
  }
}

/// One week of a study plan.
public struct PlanWeek: Sendable, Equatable, Codable {
  /// 1-based.
  public var number: Int
  public var items: [PlanItem]
  public var hours: Double { items.reduce(0) { $0 + $1.hours } }
  public init(number: Int, items: [PlanItem]) {
    self.number = number
    self.items = items
  }
}

/// The hours one gap needs in total.
public struct PlanGap: Sendable, Equatable, Codable {
  public var skill: String
  /// skill.hoursPerStep × (required − rating).
  public var hours: Double
  public var isObjective: Bool
  /// The rating the gap asks for, to aim at when re-rating.
  public var aim: Rating

  public init(skill: String, hours: Double, isObjective: Bool, aim: Rating = 0) {
    self.skill = skill
    self.hours = hours
    self.isObjective = isObjective
    self.aim = aim
  }
}

/// The gaps laid out week by week at a given number of hours per week.
public struct StudyPlan: Sendable, Equatable, Codable {
  public static let defaultHoursPerWeek = 5.0

  public var hoursPerWeek: Double
  /// The gaps in the order they are worked on, with their hours.
  public var gaps: [PlanGap]
  public var weeks: [PlanWeek]

  public init(hoursPerWeek: Double, gaps: [PlanGap], weeks: [PlanWeek]) {
    self.hoursPerWeek = hoursPerWeek
    self.gaps = gaps
    self.weeks = weeks
  }

  public var totalWeeks: Int { weeks.count }
  public var totalHours: Double { gaps.reduce(0) { $0 + $1.hours } }

  /// Lays out the gaps: objectives first (skill ids the user marked, matched against a gap's
  /// skill or any skill of its group), then the rest, each group in the given (priority)
  /// order; each week filled up to `hoursPerWeek`, a gap spilling into the next week when it
  /// does not fit. Gaps needing no hours are left out; a non-positive `hoursPerWeek` gives no
  /// weeks.
  public static func make(
    gaps: [Gap], pack: Pack, hoursPerWeek: Double = defaultHoursPerWeek,
    objectives: [String] = []
  ) -> StudyPlan {
    let marked = Set(objectives)
    let isObjective = { (gap: Gap) in
      marked.contains(gap.skill) || gap.requirement.skills.contains { marked.contains($0) }
    }
    let ordered = gaps.filter(isObjective) + gaps.filter { !isObjective($0) }
    let planGaps = ordered.compactMap { gap -> PlanGap? in
      let hours = hoursNeeded(for: gap, pack: pack)
      guard hours > 0 else { return nil }
      return PlanGap(
        skill: gap.skill, hours: hours, isObjective: isObjective(gap), aim: gap.required)
    }
    return StudyPlan(
      hoursPerWeek: hoursPerWeek, gaps: planGaps,
      weeks: layOut(planGaps, hoursPerWeek: hoursPerWeek))
  }

  /// skill.hoursPerStep × (required − rating); 0 for a skill the pack does not know.
  public static func hoursNeeded(for gap: Gap, pack: Pack) -> Double {
    let perStep = pack.skill(gap.skill)?.hoursPerStep ?? 0
    return max(perStep, 0) * Double(gap.steps)
  }

  static let tolerance = 1e-9

  static func layOut(_ gaps: [PlanGap], hoursPerWeek: Double) -> [PlanWeek] {
    guard hoursPerWeek > 0, hoursPerWeek.isFinite else { return [] }
    var weeks: [PlanWeek] = []
    var current: [PlanItem] = []
    var free = hoursPerWeek
    func closeWeek() {
      weeks.append(PlanWeek(number: weeks.count + 1, items: current))
      current = []
      free = hoursPerWeek
    }
    for gap in gaps {
      var left = gap.hours
      while left > tolerance {
        if free <= tolerance { closeWeek() }
        let hours = min(left, free)
        current.append(PlanItem(skill: gap.skill, hours: hours))
        left -= hours
        free -= hours
      }
    }
    if !current.isEmpty { closeWeek() }
    return weeks
  }
}
