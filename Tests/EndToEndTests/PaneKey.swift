/// A key a user presses in the pane, named as a user would name it; a one-character string
/// is that character's key.
enum PaneKey: ExpressibleByStringLiteral {
  case enter, escape, space, tab, up, down, left, right
  case ctrlC, ctrlD
  case character(String)

  init(stringLiteral value: String) { self = .character(value) }

  /// The key as `tmux send-keys` names it.
  var tmuxName: String {
    switch self {
    case .enter: return "Enter"
    case .escape: return "Escape"
    case .space: return "Space"
    case .tab: return "Tab"
    case .up: return "Up"
    case .down: return "Down"
    case .left: return "Left"
    case .right: return "Right"
    case .ctrlC: return "C-c"
    case .ctrlD: return "C-d"
    case .character(let text): return text
    }
  }
}
