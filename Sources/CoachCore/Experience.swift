/// Years of experience: reading what the user typed, and setting them beside what the sources
/// give for a level. Years never move a placement; they only add a note.
public enum Experience {
  public static let range: ClosedRange<Double> = 0...80

  /// "4", "4.5" or "4,5" as years; nil for empty text (skipped). Anything else, or a number
  /// outside 0-80, is a problem sentence.
  public static func parseYears(_ text: String) -> Result<Double?, YearsProblem> {
    let trimmed = text.trimmed.replacingOccurrences(of: ",", with: ".")
    if trimmed.isEmpty { return .success(nil) }
    let allowed = trimmed.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    guard allowed, trimmed.filter({ $0 == "." }).count <= 1, trimmed != ".",
      let value = Double(trimmed.hasPrefix(".") ? "0" + trimmed : trimmed)
    else {
      return .failure(
        YearsProblem(description: "\"\(text)\" is not a number of years; type one such as 3 or 4.5")
      )
    }
    guard range.contains(value) else {
      return .failure(YearsProblem(description: "\(format(value)) years is outside 0-80"))
    }
    return .success(value)
  }

  public struct YearsProblem: Error, Equatable, CustomStringConvertible {
    public let description: String
  }

  /// "4.5", "12": whole years without a decimal point, others to one decimal.
  public static func format(_ years: Double) -> String {
    let tenths = (years * 10).rounded()
    return tenths.truncatingRemainder(dividingBy: 10) == 0
      ? String(Int(tenths / 10)) : String(tenths / 10)
  }

  /// The lower bounds of a level's typical years: "5+" and "5-8" give 5.
  static func lowerBounds(of level: Level) -> [Double] {
    level.typicalYears.compactMap { Double($0.text.prefix { $0.isNumber || $0 == "." }) }
  }

  /// The fewest years a level's sources give; nil when none is given.
  public static func typicalMinimum(of level: Level) -> Double? { lowerBounds(of: level).min() }

  /// A note when the years sit far from the placed level's typical years: fewer than its
  /// sources' lowest figure, or twice or more the highest lower bound the next level's sources
  /// give. Nil when nothing stands out.
  public static func note(years: Double?, placed: Level?, next: Level?) -> String? {
    guard let years else { return nil }
    let yearsText = "\(format(years)) year\(years == 1 ? "" : "s")"
    if let placed, let minimum = typicalMinimum(of: placed), years < minimum {
      return "\(placed.name) with \(yearsText): the sources give "
        + "\(placed.typicalYears.map(\.text).joined(separator: " or ")) years. Years never "
        + "outweigh shown skills, but check your ratings against the anchors' examples."
    }
    if let next, let minimum = lowerBounds(of: next).max(), minimum > 0, years >= 2 * minimum {
      return "\(yearsText), well past the \(format(minimum))+ years typical of \(next.name): "
        + "the gaps, not time, are what stand between you and it."
    }
    return nil
  }
}
