extension DocLine {
  /// The line's text without styles, as the command line prints it.
  public var plainText: String {
    var text = ""
    for part in parts {
      guard case .text(let value, _, let width) = part else { continue }
      text += width.map { value.padded(toWidth: $0) } ?? value
    }
    while text.last == " " { text.removeLast() }
    return text
  }
}

extension Array where Element == DocLine {
  /// The document as plain text for standard output: one line each, the screen's one-column
  /// margin dropped, ending in a newline.
  public var plainDocument: String {
    map(\.plainText).map { $0.hasPrefix(" ") ? String($0.dropFirst()) : $0 }
      .joined(separator: "\n") + "\n"
  }
}
