import Foundation

/// A YAML file written line by line, every text double-quoted so that no name a spreadsheet
/// holds (`yes`, `3.0`, `#1`, `: `) reads back as anything but itself.
struct YAMLLines {
  private var lines: [String]

  init(heading: String) { lines = [heading, ""] }

  /// The file's text, ending with a line break.
  var text: String { lines.joined(separator: "\n") + "\n" }

  mutating func line(_ text: String) { lines.append(text) }

  /// `key: "value"`, indented.
  mutating func field(_ key: String, _ value: String, indent: Int = 0) {
    lines.append(String(repeating: " ", count: indent) + "\(key): \(Self.quoted(value))")
  }

  /// `  - key: "value"`: the first field of a list entry.
  mutating func entry(_ key: String, _ value: String) {
    lines.append("  - \(key): \(Self.quoted(value))")
  }

  /// `text` as a YAML double-quoted scalar: backslash, quote and control characters escaped.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          result += "\\x" + (hex.count == 1 ? "0" + hex : hex)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}

/// Ids made from names: lower-case words of letters and digits joined by hyphens, each unique
/// within its kind.
struct IDMaker {
  /// The id's first word when a name has no letter or digit to make one of: `skill-3`.
  var fallback: String
  private var taken = Set<String>()
  /// For each id made from a name, the suffix to try next when another name makes it again.
  private var nextSuffix: [String: Int] = [:]
  private var made = 0

  init(fallback: String) { self.fallback = fallback }

  /// The id of `name`, made unique by a suffix (`go`, `go-2`) when an earlier name took it.
  mutating func unique(from name: String) -> String {
    made += 1
    let base = Self.id(from: name) ?? "\(fallback)-\(made)"
    var candidate = base
    var suffix = nextSuffix[base, default: 2]
    while taken.contains(candidate) {
      candidate = "\(base)-\(suffix)"
      suffix += 1
    }
    nextSuffix[base] = suffix
    taken.insert(candidate)
    return candidate
  }

  /// Letters other than A-Z written as the letters they are spelt with.
  private static let spelt: [Character: String] = [
    "æ": "ae", "ø": "o", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "þ": "th", "+": " plus ",
    "#": " sharp ",
  ]

  /// The id of `name` (`Message queues (Kafka)` gives `message-queues-kafka`, `C++`
  /// `c-plus-plus`); nil when it has no letter or digit from A to Z.
  static func id(from name: String) -> String? {
    var words: [String] = []
    var word = ""
    for character in name.lowercased() {
      let letters = spelt[character] ?? String(character).decomposedStringWithCanonicalMapping
      for scalar in letters.unicodeScalars where scalar.isASCII || !scalar.properties.isDiacritic {
        if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
          word.unicodeScalars.append(scalar)
        } else if !word.isEmpty {
          words.append(word)
          word = ""
        }
      }
    }
    if !word.isEmpty { words.append(word) }
    return words.isEmpty ? nil : words.joined(separator: "-")
  }
}
