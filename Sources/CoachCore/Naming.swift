import Foundation

/// Display names for ids, falling back to the id itself so a stale reference still shows.
extension Pack {
  public func skillName(_ id: String) -> String { skill(id)?.name ?? id }
  public func levelName(_ id: String) -> String { level(id)?.name ?? id }
  public func trackName(_ id: String) -> String { track(id)?.name ?? id }
  public func categoryName(_ id: String) -> String { category(id)?.name ?? id }
}

/// How numbers read everywhere the app shows them: screens, text, Markdown.
public enum Format {
  /// "Working (2)".
  public static func rating(_ rating: Rating) -> String {
    "\(RatingScale.name(rating)) (\(rating))"
  }

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
