/// Word wrapping by display width: wide characters count two cells, words longer than a
/// line are broken, and newlines start new paragraphs.
public enum TextWrap {
  public static func lines(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var result: [String] = []
    for paragraph in text.sanitisedForTerminal.split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      result.append(contentsOf: wrapParagraph(String(paragraph), width: width))
    }
    return result
  }

  private static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
      var piece = String(word)
      var pieceWidth = DisplayWidth.of(piece)
      if lineWidth > 0 && lineWidth + 1 + pieceWidth <= width {
        line += " " + piece
        lineWidth += 1 + pieceWidth
        continue
      }
      if lineWidth > 0 {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      while pieceWidth > width {
        let (head, tail) = split(piece, atWidth: width)
        lines.append(head)
        piece = tail
        pieceWidth = DisplayWidth.of(piece)
      }
      line = piece
      lineWidth = pieceWidth
    }
    lines.append(line)
    return lines
  }

  /// Splits a word so the head fills at most `width` cells (at least one character).
  private static func split(_ word: String, atWidth width: Int) -> (String, String) {
    var used = 0
    var index = word.startIndex
    while index < word.endIndex {
      let w = DisplayWidth.of(word[index])
      if used + w > width && used > 0 { break }
      used += w
      index = word.index(after: index)
    }
    return (String(word[..<index]), String(word[index...]))
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
