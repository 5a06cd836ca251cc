import Foundation

/// The countdown of one question: started at a time the app gives, read at times the app gives.
public struct QuestionClock: Sendable, Equatable {
  /// The last seconds, in which the countdown is shown as a warning.
  public static let warningSeconds = 30

  public var limit: Int
  public var startedAt: Date?

  public init(limit: Int, startedAt: Date? = nil) {
    self.limit = limit
    self.startedAt = startedAt
  }

  /// Whole seconds since the start (0 before it started).
  public func elapsed(at now: Date) -> Int {
    guard let startedAt else { return 0 }
    return max(0, Int(now.timeIntervalSince(startedAt)))
  }

  /// Seconds left, never below 0.
  public func remaining(at now: Date) -> Int { max(0, limit - elapsed(at: now)) }

  public func isWarning(at now: Date) -> Bool { remaining(at: now) <= Self.warningSeconds }

  public func isTimedOut(at now: Date) -> Bool { remaining(at: now) == 0 }

  /// "2:05".
  public static func format(_ seconds: Int) -> String {
    let s = max(0, seconds)
    return "\(s / 60):" + (s % 60 < 10 ? "0" : "") + "\(s % 60)"
  }
}
