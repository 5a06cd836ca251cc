import Foundation

/// Where one check (or mistake) was found in a CV.
public struct CVFinding: Sendable, Equatable {
  public var check: CVCheck
  /// 1-based line numbers, ascending, where a keyword or pattern matched.
  public var lines: [Int]
  public var found: Bool { !lines.isEmpty }
  public init(check: CVCheck, lines: [Int]) {
    self.check = check
    self.lines = lines
  }
}

/// The result of checking a CV's text.
public struct CVReport: Sendable, Equatable {
  /// Checks the CV passes, with where.
  public var present: [CVFinding]
  /// Checks the CV misses; each carries its suggestion.
  public var missing: [CVCheck]
  /// Common mistakes found, with where; each carries its suggestion.
  public var mistakes: [CVFinding]
  /// Lines in the text.
  public var lineCount: Int

  public init(present: [CVFinding], missing: [CVCheck], mistakes: [CVFinding], lineCount: Int) {
    self.present = present
    self.missing = missing
    self.mistakes = mistakes
    self.lineCount = lineCount
  }

  public var total: Int { present.count + missing.count }
  /// present / total; 0 when there is nothing to check.
  public var score: Double { total == 0 ? 0 : Double(present.count) / Double(total) }
}

/// Finds a pack's CV checks and mistakes in plain text, line by line.
public enum CVAnalysis: Sendable {
  public static func analyse(text: String, pack: Pack) -> CVReport {
    analyse(text: text, checks: pack.cvChecks, mistakes: pack.cvMistakes)
  }

  public static func analyse(text: String, checks: [CVCheck], mistakes: [CVCheck]) -> CVReport {
    let cv = CVLines(text)
    let checked = checks.map { CVFinding(check: $0, lines: cv.lineNumbers(of: $0)) }
    let mistakes = mistakes.map { CVFinding(check: $0, lines: cv.lineNumbers(of: $0)) }
    return CVReport(
      present: checked.filter(\.found), missing: checked.filter { !$0.found }.map(\.check),
      mistakes: mistakes.filter(\.found), lineCount: cv.lines.count)
  }

  /// The text's lines; "\n", "\r\n" and "\r" all end a line.
  public static func splitLines(_ text: String) -> [Substring] {
    guard !text.isEmpty else { return [] }
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
    return lines
  }

  /// A pattern as the ICU regular expression the pack format names, matched
  /// case-insensitively; nil when it does not compile. ICU reads a long CV many times faster
  /// than Swift's `Regex`, whose Unicode-aware word boundaries dominate the check's time.
  public static func compile(
    _ pattern: String, options: NSRegularExpression.Options = []
  ) -> NSRegularExpression? {
    guard !pattern.isEmpty else { return nil }
    return try? NSRegularExpression(pattern: pattern, options: options.union(.caseInsensitive))
  }

  /// Whether `regex` matches somewhere in `text`.
  static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
    regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
  }

  /// A keyword, matched case-insensitively, on a word boundary at each end that is a letter
  /// or digit.
  struct Keyword {
    let characters: [Character]
    let boundedStart: Bool
    let boundedEnd: Bool

    init(_ keyword: String) {
      characters = Array(keyword.trimmed.lowercased())
      boundedStart = characters.first.map(Self.isWordCharacter) ?? false
      boundedEnd = characters.last.map(Self.isWordCharacter) ?? false
    }

    func occurs(in line: [Character]) -> Bool {
      let count = characters.count
      guard count > 0, line.count >= count else { return false }
      for start in 0...(line.count - count) where line[start] == characters[0] {
        guard line[start..<(start + count)].elementsEqual(characters) else { continue }
        if boundedStart, start > 0, Self.isWordCharacter(line[start - 1]) { continue }
        let end = start + count
        if boundedEnd, end < line.count, Self.isWordCharacter(line[end]) { continue }
        return true
      }
      return false
    }

    static func isWordCharacter(_ character: Character) -> Bool {
      character.isLetter || character.isNumber || character == "_"
    }
  }
}
