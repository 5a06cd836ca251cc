import Yams

/// The rules every id and every piece of text in a pack follows.
enum TextRules {
  /// Whether `text` matches `^[a-z0-9]+(-[a-z0-9]+)*$`: lower-case letters, digits, single hyphens.
  static func isValidID(_ text: String) -> Bool {
    var previousWasHyphen = true  // so a leading hyphen fails
    var sawAny = false
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        previousWasHyphen = false
      case UInt8(ascii: "-"):
        if previousWasHyphen { return false }
        previousWasHyphen = true
      default:
        return false
      }
      sawAny = true
    }
    return sawAny && !previousWasHyphen
  }

  /// The first control character in `text`: anything below U+0020 except newline, U+007F, and the
  /// C1 controls U+0080 to U+009F (ESC among them). Such characters could drive the terminal.
  static func firstControlCharacter(in text: String) -> Unicode.Scalar? {
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if (value < 0x20 && value != 0x0A) || (value >= 0x7F && value <= 0x9F) { return scalar }
    }
    return nil
  }

  /// `U+001B`, for messages.
  static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// `text` made safe to quote in a message: control characters escaped, long text shortened.
  static func shown(_ text: String) -> String {
    var result = ""
    var count = 0
    for scalar in text.unicodeScalars {
      if count == 60 {
        result += "..."
        break
      }
      if scalar == "\n" {
        result += "\\n"
      } else if firstControlCharacter(in: String(scalar)) != nil {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
      count += 1
    }
    return result
  }

  /// Whether `text` is blank: empty or only spaces and newlines.
  static func isBlank(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
  }
}

extension Node {
  /// Whether this is YAML's null: a plain `~`, `null`, or nothing at all.
  var isNull: Bool {
    guard case .scalar(let scalar) = self, scalar.style == .plain || scalar.style == .any else {
      return false
    }
    return Self.nullWords.contains(scalar.string)
  }

  /// The plain scalars YAML reads as null.
  static let nullWords = ["", "~", "null", "Null", "NULL"]

  /// What this node is, for messages: "a list", "a mapping" or "text".
  var kindDescription: String {
    switch self {
    case .scalar: return isNull ? "nothing" : "text"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    case .alias: return "an alias"
    }
  }
}
