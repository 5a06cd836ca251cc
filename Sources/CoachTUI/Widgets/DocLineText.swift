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
