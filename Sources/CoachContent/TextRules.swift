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
    // Scans the UTF-8 bytes: every such character is one byte, or C2 followed by 80 to 9F.
    var bytes = text
    guard bytes.withUTF8(containsControlCharacter) else { return nil }
    return text.unicodeScalars.first { scalar in
      let value = scalar.value
      return (value < 0x20 && value != 0x0A) || (value >= 0x7F && value <= 0x9F)
    }
  }

  private static func containsControlCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    var index = 0
    var afterC2 = false
    while index < bytes.count {
      // Eight bytes at once while they are all printable ASCII (0x20 to 0x7E); the tests
      // below may flag a clean word, never miss a byte outside that range.
      if index + 8 <= bytes.count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let below20 = (word &- 0x20 &* ones) & ~word & (0x80 &* ones)
        let from7F = ((word &+ ones) | word) & (0x80 &* ones)
        if below20 | from7F == 0 {
          index += 8
          afterC2 = false
          continue
        }
      }
      let end = min(index + 8, bytes.count)
      while index < end {
        let byte = bytes[index]
        if (byte < 0x20 && byte != 0x0A) || byte == 0x7F || (afterC2 && byte <= 0x9F) {
          return true
        }
        afterC2 = byte == 0xC2
        index += 1
      }
    }
    return false
  }

  /// The most characters one piece of pack text may hold: many pages, far above any tip
  /// or answer, and small enough that a screen lays it out at once.
  static let maximumTextLength = 20_000
  /// The longest run of characters without a space: above any word or link, below what
  /// would fill a screen with one unbroken line.
  static let maximumWordLength = 300

  /// Why `text` is too big for a pack, as the end of a sentence naming its field; nil when
  /// it is not.
  static func sizeProblem(of text: String) -> String? {
    // A text of no more bytes than the smaller limit is within both: most of a pack's
    // texts, passed without a look at their bytes.
    guard text.utf8.count > min(maximumWordLength, maximumTextLength) else { return nil }
    // On bytes, as the pack's load budget needs: each byte that is not a UTF-8
    // continuation starts a character; a space, tab or line end ends a word.
    var count = 0
    var run = 0
    var longestRun = 0
    for byte in text.utf8 where byte & 0xC0 != 0x80 {
      count += 1
      if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
        run = 0
      } else {
        run += 1
        longestRun = max(longestRun, run)
      }
    }
    if count > maximumTextLength {
      return "is \(count) characters long, over the limit of \(maximumTextLength)"
    }
    if longestRun > maximumWordLength {
      return "holds a word of \(longestRun) characters with no space, over the limit of "
        + "\(maximumWordLength); break it with spaces"
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
    text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
  }
}
