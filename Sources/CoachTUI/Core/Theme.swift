/// The styles views draw with. Colour themes and the monochrome one (NO_COLOR, --no-color,
/// or a terminal without colour) keep selection visible: the monochrome one through reverse video.
public struct Theme: Sendable, Equatable {
  public var text: Style
  public var muted: Style
  public var title: Style
  public var header: Style
  public var footer: Style
  public var footerKey: Style
  public var selected: Style
  public var accent: Style
  public var good: Style
  public var warning: Style
  public var bad: Style
  public var border: Style
  public var usesColor: Bool

  public static let color = Theme(
    text: .plain,
    muted: Style(dim: true),
    title: Style(foreground: .cyan, bold: true),
    header: Style(foreground: .black, background: .cyan),
    footer: Style(reverse: true),
    footerKey: Style(foreground: .yellow, bold: true, reverse: true),
    selected: Style(foreground: .black, background: .cyan),
    accent: Style(foreground: .cyan),
    good: Style(foreground: .green),
    warning: Style(foreground: .yellow, bold: true),
    bad: Style(foreground: .red),
    border: Style(foreground: .blue),
    usesColor: true
  )

  public static let monochrome = Theme(
    text: .plain,
    muted: Style(dim: true),
    title: Style(bold: true),
    header: Style(reverse: true),
    footer: Style(reverse: true),
    footerKey: Style(bold: true, reverse: true),
    selected: Style(reverse: true),
    accent: Style(bold: true),
    good: .plain,
    warning: Style(bold: true),
    bad: Style(bold: true, underline: true),
    border: .plain,
    usesColor: false
  )
}

/// Box drawing and symbols, in Unicode or, where the locale is not UTF-8, ASCII.
public struct Glyphs: Sendable, Equatable {
  public var horizontal: String
  public var vertical: String
  public var topLeft: String
  public var topRight: String
  public var bottomLeft: String
  public var bottomRight: String
  public var barFull: String
  public var barEmpty: String
  public var pointer: String
  public var ellipsis: String
  public var check: String
  public var bullet: String
  public var up: String
  public var down: String
  public var arrow: String

  public static let unicode = Glyphs(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
    bottomRight: "┘", barFull: "█", barEmpty: "░", pointer: "▸", ellipsis: "…", check: "✓",
    bullet: "•", up: "↑", down: "↓", arrow: "→")

  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
    bottomRight: "+", barFull: "#", barEmpty: ".", pointer: ">", ellipsis: "~", check: "x",
    bullet: "*", up: "^", down: "v", arrow: "->")
}

/// What every view needs besides the state: styles and glyphs.
public struct DrawContext: Sendable, Equatable {
  public var theme: Theme
  public var glyphs: Glyphs
  public init(theme: Theme = .color, glyphs: Glyphs = .unicode) {
    self.theme = theme
    self.glyphs = glyphs
  }
}
