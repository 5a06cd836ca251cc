/// Work that touches the world (the store, files), asked for by `update` and run outside it.
/// Each answers with an `EffectReply` that goes back to the screen that asked.
public enum Effect: Sendable {}

public enum EffectReply: Sendable {}

/// Runs effects; the app and `snapshot` share one, so both behave the same.
public protocol EffectRunner {
  func run(_ effect: Effect) -> EffectReply?
}
