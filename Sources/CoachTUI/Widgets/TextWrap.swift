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

extension Canvas {
  /// Draws wrapped text from the top of `rect`, skipping `skip` lines; returns the rows used.
  @discardableResult
  public mutating func paragraph(
    _ text: String, in rect: Rect, style: Style = .plain, skip: Int = 0
  )
    -> Int
  {
    let wrapped = TextWrap.lines(text, width: rect.width)
    let visible = wrapped.dropFirst(skip).prefix(rect.height)
    for (row, line) in visible.enumerated() {
      put(line, x: rect.x, y: rect.y + row, style: style, clip: rect)
    }
    return visible.count
  }
}
