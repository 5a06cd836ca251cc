import Foundation

/// The countdown of one question: started at a time the app gives, read at times the app gives.
public struct QuestionClock: Sendable, Equatable {
  /// The last seconds, in which the countdown is shown as a warning.
  public static let warningSeconds = 30

  public var limit: Int
  public var startedAt: Date?
  /// Seconds used before this run of the clock: an answer resumed after a restart goes on
  /// with the time it had left.
  public var usedBefore: Int

  public init(limit: Int, startedAt: Date? = nil, usedBefore: Int = 0) {
    self.limit = limit
    self.startedAt = startedAt
    self.usedBefore = max(0, usedBefore)
  }

  /// Whole seconds used: those before, plus those since the start.
  public func elapsed(at now: Date) -> Int {
    guard let startedAt else { return usedBefore }
    return usedBefore + max(0, Int(now.timeIntervalSince(startedAt)))
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
