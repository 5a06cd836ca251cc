import Foundation

/// A clock for tests that moves on by a fixed step each time it is asked.
final class SteppingClock: @unchecked Sendable {
  private let lock = NSLock()
  private var current: Date
  private var calls = 0
  let step: TimeInterval
  /// Called with the number of calls to `next()` so far, on each call.
  var onCall: (Int) -> Void = { _ in }

  init(start: Date, step: TimeInterval) {
    current = start
    self.step = step
  }

  /// The time now, then one step later for the next reader.
  func read() -> Date {
    lock.lock()
    defer { lock.unlock() }
    let now = current
    current = current.addingTimeInterval(step)
    return now
  }

  /// One step later than the last call.
  func next() -> Date {
    lock.lock()
    defer { lock.unlock() }
    calls += 1
    onCall(calls)
    current = current.addingTimeInterval(step)
    return current
  }
}
