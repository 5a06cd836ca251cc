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
    return anchors(ofArea: skill.category)
  }

  /// The behavioural descriptions an area is rated against: its own, else what the levels'
  /// criteria say of it (`criteriaAnchors(ofArea:)`), else the meanings of the scale's steps.
  public func anchors(ofArea id: String) -> [String] {
    if let area = category(id), !area.anchors.isEmpty { return area.anchors }
    let fromLevels = criteriaAnchors(ofArea: id)
    return fromLevels.isEmpty ? scaleMeanings : fromLevels
  }

  /// A ladder's criteria read as anchors: the step a level asks of an area (the highest
  /// minimum among its requirements there) is described by that level's criteria for the area,
  /// "As at Senior: ...", from the lowest level of the first track that asks it. Steps no level
  /// describes stay blank; none at all when no level both asks for and describes the area.
  public func criteriaAnchors(ofArea id: String) -> [String] {
    let inArea = Set(skills.filter { $0.category == id }.map(\.id))
    var anchors = [String](repeating: "", count: scale.steps.count)
    var found = false
    let ordered = tracks.flatMap(\.levels).compactMap(level)
    for level in ordered {
      guard let criterion = level.criteria.first(where: { $0.area == id }),
        let text = criterion.expectations.first
      else { continue }
      let asked = level.requirements.filter { $0.skills.contains(where: inArea.contains) }
      guard let step = asked.map(\.minimum).max(), anchors.indices.contains(step),
        anchors[step].isEmpty
      else { continue }
      anchors[step] = "As at \(level.name): \(text)"
      found = true
    }
    return found ? anchors : []
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

extension Question {
  /// "Behavioural · Senior Backend Developer · SQL, Caching": the kind, then the level and the
  /// skills when the question has them.
  public func summary(in pack: Pack) -> String {
    var parts = [kind.name]
    if let level { parts.append(pack.levelName(level)) }
    if !skills.isEmpty { parts.append(skills.map(pack.skillName).joined(separator: ", ")) }
    return parts.joined(separator: " · ")
  }

  /// "Tags: acme, onsite"; nil when the question has no tags.
  public var tagLine: String? {
    tags.isEmpty ? nil : "Tags: " + tags.joined(separator: ", ")
  }

  /// Said where key points would be, for a question that lists none.
  public static let noKeyPoints = "This question lists no key points to check."
}
