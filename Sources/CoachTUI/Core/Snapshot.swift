/// Renders a screen as plain text after feeding keys through the same update loop as the app,
/// for `career-coach snapshot` and golden tests.
public enum Snapshot {
  public enum Failure: Error, CustomStringConvertible {
    case unknownScreen(String)
    case badSize(String)
    case badKey(String)

    public var description: String {
      switch self {
      case .unknownScreen(let name):
        return
          "unknown screen '\(name)'; known screens: \(ScreenDirectory.names.joined(separator: ", "))."
      case .badSize(let text):
        return "--size '\(text)' is not WIDTHxHEIGHT with both between 1 and 1000, such as 80x24."
      case .badKey(let name):
        return
          "unknown key '\(name)' in --keys; use single characters or up down left right enter esc tab backspace pgup pgdn home end space."
      }
    }
  }

  public static func parseSize(_ text: String) throws(Failure) -> Size {
    let parts = text.lowercased().split(separator: "x")
    guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), (1...1000).contains(w),
      (1...1000).contains(h)
    else { throw .badSize(text) }
    return Size(width: w, height: h)
  }

  public static func parseKeys(_ text: String) throws(Failure) -> [Key] {
    try text.split(separator: " ").map { name throws(Failure) in
      guard let key = Key(name: String(name)) else { throw .badKey(String(name)) }
      return key
    }
  }

  /// The loop after reaching `screen` and pressing `keys`.
  public static func loop(
    screen: String, size: Size, keys: [Key], data: AppData, effects: any EffectRunner,
    context: DrawContext = DrawContext()
  ) throws(Failure) -> AppLoop {
    guard let route = ScreenDirectory.route(to: screen) else { throw .unknownScreen(screen) }
    var loop = AppLoop(
      state: AppState(root: HomeScreen(), size: size, data: data), effects: effects,
      context: context)
    for key in route + keys {
      loop.send(.key(key))
      if loop.state.quitting { break }
    }
    return loop
  }

  public static func render(
    screen: String, size: Size, keys: [Key], data: AppData, effects: any EffectRunner = NoEffects()
  ) throws(Failure) -> String {
    try loop(screen: screen, size: size, keys: keys, data: data, effects: effects).frame().text
  }
}

/// The screens `snapshot --screen` knows, and the keys that reach each one from home.
public enum ScreenDirectory {
  static let routes: [(name: String, keys: [Key])] = [
    ("home", []),
    ("help", [.character("?")]),
    ("assess", entry("Assess my skills")),
    ("results", entry("Results")),
    ("gaps", entry("Gaps")),
    ("plan", entry("Plan")),
    ("path", entry("Career path")),
    ("tips", entry("Tips and advice")),
    ("cv", entry("Check my CV")),
    ("drill", entry("Interview prep") + [.enter]),
    ("mock", entry("Mock interview")),
    ("star", entry("STAR practice")),
    ("stats", entry("Statistics")),
    ("history", entry("History")),
  ]

  /// The keys that open a home menu entry: down to it, then Enter.
  static func entry(_ name: String) -> [Key] {
    let index = HomeScreen.defaultEntries.firstIndex { $0.name == name } ?? 0
    return Array(repeating: .down, count: index) + [.enter]
  }

  public static var names: [String] { routes.map(\.name) }

  public static func route(to name: String) -> [Key]? {
    routes.first { $0.name == name }?.keys
  }
}
