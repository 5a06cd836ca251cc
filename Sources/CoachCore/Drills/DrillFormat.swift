import Foundation

extension Format {
  /// How long until `due`: "now", "in 10 minutes", "in 5 hours", "in 3 days, on 2026-11-26"
  /// (the day in the calendar's time zone).
  public static func wait(until due: Date, from now: Date, in calendar: Calendar) -> String {
    let seconds = due.timeIntervalSince(now)
    if seconds <= 0 { return "now" }
    if seconds < 3_600 {
      let minutes = max(1, Int((seconds / 60).rounded()))
      return "in \(minutes) minute\(minutes == 1 ? "" : "s")"
    }
    if seconds < 86_400 {
      let hours = Int((seconds / 3_600).rounded())
      return "in \(hours) hour\(hours == 1 ? "" : "s")"
    }
    let days = Int((seconds / 86_400).rounded())
    return "in \(days) day\(days == 1 ? "" : "s"), on \(day(due, in: calendar))"
  }

  /// "45 s", "3 min 5 s", "1 h 2 min".
  public static func duration(_ seconds: Double) -> String {
    let total = Int(seconds.rounded())
    if total < 60 { return "\(total) s" }
    if total < 3_600 { return "\(total / 60) min \(total % 60) s" }
    return "\(total / 3_600) h \(total / 60 % 60) min"
  }
}
