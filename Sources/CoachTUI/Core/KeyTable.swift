/// One binding of a screen: the keys, how the footer and help name them, what they do.
public struct KeyBinding<Action: Sendable>: Sendable {
  public var keys: [Key]
  public var label: String
  public var help: String
  public var inFooter: Bool
  /// One action for every key, or one per key for keys that carry a value (digits).
  private var actions: [Action]

  public init(
    _ keys: [Key], _ label: String? = nil, _ help: String, footer: Bool = true, _ action: Action
  ) {
    self.keys = keys
    self.label = label ?? keys.map(\.label).joined(separator: "/")
    self.help = help
    self.inFooter = footer
    self.actions = [action]
  }

  /// Keys that share a line of help but each do their own thing, such as the digits 0-4
  /// that each give their own rating.
  public init(
    eachOf keys: [Key], _ label: String, _ help: String, footer: Bool = true,
    _ action: (Key) -> Action
  ) {
    self.keys = keys
    self.label = label
    self.help = help
    self.inFooter = footer
    self.actions = keys.map(action)
  }

  /// What `key` does, when this binding holds it.
  public func action(for key: Key) -> Action? {
    guard let index = keys.firstIndex(of: key) else { return nil }
    return actions.count == 1 ? actions[0] : actions[index]
  }
}

/// A key and what it does, as the footer and the help overlay show it.
public struct KeyHelp: Sendable, Equatable {
  public var label: String
  public var help: String
  public var inFooter: Bool
  /// The keys behind the label, so help can leave out what another table shadows.
  public var keys: [Key] = []
}

/// The single source of a screen's keys: handling, footer hints and the `?` help all read it,
/// so they can never disagree.
public struct KeyTable<Action: Sendable>: Sendable {
  public var bindings: [KeyBinding<Action>]

  public init(_ bindings: [KeyBinding<Action>]) {
    self.bindings = bindings
  }

  public func action(for key: Key) -> Action? {
    for binding in bindings {
      if let action = binding.action(for: key) { return action }
    }
    return nil
  }

  public var help: [KeyHelp] {
    bindings.map { KeyHelp(label: $0.label, help: $0.help, inFooter: $0.inFooter, keys: $0.keys) }
  }
}

/// Keys every screen shares; a screen's own table is asked first.
enum GlobalAction: Sendable {
  case help, back, quit, search, palette
}

enum GlobalKeys {
  static let table = KeyTable<GlobalAction>([
    KeyBinding([.escape], "Esc", "Back", footer: false, .back),
    KeyBinding([.character("?")], "?", "Help", .help),
    KeyBinding([.character("/")], "/", "Search the whole pack", footer: false, .search),
    KeyBinding(
      [.character(":"), .control("p")], ":/C-p", "Run any command by name", footer: false,
      .palette),
    KeyBinding([.character("q")], "q", "Quit", .quit),
  ])

  /// The shared keys a screen leaves free: not bound by its own table, and no letters while
  /// it takes typed text, since they type there.
  static func help(besides screen: [KeyHelp], capturingText: Bool) -> [KeyHelp] {
    let taken = Set(screen.flatMap(\.keys))
    return table.help.filter { binding in
      !binding.keys.allSatisfy { taken.contains($0) }
        && !(capturingText && binding.keys.allSatisfy(\.isCharacter))
    }
  }
}

/// Keys asked before any screen, even one that takes typed text.
enum InterruptKeys {
  static let table = KeyTable<Command>([
    KeyBinding(
      [.control("c")], "C-c", "Quit, asking if text is unsaved", footer: false,
      .quit)
  ])
}

/// The keys of a yes/no dialog.
enum DialogAction: Sendable {
  case confirm, cancel
  /// Ctrl-C in a dialog leaves at once, keeping what was typed as a draft.
  case leaveNow
}

enum DialogKeys {
  static let table = KeyTable<DialogAction>([
    KeyBinding([.character("y"), .character("Y"), .enter], "y", "Yes", .confirm),
    KeyBinding(
      [.character("n"), .character("N"), .escape, .character("q")], "n", "No", .cancel),
    KeyBinding([.control("c")], "C-c", "Leave now, keeping a draft", footer: false, .leaveNow),
  ])
}

/// The keys of the help overlay.
enum HelpAction: Sendable {
  case close, quit
  case scroll(Int)
}

enum HelpKeys {
  static let table = KeyTable<HelpAction>([
    KeyBinding([.escape, .character("?"), .enter, .backspace], "Esc", "Close help", .close),
    KeyBinding([.character("q"), .control("c")], "q", "Quit", .quit),
    KeyBinding([.down, .character("j")], "↓/j", "Scroll down", .scroll(1)),
    KeyBinding([.up, .character("k")], "↑/k", "Scroll up", .scroll(-1)),
  ])
}

/// The only keys that work while the window is too small to show anything useful.
enum TooSmallKeys {
  static let table = KeyTable<Command>([
    KeyBinding([.character("q"), .control("c")], "q", "Quit", .quit)
  ])
}
