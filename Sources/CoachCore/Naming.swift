import Foundation

/// Display names for ids, falling back to the id itself so a stale reference still shows.
extension Pack {
  public func skillName(_ id: String) -> String { skill(id)?.name ?? id }
  public func levelName(_ id: String) -> String { level(id)?.name ?? id }
  public func trackName(_ id: String) -> String { track(id)?.name ?? id }
  public func categoryName(_ id: String) -> String { category(id)?.name ?? id }

  /// "Working (2)" on the pack's scale.
  public func ratingText(_ rating: Rating) -> String { scale.text(rating) }

  /// "Adopts (1)": the rating with the skill's own name for the step.
  public func ratingText(_ rating: Rating, ofSkill id: String) -> String {
    RatingScale.text(stepName(rating, ofSkill: id), scale.number(rating))
  }

  /// A step's name for a skill: the skill's own name for it, else its area's, else the scale's.
  public func stepName(_ rating: Rating, ofSkill id: String) -> String {
    guard let skill = skill(id) else { return scale.name(rating) }
    if let names = skill.stepNames, names.indices.contains(rating) { return names[rating] }
    return stepName(rating, inCategory: skill.category)
  }

  /// The behavioural descriptions a skill is rated against: its own, else its area's, else the
  /// meanings of the scale's steps; empty when the pack gives none of these.
  public func anchors(of skill: Skill) -> [String] {
    if !skill.anchors.isEmpty { return skill.anchors }
    if let area = category(skill.category), !area.anchors.isEmpty { return area.anchors }
    return scaleMeanings
  }

  /// The meanings of the scale's steps, when the pack gives one for every step.
  public var scaleMeanings: [String] {
    let meanings = scale.steps.compactMap(\.meaning)
    return meanings.count == scale.steps.count ? meanings : []
  }

  /// A step's name in an area: the area's own name for it, else the scale's.
  public func stepName(_ rating: Rating, inCategory id: String?) -> String {
    if let names = id.flatMap({ category($0)?.stepNames }), names.indices.contains(rating) {
      return names[rating]
    }
    return scale.name(rating)
  }
}

/// How numbers read everywhere the app shows them: screens, text, Markdown.
public enum Format {
  /// "85%".
  public static func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded()))%" }

  /// "2.5" or "3".
  public static func hours(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
  }

  /// "2025-01-31 14:05" in the calendar's time zone.
  public static func date(_ date: Date, in calendar: Calendar) -> String {
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    return "\(day(parts)) \(padded(parts.hour)):\(padded(parts.minute))"
  }

  /// "2025-01-31" in the calendar's time zone.
  public static func day(_ date: Date, in calendar: Calendar) -> String {
    day(calendar.dateComponents([.year, .month, .day], from: date))
  }

  private static func day(_ parts: DateComponents) -> String {
    "\(padded(parts.year, width: 4))-\(padded(parts.month))-\(padded(parts.day))"
  }

  private static func padded(_ value: Int?, width: Int = 2) -> String {
    let digits = String(value ?? 0)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
