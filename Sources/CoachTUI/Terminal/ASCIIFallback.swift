import Foundation

/// What a terminal that is not UTF-8 shows for a cell's text: ASCII as it is, the typographic
/// marks the app and its pack use as their plain look-alikes, a letter with an accent as the
/// letter, and anything else as `?`.
enum ASCIIFallback {
  static func text(for cellText: String) -> String {
    guard !cellText.unicodeScalars.allSatisfy({ (0x20..<0x7F).contains($0.value) }) else {
      return cellText
    }
    if let scalar = cellText.unicodeScalars.first, let mapped = lookAlikes[scalar] {
      return mapped
    }
    // "é" decomposes into "e" and a combining accent.
    let base = cellText.decomposedStringWithCanonicalMapping.unicodeScalars.first
    if let base, base.isASCII, base.properties.isAlphabetic { return String(base) }
    return "?"
  }

  private static let lookAlikes: [Unicode.Scalar: String] = [
    "›": ">", "‹": "<", "»": ">", "«": "<", "·": "-", "•": "*", "–": "-", "—": "-", "−": "-",
    "‘": "'", "’": "'", "“": "\"", "”": "\"", "…": ".", "→": ">", "←": "<", "↑": "^", "↓": "v",
    "×": "x", "≥": ">", "≤": "<", "€": "E", "£": "L", "\u{00A0}": " ", "▸": ">",
  ]
}
