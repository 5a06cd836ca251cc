/// What to do in each milestone of a report's plan: each gap's next step (exercise, drills,
/// resources, evidence) spread over the milestones its hours span, so a long block of one
/// skill has a new step every week or two and ends with the evidence to show.
extension CareerReport {
  /// One list per milestone, in order: "SQL: <step>" for each skill worked on in it.
  public func milestoneSteps(in pack: Pack) -> [[String]] {
    let milestones = plan.milestones
    var spans: [String: [Int]] = [:]
    for (index, milestone) in milestones.enumerated() {
      for item in milestone.items { spans[item.skill, default: []].append(index) }
    }
    var steps = milestones.map { _ in [String]() }
    for (skill, indices) in spans.sorted(by: { $0.value[0] < $1.value[0] }) {
      guard let gap = gaps.first(where: { $0.skill == skill }) else { continue }
      let step = NextStep.make(for: gap, target: target ?? "", pack: pack)
      let name = pack.skill(skill)?.name ?? skill
      let parts = Self.spread(step.lines.map { "\($0.label): \($0.text)" }, over: indices.count)
      for (offset, index) in indices.enumerated() {
        let text = parts[offset].isEmpty ? "Carry on with the exercise." : parts[offset]
        steps[index].append("\(name): \(text)")
      }
    }
    // Keep each milestone's skills in the plan's order.
    return zip(milestones, steps).map { milestone, lines in
      milestone.items.compactMap { item in
        let name = pack.skill(item.skill)?.name ?? item.skill
        return lines.first { $0.hasPrefix(name + ": ") }
      }
    }
  }

  /// Spreads `lines` over `count` slots in order, the last line always in the last slot;
  /// slots left without a line are empty.
  static func spread(_ lines: [String], over count: Int) -> [String] {
    guard count > 0 else { return [] }
    guard count > 1, let last = lines.last else { return [lines.joined(separator: " ")] }
    var slots = [[String]](repeating: [], count: count)
    let head = lines.dropLast()
    for (index, line) in head.enumerated() {
      slots[min(index * (count - 1) / max(head.count, 1), count - 2)].append(line)
    }
    slots[count - 1].append(last)
    return slots.map { $0.joined(separator: " ") }
  }
}
