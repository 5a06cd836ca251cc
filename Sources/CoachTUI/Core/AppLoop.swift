import Foundation

/// Drives the app: reads events, runs `update`, runs the effects it asks for, draws `view`.
/// The real terminal and `snapshot` go through this same path.
public struct AppLoop {
  public var state: AppState
  public var effects: any EffectRunner
  public let context: DrawContext
  /// Where ticks get their time.
  public let clock: @Sendable () -> Date
  /// Shows a frame at once, while an effect that may take long runs; set by `run(on:)`.
  var showProgress: ((Canvas) -> Void)?

  /// How often a screen that runs a timer gets a tick.
  static let tickInterval: TimeInterval = 1
  /// How long one wait for input lasts when nothing is due sooner.
  static let pollMilliseconds = 100

  public init(
    state: AppState, effects: any EffectRunner, context: DrawContext,
    clock: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.state = state
    self.effects = effects
    self.context = context
    self.clock = clock
  }

  /// Handles one message and every reply its effects produce.
  public mutating func send(_ message: Message) {
    var pending: [Message] = [message]
    while !pending.isEmpty {
      let (next, requested) = update(state, pending.removeFirst())
      state = next
      for effect in requested {
        if case .pressKeys(let keys) = effect {
          pending += keys.map(Message.key)
          continue
        }
        if let note = effect.progressNote, let showProgress {
          var busy = state
          busy.status = note
          showProgress(view(busy, context: context))
        }
        guard let reply = effects.run(effect) else { continue }
        pending.append(.reply(reply))
        // Writes asked for together build on each other (save the last answer, then
        // finish): after one fails, the rest would act on something not saved. A failed
        // read stops nothing.
        if case .failure = reply, !effect.onlyReads { break }
      }
    }
  }

  public func frame() -> Canvas { view(state, context: context) }

  /// Runs until the user quits or a signal asks the app to leave; returns the final state.
  public mutating func run(on terminal: any Terminal) {
    if terminal.size != state.size { send(.resize(terminal.size)) }
    showProgress = { terminal.draw($0) }
    defer { showProgress = nil }
    var needsDraw = true
    var ticks = TickSchedule(interval: Self.tickInterval)
    while !state.quitting {
      if needsDraw {
        terminal.draw(frame())
        needsDraw = false
      }
      if let signal = terminal.takeExitSignal() {
        send(.signal(signal))
        // Ctrl-C may have opened a question rather than ended the app.
        needsDraw = true
        continue
      }
      ticks.wanted(state.wantsTicks, now: clock())
      let wait = ticks.milliseconds(until: clock(), atMost: Self.pollMilliseconds)
      if let event = terminal.nextEvent(timeoutMilliseconds: wait) {
        send(Message(event))
        needsDraw = true
      } else if terminal.size != state.size {
        send(.resize(terminal.size))
        needsDraw = true
      }
      let now = clock()
      if ticks.isDue(at: now) {
        send(.tick(now))
        needsDraw = true
      }
    }
  }
}

/// When the next tick is due: at once when a screen starts wanting ticks, then once per
/// interval; never while no screen wants them.
struct TickSchedule {
  let interval: TimeInterval
  private(set) var next: Date?

  init(interval: TimeInterval) { self.interval = interval }

  mutating func wanted(_ wanted: Bool, now: Date) {
    if !wanted {
      next = nil
    } else if next == nil {
      next = now
    }
  }

  /// How long to wait for input: until the next tick, but no longer than `atMost`.
  func milliseconds(until now: Date, atMost: Int) -> Int {
    guard let next else { return atMost }
    return min(atMost, max(0, Int((next.timeIntervalSince(now) * 1000).rounded(.up))))
  }

  /// True when a tick is due; moves the schedule on by one interval (or to now plus one,
  /// when the app fell behind, so ticks never bunch up).
  mutating func isDue(at now: Date) -> Bool {
    guard let due = next, now >= due else { return false }
    let following = due.addingTimeInterval(interval)
    next = following > now ? following : now.addingTimeInterval(interval)
    return true
  }
}

/// Runs no effects; for screens that ask for none.
public struct NoEffects: EffectRunner {
  // Used where no store is open: every request is answered with nothing.

  public init() {}
  public func run(_ effect: Effect) -> EffectReply? { nil }
}
