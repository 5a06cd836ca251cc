/// One thing the command palette can do: a key of the screen below it, opening a screen from
/// home, or a key of a screen it opens first.
public struct PaletteEntry: Sendable {
  public enum Run: Sendable {
    /// Press this key on the screen the palette was opened over.
    case key(Key)
    /// Go back to home, open its entry at this index, then press the key, if any.
    case open(entry: Int, then: Key?)
  }

  /// Where the action is: "This screen", "Go to", or a screen's title.
  public var place: String
  public var name: String
  /// The key that does it where it is, as help shows it; empty for "Go to".
  public var key: String
  public var run: Run

  /// The text the palette's filter looks in.
  var searchable: String { (place + " " + name + " " + key).lowercased() }
}

extension PaletteEntry {
  /// Every action within reach of `state`: the keys of the screen on top, each home entry, and
  /// the keys of each screen a home entry opens, found by opening it on a copy of the state
  /// (pure: nothing is loaded or saved).
  static func all(for state: AppState) -> [PaletteEntry] {
    let top = state.stack[state.stack.count - 1]
    let shared = top.sharedKeyHelp.filter {
      !$0.keys.contains(.escape) && !$0.keys.contains(.character(":"))
    }
    let here = actions(of: top) + shared
    var result = here.compactMap { help -> PaletteEntry? in
      help.keys.first.map {
        PaletteEntry(place: "This screen", name: help.help, key: help.label, run: .key($0))
      }
    }
    guard let home = state.stack.first as? HomeScreen else { return result }
    for (index, entry) in home.entries.enumerated() where entry.screen != nil {
      result.append(
        PaletteEntry(place: "Go to", name: entry.name, key: "", run: .open(entry: index, then: nil))
      )
    }
    for (index, entry) in home.entries.enumerated() where entry.screen != nil {
      var copy = state
      copy.stack = [home]
      copy.dialog = nil
      _ = copy.apply(entry.open(copy.data))
      guard copy.stack.count > 1 else { continue }
      let screen = copy.stack[copy.stack.count - 1]
      for help in actions(of: screen) {
        guard let key = help.keys.first else { continue }
        result.append(
          PaletteEntry(
            place: screen.title, name: help.help, key: help.label,
            run: .open(entry: index, then: key)))
      }
    }
    return result
  }

  /// A screen's own keys worth running by name: not the moves and scrolls, which only make
  /// sense pressed where one is. (The shared keys are listed once, for the screen on top.)
  private static func actions(of screen: any ScreenModel) -> [KeyHelp] {
    screen.keyHelp.filter { help in
      !help.keys.isEmpty && !help.keys.contains(where: \.isMove)
    }
  }
}

extension Key {
  /// Arrows, pages, Home and End and their vi letters: keys that move, not act.
  var isMove: Bool {
    switch self {
    case .up, .down, .left, .right, .pageUp, .pageDown, .home, .end: return true
    case .character(let c): return "jkhlgG".contains(c)
    default: return false
    }
  }
}
