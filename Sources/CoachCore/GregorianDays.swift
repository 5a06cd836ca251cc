import Foundation

extension Calendar {
  /// The Gregorian calendar in `timeZone`: the days the app counts and the dates it shows.
  /// The app passes the user's zone; tests pass a fixed one, so what they see is the same
  /// under any `TZ`.
  public static func gregorian(in timeZone: TimeZone) -> Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    calendar.locale = Locale(identifier: "en_US_POSIX")
    return calendar
  }
}
