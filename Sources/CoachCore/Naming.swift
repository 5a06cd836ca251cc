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

  /// "2025-01-31 14:05" in the local time zone.
  public static func date(_ date: Date) -> String { dateFormatter.string(from: date) }

  // Made once: a formatter is costly to create, and formatting with one is thread-safe.
  nonisolated(unsafe) private static let dateFormatter = formatter("yyyy-MM-dd HH:mm")

  /// A formatter for a fixed pattern in the local time zone, to be made once and kept.
  static func formatter(_ pattern: String) -> DateFormatter {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = pattern
    return formatter
  }
}
