import CNcurses

/// Escape sequences terminals send for keys that their terminfo entry may not name: a terminal
/// in application mode sends `ESC O H` for Home, tmux and screen send `ESC [ 1 ~` and
/// `ESC [ 4 ~` whatever `TERM` says, and modified arrows add `;5` and the like. Without these,
/// ncurses would hand over a lone Esc (which leaves the screen) and then the rest as letters.
enum KeySequences {
  static let escape = "\u{1B}"

  /// Each sequence and the ncurses key code it stands for.
  static var all: [(sequence: String, code: Int32)] {
    var pairs: [(String, Int32)] = []
    let named: [(Int32, [String])] = [
      (KEY_HOME, ["[1~", "[7~", "[H", "OH"]),
      (KEY_END, ["[4~", "[8~", "[F", "OF"]),
      (KEY_PPAGE, ["[5~"]),
      (KEY_NPAGE, ["[6~"]),
      (KEY_DC, ["[3~"]),
      (KEY_IC, ["[2~"]),
      (KEY_BTAB, ["[Z"]),
    ]
    for (code, tails) in named {
      pairs += tails.map { (escape + $0, code) }
    }
    // Arrows, plain in both modes and with Shift, Alt or Ctrl (modifiers 2 to 8), which the
    // app reads as the plain arrow.
    let arrows: [(Character, Int32)] = [
      ("A", KEY_UP), ("B", KEY_DOWN), ("C", KEY_RIGHT), ("D", KEY_LEFT),
      ("H", KEY_HOME), ("F", KEY_END),
    ]
    for (letter, code) in arrows {
      if letter != "H" && letter != "F" {
        pairs.append((escape + "[\(letter)", code))
        pairs.append((escape + "O\(letter)", code))
      }
      for modifier in 2...8 {
        pairs.append((escape + "[1;\(modifier)\(letter)", code))
      }
    }
    for modifier in 2...8 {
      for (number, code) in [(5, KEY_PPAGE), (6, KEY_NPAGE), (3, KEY_DC)] {
        pairs.append((escape + "[\(number);\(modifier)~", code))
      }
    }
    return pairs
  }

  /// Teaches ncurses every sequence its terminfo entry left out; the entry's own keys stay.
  static func defineMissing() {
    for (sequence, code) in all where key_defined(sequence) == 0 {
      _ = define_key(sequence, code)
    }
  }

  /// A key with Shift, Alt or Ctrl that the terminfo entry names itself (`kNXT5` is
  /// Ctrl-PgDn in xterm's), read as the plain key.
  static func modifiedKey(named name: String?) -> InputEvent? {
    guard let name, name.hasPrefix("k") else { return nil }
    let base = name.prefix { !$0.isNumber }
    guard base.count < name.count else { return nil }
    let keys: [Substring: Key] = [
      "kUP": .up, "kDN": .down, "kLFT": .left, "kRIT": .right, "kHOM": .home, "kEND": .end,
      "kPRV": .pageUp, "kNXT": .pageDown, "kDC": .delete,
    ]
    return keys[base].map { .key($0) }
  }
}
