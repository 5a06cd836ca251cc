/// One binding of a screen: the keys, how the footer and help name them, what they do.
public struct KeyBinding<Action: Sendable>: Sendable {
  public var keys: [Key]
  public var label: String
  public var help: String
  public var inFooter: Bool
  public var action: Action

  public init(
    _ keys: [Key], _ label: String? = nil, _ help: String, footer: Bool = true, _ action: Action
  ) {
    self.keys = keys
    self.label = label ?? keys.map(\.label).joined(separator: "/")
    self.help = help
    self.inFooter = footer
    self.action = action
  }
}

/// A key and what it does, as the footer and the help overlay show it.
public struct KeyHelp: Sendable, Equatable {
  public var label: String
  public var help: String
  public var inFooter: Bool
}

/// The single source of a screen's keys: handling, footer hints and the `?` help all read it,
/// so they can never disagree.
public struct KeyTable<Action: Sendable>: Sendable {
  public var bindings: [KeyBinding<Action>]

  public init(_ bindings: [KeyBinding<Action>]) {
    self.bindings = bindings
  }

  public func action(for key: Key) -> Action? {
    bindings.first { $0.keys.contains(key) }?.action
  }

  public var help: [KeyHelp] {
    bindings.map { KeyHelp(label: $0.label, help: $0.help, inFooter: $0.inFooter) }
  }
}

/// Keys every screen shares; a screen's own table is asked first.
enum GlobalAction: Sendable {
  case help, back, quit, search
}

enum GlobalKeys {
  static let table = KeyTable<GlobalAction>([
    KeyBinding([.escape], "Esc", "Back", footer: false, .back),
    KeyBinding([.character("?")], "?", "Help", .help),
    KeyBinding([.character("/")], "/", "Search the whole pack", footer: false, .search),
    KeyBinding([.character("q"), .control("c")], "q", "Quit", .quit),
  ])
}
