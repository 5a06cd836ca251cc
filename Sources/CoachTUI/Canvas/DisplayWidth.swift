/// Display width of text in terminal cells: wide East Asian characters and emoji take two,
/// combining marks take none.
public enum DisplayWidth {
  public static func of(_ character: Character) -> Int {
    var width = 0
    for scalar in character.unicodeScalars {
      if scalar.value == 0xFE0F { return 2 }  // emoji presentation selector
      width = max(width, of(scalar))
    }
    return width
  }

  public static func of(_ text: String) -> Int {
    if let width = ofASCII(text) { return width }
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  /// The width of text that is all ASCII, read as bytes: one cell for each printable
  /// character. Nil for other text.
  private static func ofASCII(_ text: String) -> Int? {
    var width = 0
    for byte in text.utf8 {
      if byte >= 0x80 { return nil }
      if byte >= 0x20 && byte != 0x7F { width += 1 }
    }
    return width
  }

  /// `of(text)` for a cell's text, quicker for the usual one ASCII character.
  static func ofCell(_ text: String) -> Int {
    let bytes = text.utf8
    if bytes.count == 1, let byte = bytes.first {
      return byte < 0x20 || byte == 0x7F ? 0 : 1
    }
    return bytes.isEmpty ? 0 : of(text)
  }

  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if value < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// Wide East Asian ranges and emoji blocks. A switch rather than a table: a static array
  /// of ranges is built (and its type's metadata made) on first use, during the first frame.
  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
      0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
      0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}

extension String {
  /// The text with every control character (C0, DEL, C1, and so escape sequences' ESC)
  /// made harmless: tabs become spaces, the rest are dropped.
  public var sanitisedForTerminal: String {
    if !utf8.contains(where: Self.mayStartControl) { return self }
    var result = ""
    result.reserveCapacity(utf8.count)
    for character in self {
      if character == "\t" {
        result.append(" ")
      } else if character == "\n" || character == "\r\n" {
        // A Windows line end is one character in Swift; it still ends the line.
        result.append("\n")
      } else if character.unicodeScalars.contains(where: { DisplayWidth.isControl($0) }) {
        continue
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// Whether a UTF-8 byte may begin a control character: a C0 byte other than newline,
  /// DEL, or the lead byte of C1 controls (U+0080 to U+009F).
  private static func mayStartControl(_ byte: UInt8) -> Bool {
    (byte < 0x20 && byte != 0x0A) || byte == 0x7F || byte == 0xC2
  }

  /// Cut to at most `width` cells, with an ellipsis when something was cut.
  public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
    if width <= 0 { return "" }
    if DisplayWidth.of(self) <= width { return self }
    let room = width - DisplayWidth.of(ellipsis)
    var used = 0
    var result = ""
    for character in self {
      let w = DisplayWidth.of(character)
      if used + w > room { break }
      used += w
      result.append(character)
    }
    return room >= 0 ? result + ellipsis : String(result.prefix(width))
  }

  /// Cut to at most `width` cells at the end of a word, with an ellipsis when something was
  /// cut, so a heading never ends in half a word; a first word longer than the width is cut
  /// inside, still with the ellipsis.
  public func truncatedAtWord(toWidth width: Int, ellipsis: String = "…") -> String {
    let cut = truncated(toWidth: width, ellipsis: ellipsis)
    guard cut != self, width > DisplayWidth.of(ellipsis) else { return cut }
    let head = cut.dropLast(ellipsis.count)
    // Cut between words already when the next character is a space.
    let next = dropFirst(head.count).first
    var words = next == " " ? head : head[..<(head.lastIndex(of: " ") ?? head.startIndex)]
    while let last = words.last, " ,;:(·—-".contains(last) { words = words.dropLast() }
    return words.isEmpty ? cut : words + ellipsis
  }

  /// Padded with spaces on the right to `width` cells (or truncated to it).
  public func padded(toWidth width: Int) -> String {
    let t = truncated(toWidth: width)
    return t + String(repeating: " ", count: max(0, width - DisplayWidth.of(t)))
  }
}

extension DisplayWidth {
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F..<0xA0).contains(value)
  }
}
