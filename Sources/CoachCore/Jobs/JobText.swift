/// A job ad's text as words, for finding the skills and the level it names. A word keeps the
/// characters that make names ("C#", "C++", "Node.js", ".NET") and drops a sentence's full stop;
/// everything else separates words, so "CI/CD" is the two words "CI" and "CD".
public struct JobText: Sendable, Equatable {
  /// One word: as written, and lower-cased, with the line it is on (0-based).
  public struct Word: Sendable, Equatable {
    public var written: String
    public var lower: String
    public var line: Int
  }

  public var words: [Word]
  /// The text's lines, as written.
  public var lines: [String]

  /// Reads `text` once, in time linear in its length.
  public init(_ text: String) {
    var words: [Word] = []
    var lines: [String] = []
    var current = ""
    var line = 0
    var lineText = ""
    func finish() {
      var word = current
      while word.hasSuffix(".") { word.removeLast() }
      if !word.isEmpty, word.contains(where: { $0.isLetter || $0.isNumber }) {
        words.append(Word(written: word, lower: word.lowercased(), line: line))
      }
      current = ""
    }
    for character in text {
      // "\r\n" is one Character in Swift: it ends a line as "\n" does.
      if character == "\n" || character == "\r" || character == "\r\n" {
        finish()
        if character != "\r" {
          lines.append(lineText)
          lineText = ""
          line += 1
        }
        continue
      }
      lineText.append(character)
      if character.isLetter || character.isNumber || "#+.".contains(character) {
        current.append(character)
      } else {
        finish()
      }
    }
    finish()
    lines.append(lineText)
    self.words = words
    self.lines = lines
  }

  /// A name's words the way an ad's are read: "CI/CD" gives ["CI", "CD"].
  public static func words(of name: String) -> [String] {
    JobText(name).words.map(\.written)
  }
}

/// Finds names (of several words each) in a `JobText` in one pass: each name is keyed by its
/// first word, so the cost is the text's length times the few names that share a first word.
struct NameFinder<Value> {
  private struct Name {
    var words: [String]
    var caseSensitive: Bool
    var value: Value
  }
  private var byFirst: [String: [Name]] = [:]

  /// Adds a name; one written all in lower case matches in any case, others as written.
  mutating func add(_ name: String, value: Value) {
    let words = JobText.words(of: name)
    guard let first = words.first else { return }
    let caseSensitive = name != name.lowercased()
    byFirst[first.lowercased(), default: []].append(
      Name(
        words: caseSensitive ? words : words.map { $0.lowercased() },
        caseSensitive: caseSensitive, value: value))
  }

  /// Every name found, with the index of its first word, in the text's order; where names
  /// overlap at one place the longest wins.
  func find(in text: JobText) -> [(value: Value, at: Int)] {
    var found: [(value: Value, at: Int)] = []
    var index = 0
    let words = text.words
    while index < words.count {
      var best: Name?
      for name in byFirst[words[index].lower] ?? []
      where name.words.count > (best?.words.count ?? 0) {
        guard index + name.words.count <= words.count else { continue }
        let matches = name.words.indices.allSatisfy { offset in
          let word = words[index + offset]
          return (name.caseSensitive ? word.written : word.lower) == name.words[offset]
        }
        if matches { best = name }
      }
      if let best {
        found.append((best.value, index))
        index += best.words.count
      } else {
        index += 1
      }
    }
    return found
  }
}
