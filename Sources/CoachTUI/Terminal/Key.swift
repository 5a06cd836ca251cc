/// A key press, named the way users and `snapshot --keys` name them.
public enum Key: Sendable, Equatable, Hashable {
  case character(Character)
  case up, down, left, right
  case enter, escape, tab, backTab, backspace, delete
  case pageUp, pageDown, home, end
  case control(Character)

  public static let space = Key.character(" ")

  /// Parses one name of a `--keys` list: a single character, or one of `Key.names`.
  /// The key names `--keys` takes besides single characters, as its help lists them.
  public static let names =
    "up down left right enter esc tab shift-tab backspace delete pgup pgdn home end space ctrl-X"

  public init?(name: String) {
    switch name.lowercased() {
    case "up": self = .up
    case "down": self = .down
    case "left": self = .left
    case "right": self = .right
    case "enter", "return": self = .enter
    case "esc", "escape": self = .escape
    case "tab": self = .tab
    case "btab", "backtab", "shift-tab": self = .backTab
    case "backspace", "bs": self = .backspace
    case "delete", "del": self = .delete
    case "pgup", "pageup": self = .pageUp
    case "pgdn", "pagedown": self = .pageDown
    case "home": self = .home
    case "end": self = .end
    case "space": self = .space
    default:
      if name.count == 1, let c = name.first {
        self = .character(c)
      } else if name.lowercased().hasPrefix("ctrl-"), name.count == 6, let c = name.last {
        self = .control(Character(c.lowercased()))
      } else {
        return nil
      }
    }
  }

  /// Up and down with their vi letters, for one binding that moves either way.
  public static let verticalMoves: [Key] = [.up, .character("k"), .down, .character("j")]
  /// Left and right with their vi letters.
  public static let horizontalMoves: [Key] = [.left, .character("h"), .right, .character("l")]

  /// -1 for a key that moves up or left, 1 otherwise.
  public static func step(of key: Key) -> Int {
    switch key {
    case .up, .left, .character("k"), .character("h"): return -1
    default: return 1
    }
  }

  /// True for a key that types a character, which a text field takes as text.
  public var isCharacter: Bool {
    if case .character = self { return true }
    return false
  }

  /// How the key is written in the footer and the help.
  public var label: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let c): return String(c)
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "S-Tab"
    case .backspace: return "Bksp"
    case .delete: return "Del"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .control(let c): return "C-\(c)"
    }
  }
}

/// What a terminal reports.
public enum InputEvent: Sendable, Equatable {
  case key(Key)
  case resize(Size)
  /// A click on a cell (left button).
  case click(x: Int, y: Int)
  case scroll(up: Bool)
}
