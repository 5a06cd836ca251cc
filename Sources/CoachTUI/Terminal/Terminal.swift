/// Where frames are shown and keys come from. The real one is ncursesw; tests and
/// `snapshot` use the in-memory one.
public protocol Terminal: AnyObject {
  var size: Size { get }
  /// Shows a frame.
  func draw(_ canvas: Canvas)
  /// Waits up to `timeoutMilliseconds` for input; nil when nothing came.
  func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
  /// A signal (SIGINT, SIGTERM, SIGHUP) that asked the app to leave, if one came.
  func takeExitSignal() -> Int32?
}

/// A terminal in memory: keeps the last frame, replays queued events.
public final class MemoryTerminal: Terminal {
  public private(set) var size: Size
  public private(set) var frame: Canvas
  public private(set) var framesDrawn = 0
  public var queuedEvents: [InputEvent] = []
  public var pendingSignal: Int32?

  public init(size: Size) {
    self.size = size
    frame = Canvas(width: size.width, height: size.height)
  }

  public func resize(to newSize: Size) {
    size = newSize
    queuedEvents.append(.resize(newSize))
  }

  public func draw(_ canvas: Canvas) {
    frame = canvas
    framesDrawn += 1
  }

  public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    queuedEvents.isEmpty ? nil : queuedEvents.removeFirst()
  }

  public func takeExitSignal() -> Int32? {
    defer { pendingSignal = nil }
    return pendingSignal
  }
}
