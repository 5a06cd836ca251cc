/// Drives the app: reads events, runs `update`, runs the effects it asks for, draws `view`.
/// The real terminal and `snapshot` go through this same path.
public struct AppLoop {
  public var state: AppState
  public let effects: any EffectRunner
  public let context: DrawContext

  public init(state: AppState, effects: any EffectRunner, context: DrawContext) {
    self.state = state
    self.effects = effects
    self.context = context
  }

  /// Handles one message and every reply its effects produce.
  public mutating func send(_ message: Message) {
    var pending: [Message] = [message]
    while !pending.isEmpty {
      let (next, requested) = update(state, pending.removeFirst())
      state = next
      for effect in requested {
        if let reply = effects.run(effect) { pending.append(.reply(reply)) }
      }
    }
  }

  public func frame() -> Canvas { view(state, context: context) }

  /// Runs until the user quits or a signal asks the app to leave; returns the final state.
  public mutating func run(on terminal: any Terminal) {
    if terminal.size != state.size { send(.resize(terminal.size)) }
    var needsDraw = true
    while !state.quitting {
      if needsDraw {
        terminal.draw(frame())
        needsDraw = false
      }
      if let signal = terminal.takeExitSignal() {
        send(.signal(signal))
        continue
      }
      if let event = terminal.nextEvent(timeoutMilliseconds: 100) {
        send(Message(event))
        needsDraw = true
      } else if terminal.size != state.size {
        send(.resize(terminal.size))
        needsDraw = true
      }
    }
  }
}

/// Runs no effects; for screens that ask for none.
public struct NoEffects: EffectRunner {
  // Used where no store is open: every request is answered with nothing.

  public init() {}
  public func run(_ effect: Effect) -> EffectReply? { nil }
}
