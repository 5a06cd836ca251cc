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

  /// Pack prose reflowed (see `TextWrap.reflowed`), then wrapped to `width`, each line
  /// indented.
  public static func prose(_ text: String, width: Int, _ tone: Tone = .text, indent: Int = 0)
    -> [DocLine]
  {
    wrapped(TextWrap.reflowed(text), width: width, tone, indent: indent)
  }

  /// A paragraph wrapped to `width`, each line indented.
  public static func wrapped(_ text: String, width: Int, _ tone: Tone = .text, indent: Int = 0)
    -> [DocLine]
  {
    TextWrap.lines(text, width: max(1, width - indent)).map { .text($0, tone, indent: indent) }
  }

  /// "• text" wrapped to `width`, the lines after the first hanging under the text.
  public static func bullet(_ text: String, width: Int, _ tone: Tone = .text, indent: Int = 0)
    -> [DocLine]
  {
    hanging("• ", text, width: width, tone, indent: indent)
  }

  /// `marker` then `text` wrapped to `width`, the lines after the first hanging under the
  /// text ("1. " before a numbered item).
  public static func hanging(
    _ marker: String, _ text: String, width: Int, _ tone: Tone = .text, indent: Int = 0
  ) -> [DocLine] {
    let hang = indent + DisplayWidth.of(marker)
    return wrapped(text, width: width, tone, indent: hang).enumerated().map { index, line in
      guard index == 0, case .text(let first, _, _) = line.parts.first else { return line }
      return .text(marker + first.dropFirst(hang), tone, indent: indent)
    }
  }
}

extension Canvas {
  /// Draws `lines` from `scroll`. When they overflow the area, its last row holds a muted
  /// marker saying more lies above or below, so the marker never covers text.
  public mutating func document(
    _ lines: [DocLine], in rect: Rect, scroll: Int, context: DrawContext
  ) {
    guard !rect.isEmpty else { return }
    let rows = ScrollingDocument.textRows(lines: lines.count, height: rect.height)
    let start = min(
      max(0, scroll), ScrollingDocument.limit(lines: lines.count, height: rect.height))
    for row in 0..<min(rows, lines.count - start) {
      docLine(lines[start + row], x: rect.x, y: rect.y + row, clip: rect, context: context)
    }
    guard rows < rect.height else { return }
    let above = start > 0 ? context.glyphs.up : ""
    let below = start + rows < lines.count ? context.glyphs.down : ""
    let marker = " \(above)\(below) more "
    put(
      marker, x: rect.maxX - DisplayWidth.of(marker), y: rect.maxY - 1,
      style: context.theme.muted, clip: rect)
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
