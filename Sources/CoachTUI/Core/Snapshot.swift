import CoachCore

/// Renders a screen as plain text after feeding keys through the same update loop as the app,
/// for `career-coach snapshot` and golden tests.
public enum Snapshot {
  public enum Failure: Error, CustomStringConvertible {
    case unknownScreen(String)
    case badSize(String)
    case badKey(String)
    /// The screen shows a part the pack leaves out, so its home entry is hidden.
    case hiddenScreen(String, lack: String)

    public var description: String {
      switch self {
      case .hiddenScreen(let name, let lack):
        return "the content pack has \(lack), so there is no '\(name)' screen."
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
    guard let id = ScreenID(rawValue: screen) else { throw .unknownScreen(screen) }
    guard let route = ScreenDirectory.route(to: id, pack: data.pack) else {
      let needs = HomeScreen.defaultEntries.first { $0.screen == id }?.needs ?? []
      let lack =
        needs.first { !(data.pack?.has($0) ?? true) }?.lack ?? "nothing for the app to remember"
      throw .hiddenScreen(screen, lack: lack)
    }
    var loop = AppLoop(
      state: AppState(root: HomeScreen(), size: size, data: data), effects: effects,
      context: context)
    loop.send(.started)
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

/// Every screen a user can open from home, by the one name both the home menu and
/// `snapshot --screen` use.
public enum ScreenID: String, Sendable, CaseIterable {
  case home, help, assess, results, gaps, plan, path, tips, cv, drill, mock, star, stats, history
  case settings, jobs, team
}

/// The keys that reach each screen from home, for `snapshot --screen` and tests.
public enum ScreenDirectory {
  public static var names: [String] { ScreenID.allCases.map(\.rawValue) }

  /// The keys from home to the screen called `name`; nil for a name no screen has.
  public static func route(to name: String) -> [Key]? {
    guard let screen = ScreenID(rawValue: name) else { return nil }
    return route(to: screen)
  }

  /// Home is where the app starts, help is `?`; every other screen is a home menu entry,
  /// reached by moving down to it and pressing Enter (the drills start at once). Nil when
  /// `pack` leaves out what the screen shows, so home hides its entry.
  public static func route(to screen: ScreenID, pack: Pack? = nil) -> [Key]? {
    switch screen {
    case .home: return []
    case .help: return [.character("?")]
    default:
      guard
        let index = HomeScreen.entries(for: pack).firstIndex(where: { $0.screen == screen })
      else { return nil }
      let open = Array(repeating: Key.down, count: index) + [.enter]
      return screen == .drill ? open + [.enter] : open
    }
  }
}
