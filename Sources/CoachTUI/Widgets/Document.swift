/// Which theme style a piece of text takes, so screens can build their lines before drawing.
public enum Tone: Sendable, Equatable {
  case text, muted, title, accent, good, warning, bad

  func style(in theme: Theme) -> Style {
    switch self {
    case .text: return theme.text
    case .muted: return theme.muted
    case .title: return theme.title
    case .accent: return theme.accent
    case .good: return theme.good
    case .warning: return theme.warning
    case .bad: return theme.bad
    }
  }
}

/// One line of a scrolling document: text in columns of given widths, or a bar.
public struct DocLine: Sendable, Equatable {
  public enum Part: Sendable, Equatable {
    /// Text in a column `width` wide, cut with an ellipsis to leave one blank after it; nil
    /// takes the rest of the line.
    case text(String, Tone, width: Int?)
    /// A bar `fraction` full, `width` columns wide.
    case bar(Double, Tone, width: Int)
  }

  public var parts: [Part]

  public init(_ parts: [Part]) { self.parts = parts }

  public static let blank = DocLine([])

  public static func text(_ text: String, _ tone: Tone = .text, indent: Int = 0) -> DocLine {
    DocLine([.text(String(repeating: " ", count: indent) + text, tone, width: nil)])
  }

  /// A paragraph wrapped to `width`, each line indented.
  public static func wrapped(_ text: String, width: Int, _ tone: Tone = .text, indent: Int = 0)
    -> [DocLine]
  {
    TextWrap.lines(text, width: max(1, width - indent)).map { .text($0, tone, indent: indent) }
  }
}

/// A scroll position over lines taller than their area.
public struct Scroll: Sendable, Equatable {
  public var offset = 0

  public init(offset: Int = 0) { self.offset = offset }

  /// The furthest offset that still fills the area.
  public static func limit(lines: Int, height: Int) -> Int { max(0, lines - max(1, height)) }

  public mutating func move(by delta: Int, lines: Int, height: Int) {
    offset = min(max(0, offset + delta), Self.limit(lines: lines, height: height))
  }

}

extension Canvas {
  /// Draws `lines` from `scroll`, with a muted marker when more lies above or below.
  public mutating func document(
    _ lines: [DocLine], in rect: Rect, scroll: Int, context: DrawContext
  ) {
    guard !rect.isEmpty else { return }
    let start = min(max(0, scroll), Scroll.limit(lines: lines.count, height: rect.height))
    for row in 0..<min(rect.height, lines.count - start) {
      docLine(lines[start + row], x: rect.x, y: rect.y + row, clip: rect, context: context)
    }
    let above = start > 0 ? context.glyphs.up : ""
    let below = start + rect.height < lines.count ? context.glyphs.down : ""
    if !(above + below).isEmpty {
      let marker = " \(above)\(below) more "
      put(
        marker, x: rect.maxX - DisplayWidth.of(marker), y: rect.maxY - 1,
        style: context.theme.muted, clip: rect)
    }
  }

  mutating func docLine(_ line: DocLine, x: Int, y: Int, clip: Rect, context: DrawContext) {
    var column = x
    for part in line.parts {
      switch part {
      case .text(let text, let tone, let width):
        // A column keeps one blank before the next; the last part is cut at the edge.
        let room = width.map { $0 - 1 } ?? (clip.maxX - column)
        var shown = text.truncated(toWidth: max(0, room), ellipsis: context.glyphs.ellipsis)
        if let width { shown = shown.padded(toWidth: width) }
        put(shown, x: column, y: y, style: tone.style(in: context.theme), clip: clip)
        column += DisplayWidth.of(shown)
      case .bar(let fraction, let tone, let width):
        bar(
          Rect(x: column, y: y, width: width, height: 1), fraction: fraction,
          style: tone.style(in: context.theme), context: context)
        column += width
      }
    }
  }
}

/// What the keys of a scrolling document do; every document screen binds them the same way.
public enum ScrollAction: Sendable, Equatable {
  case line(Int)
  case page(Int)
  case top, bottom

  /// The bindings, wrapped in a screen's own action. `letterJumps` adds g and G for top and
  /// bottom, for screens that do not use g for something else.
  static func bindings<Action>(
    _ wrap: (ScrollAction) -> Action, letterJumps: Bool = true, footer: Bool = true
  ) -> [KeyBinding<Action>] {
    [
      KeyBinding([.down, .character("j")], "↓/j", "Scroll down", footer: footer, wrap(.line(1))),
      KeyBinding([.up, .character("k")], "↑/k", "Scroll up", footer: false, wrap(.line(-1))),
      KeyBinding([.pageDown, .character(" ")], "PgDn", "Page down", footer: false, wrap(.page(1))),
      KeyBinding([.pageUp], "PgUp", "Page up", footer: false, wrap(.page(-1))),
      KeyBinding(
        [.home] + (letterJumps ? [.character("g")] : []), letterJumps ? "g" : "Home", "Top",
        footer: false, wrap(.top)),
      KeyBinding(
        [.end] + (letterJumps ? [.character("G")] : []), letterJumps ? "G" : "End", "Bottom",
        footer: false, wrap(.bottom)),
    ]
  }
}

extension Scroll {
  /// Moves as `action` asks over `lines` shown `height` at a time.
  public mutating func apply(_ action: ScrollAction, lines: Int, height: Int) {
    switch action {
    case .line(let delta): move(by: delta, lines: lines, height: height)
    case .page(let pages): move(by: pages * max(1, height - 1), lines: lines, height: height)
    case .top: offset = 0
    case .bottom: move(by: lines, lines: lines, height: height)
    }
  }
}
