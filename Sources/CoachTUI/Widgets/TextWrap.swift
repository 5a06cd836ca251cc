/// Word wrapping by display width: wide characters count two cells, words longer than a
/// line are broken, and newlines start new paragraphs.
public enum TextWrap {
  public static func lines(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var result: [String] = []
    for paragraph in text.sanitisedForTerminal.split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      result.append(contentsOf: wrapParagraph(paragraph, width: width))
    }
    return result
  }

  /// One pass over the characters, so a word of a megabyte costs what a megabyte of short
  /// words costs: each character is measured once and copied once.
  private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
    if paragraph.utf8.allSatisfy({ $0 < 0x80 }) {
      return wrapASCII(paragraph, width: width)
    }
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    var word = ""
    var wordWidth = 0
    func endWord() {
      guard !word.isEmpty else { return }
      if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
        line.append(" ")
        line.append(word)
        lineWidth += 1 + wordWidth
      } else {
        if lineWidth > 0 { lines.append(line) }
        line = word
        lineWidth = wordWidth
      }
      word = ""
      wordWidth = 0
    }
    for character in paragraph {
      if character == " " {
        endWord()
        continue
      }
      let characterWidth = DisplayWidth.of(character)
      if wordWidth > 0 && wordWidth + characterWidth > width {
        // A word longer than a line: the line so far ends, the word's head fills a line
        // of its own, and the word goes on from the next character.
        if lineWidth > 0 { lines.append(line) }
        lines.append(word)
        line = ""
        lineWidth = 0
        word = ""
        wordWidth = 0
      }
      word.append(character)
      wordWidth += characterWidth
    }
    endWord()
    lines.append(line)
    return lines
  }
}

extension TextWrap {
  /// The same rule over bytes, for text that is all ASCII (printable, as sanitised): every
  /// character is one byte and one cell, so lines are cut by counting bytes.
  fileprivate static func wrapASCII(_ paragraph: Substring, width: Int) -> [String] {
    let bytes = paragraph.utf8
    var lines: [String] = []
    var line: [UInt8] = []
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if bytes[index] == 0x20 {
        index = bytes.index(after: index)
        continue
      }
      var end = index
      while end < bytes.endIndex && bytes[end] != 0x20 { end = bytes.index(after: end) }
      var word = bytes[index..<end]
      index = end
      if !line.isEmpty && line.count + 1 + word.count <= width {
        line.append(0x20)
        line.append(contentsOf: word)
        continue
      }
      if !line.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
      // A word longer than a line fills whole lines; what is left starts the next.
      while word.count > width {
        let head = bytes.index(word.startIndex, offsetBy: width)
        lines.append(String(decoding: word[word.startIndex..<head], as: UTF8.self))
        word = word[head...]
      }
      line = Array(word)
    }
    lines.append(String(decoding: line, as: UTF8.self))
    return lines
  }
}

extension TextWrap {
  /// Prose as a pack writes it, with the line ends of the file it came from: the lines of each
  /// paragraph joined into one, so the text wraps to the width it is shown at. Blank lines stay
  /// paragraph breaks, and a line that starts a list item ("- ", "* ", "• " or "1. ") keeps a
  /// line of its own.
  public static func reflowed(_ text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var previousBlank = true
    for (index, line) in lines.enumerated() {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      let blank = trimmed.isEmpty
      if index > 0 {
        result.append(blank || previousBlank || startsItem(trimmed) ? "\n" : " ")
      }
      result += trimmed
      previousBlank = blank
    }
    return result
  }

  private static func startsItem(_ line: Substring) -> Bool {
    if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("• ") { return true }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    return !digits.isEmpty && line.dropFirst(digits.count).hasPrefix(". ")
  }
}

extension Canvas {
  /// Draws wrapped text from the top of `rect`, skipping `skip` lines; returns the rows used.
  @discardableResult
  public mutating func paragraph(
    _ text: String, in rect: Rect, style: Style = .plain, skip: Int = 0, ellipsis: String? = nil
  )
    -> Int
  {
    let wrapped = TextWrap.lines(text, width: rect.width)
    var visible = Array(wrapped.dropFirst(skip).prefix(rect.height))
    // With an ellipsis, a paragraph cut short says so at the end of a word.
    if let ellipsis, let last = visible.last, skip + visible.count < wrapped.count {
      visible[visible.count - 1] = (last + " " + wrapped[skip + visible.count]).truncatedAtWord(
        toWidth: rect.width, ellipsis: ellipsis)
    }
    for (row, line) in visible.enumerated() {
      put(line, x: rect.x, y: rect.y + row, style: style, clip: rect)
    }
    return visible.count
  }
}
