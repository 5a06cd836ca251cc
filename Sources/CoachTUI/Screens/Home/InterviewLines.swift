import CoachCore
import Foundation

/// How the screens speak of an interview ahead: when it is, and what to do today.
enum InterviewLines {
  /// "Senior on 2026-12-22, 16 days left", "… tomorrow", "… today".
  static func countdown(_ interview: InterviewPrep, now: Date) -> String {
    let day = Format.day(interview.day, in: interview.calendar)
    let left = interview.daysLeft(now: now)
    let when: String
    switch left {
    case ..<0: when = "has passed"
    case 0: when = "today"
    case 1: when = "tomorrow"
    default: when = "\(left) days left"
    }
    return "\(interview.targetName) on \(day), \(when)"
  }
}
