/// How a key moves a scrolling document.
public enum ScrollMove: Sendable, Equatable {
  case line(Int)
  case page(Int)
  case top, bottom

  /// The usual document keys: ↓/j, ↑/k, PgDn/Space, PgUp, Home, End; none in the footer.
  static func bindings<Action>(_ action: (ScrollMove) -> Action) -> [KeyBinding<Action>] {
    [
      KeyBinding([.down, .character("j")], "↓/j", "Scroll down", footer: false, action(.line(1))),
      KeyBinding([.up, .character("k")], "↑/k", "Scroll up", footer: false, action(.line(-1))),
      KeyBinding(
        [.pageDown, .character(" ")], "PgDn", "Page down", footer: false, action(.page(1))),
      KeyBinding([.pageUp], "PgUp", "Page up", footer: false, action(.page(-1))),
      KeyBinding([.home], "Home", "Top", footer: false, action(.top)),
      KeyBinding([.end], "End", "Bottom", footer: false, action(.bottom)),
    ]
  }
}

extension Scroll {
  /// Moves over `lines` lines shown `height` at a time.
  public mutating func apply(_ move: ScrollMove, lines: Int, height: Int) {
    switch move {
    case .line(let delta): self.move(by: delta, lines: lines, height: height)
    case .page(let pages): self.move(by: pages * max(1, height - 1), lines: lines, height: height)
    case .top: offset = 0
    case .bottom: self.move(by: lines, lines: lines, height: height)
    }
  }
}

extension DocLine {
  /// The line's text without styles, as the command line prints it.
  public var plainText: String {
    var text = ""
    for part in parts {
      guard case .text(let value, _, let width) = part else { continue }
      text += width.map { value.padded(toWidth: $0) } ?? value
    }
    while text.last == " " { text.removeLast() }
    return text
  }
}
