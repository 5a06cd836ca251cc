/// Values from a user's file inside a one-line message: control characters are shown as
/// escapes, never sent to the terminal, and long values are shortened, so that the message
/// stays one readable line whatever the file holds.
public enum QuotedText {
  /// The most characters of one value a message shows.
  public static let limit = 40

  /// `text` in double quotes, made safe and short.
  public static func quote(_ text: String) -> String {
    bounded("\"" + String(text.map { $0 == "\"" ? "'" : $0 }) + "\"")
  }

  /// A whole message: control characters escaped, and each quoted value longer than `limit`
  /// characters cut short with an ellipsis.
  public static func bounded(_ message: String) -> String {
    guard message.contains("\"") else { return message.map(escaped).joined() }
    var out = ""
    var quoted = false
    var value = Substring()
    for character in message {
      if character == "\"" {
        if quoted { out += shortened(value) }
        quoted.toggle()
        value = ""
        out.append(character)
      } else if quoted {
        value.append(character)
      } else {
        out += escaped(character)
      }
    }
    if quoted { out += shortened(value) }
    return out
  }

  private static func shortened(_ value: Substring) -> String {
    let cut = value.count > limit ? value.prefix(limit - 1) + "…" : value
    return cut.map(escaped).joined()
  }

  private static func escaped(_ character: Character) -> String {
    guard character.unicodeScalars.contains(where: isControl) else { return String(character) }
    return character.unicodeScalars.map { scalar in
      switch scalar {
      case "\n": return "\\n"
      case "\r": return "\\r"
      case "\t": return "\\t"
      default:
        guard isControl(scalar) else { return String(scalar) }
        return "\\u{" + String(scalar.value, radix: 16) + "}"
      }
    }.joined()
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
