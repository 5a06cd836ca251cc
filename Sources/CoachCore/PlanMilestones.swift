import Foundation

/// "Re-rate SQL at the end of week 4": the week a skill's block of the plan ends, when the
/// user should rate it again.
public struct PlanCheckpoint: Sendable, Equatable, Codable {
  public var skill: String
  public var week: Int
  /// The rating to aim for.
  public var aim: Rating

  public init(skill: String, week: Int, aim: Rating) {
    self.skill = skill
    self.week = week
    self.aim = aim
  }
}

/// One or two weeks of the plan with the skills worked on and the checkpoints that fall in it.
public struct PlanMilestone: Sendable, Equatable, Codable {
  /// 1-based.
  public var number: Int
  public var firstWeek: Int
  public var lastWeek: Int
  /// Hours per skill in these weeks, in the plan's order.
  public var items: [PlanItem]
  public var checkpoints: [PlanCheckpoint]

  public init(
    number: Int, firstWeek: Int, lastWeek: Int, items: [PlanItem], checkpoints: [PlanCheckpoint]
  ) {
    self.number = number
    self.firstWeek = firstWeek
    self.lastWeek = lastWeek
    self.items = items
    self.checkpoints = checkpoints
  }

  public var hours: Double { items.reduce(0) { $0 + $1.hours } }

  /// "Week 3" or "Weeks 3-4".
  public var weeksLabel: String {
    firstWeek == lastWeek ? "Week \(firstWeek)" : "Weeks \(firstWeek)-\(lastWeek)"
  }
}

extension StudyPlan {
  /// The week each gap's hours end in, with the rating to aim for: one checkpoint per gap.
  public var checkpoints: [PlanCheckpoint] {
    var last: [String: Int] = [:]
    for week in weeks { for item in week.items { last[item.skill] = week.number } }
    var aims: [String: Rating] = [:]
    for gap in gaps { aims[gap.skill] = max(aims[gap.skill] ?? 0, gap.aim) }
    var seen = Set<String>()
    return gaps.compactMap { gap -> PlanCheckpoint? in
      guard let week = last[gap.skill], seen.insert(gap.skill).inserted else { return nil }
      return PlanCheckpoint(skill: gap.skill, week: week, aim: aims[gap.skill] ?? gap.aim)
    }.sorted { $0.week < $1.week }
  }

  /// The weeks grouped into milestones of at most two weeks; a milestone closes early after a
  /// week in which a skill's block ends, so every milestone ends with something to re-rate
  /// when it can.
  public var milestones: [PlanMilestone] {
    let checkpoints = self.checkpoints
    var milestones: [PlanMilestone] = []
    var group: [PlanWeek] = []
    func close() {
      guard let first = group.first, let last = group.last else { return }
      var items: [PlanItem] = []
      for item in group.flatMap(\.items) {
        if let index = items.firstIndex(where: { $0.skill == item.skill }) {
          items[index].hours += item.hours
        } else {
          items.append(item)
        }
      }
      milestones.append(
        PlanMilestone(
          number: milestones.count + 1, firstWeek: first.number, lastWeek: last.number,
          items: items,
          checkpoints: checkpoints.filter { (first.number...last.number).contains($0.week) }))
      group = []
    }
    for week in weeks {
      group.append(week)
      let endsABlock = checkpoints.contains { $0.week == week.number }
      if group.count == 2 || endsABlock { close() }
    }
    close()
    return milestones
  }

  /// The day the last week ends when the plan starts `today`: today + 7 × weeks; nil when
  /// there is nothing to study.
  public func targetDate(from today: Date, calendar: Calendar) -> Date? {
    guard totalWeeks > 0 else { return nil }
    return calendar.date(byAdding: .day, value: 7 * totalWeeks, to: today)
  }
}
