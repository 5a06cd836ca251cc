/// The styles views draw with. Colours are the terminal's own eight ANSI colours over its own
/// background, so they follow the user's palette; the light theme keeps away from yellow and
/// cyan text, which fade on a light background. Every theme, and the monochrome one (NO_COLOR,
/// --no-color, or a terminal without colour), keeps selection visible.
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

  /// For terminals with a light background: blue where the dark theme uses cyan, magenta for
  /// warnings, white on blue for the header and selection.
  public static let light = Theme(
    text: .plain,
    muted: Style(dim: true),
    title: Style(foreground: .blue, bold: true),
    header: Style(foreground: .white, background: .blue),
    footer: Style(reverse: true),
    footerKey: Style(foreground: .blue, bold: true, reverse: true),
    selected: Style(foreground: .white, background: .blue),
    accent: Style(foreground: .blue),
    good: Style(foreground: .green),
    warning: Style(foreground: .magenta, bold: true),
    bad: Style(foreground: .red),
    border: Style(foreground: .blue),
    usesColor: true
  )

  /// The colour theme for the terminal: `CAREER_COACH_THEME` (light or dark) when set, else
  /// the background that `COLORFGBG` announces ("15;0" is light text on black; rxvt, Konsole
  /// and others set it), else dark, the common default.
  public static func colour(chosen: String?, colorFGBG: String?) -> Theme {
    switch chosen?.lowercased() {
    case "light": return .light
    case "dark": return .color
    default: break
    }
    // The background is the last field; 7 and 15 are the light greys and white.
    guard let background = colorFGBG?.split(separator: ";").last.flatMap({ Int($0) }) else {
      return .color
    }
    return background == 7 || background == 15 ? .light : .color
  }

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
