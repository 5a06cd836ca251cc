import Foundation

/// A CV's text read once for checking: its lines, each lower-cased once for keywords, and
/// where each starts, so that a pattern searched over the whole text once can be placed on
/// lines. Running every pattern once per line instead made a long CV slow.
public struct CVLines: Sendable {
  public let text: String
  public let lines: [Substring]
  /// Where each line starts and ends in the text, in UTF-16 units (as ICU counts).
  private let starts: [Int]
  private let ends: [Int]
  /// The lines lower-cased, as UTF-8 joined by newlines, and where each starts there: one
  /// buffer a keyword is searched in once.
  private let lowered: [UInt8]
  private let loweredStarts: [Int]

  public init(_ text: String) {
    self.text = text
    lines = CVAnalysis.splitLines(text)
    starts = lines.map { $0.startIndex.utf16Offset(in: text) }
    ends = zip(starts, lines).map { $0 + $1.utf16.count }
    var lowered: [UInt8] = []
    lowered.reserveCapacity(text.utf8.count + lines.count)
    var loweredStarts: [Int] = []
    loweredStarts.reserveCapacity(lines.count)
    for line in lines {
      loweredStarts.append(lowered.count)
      lowered.append(contentsOf: line.lowercased().utf8)
      lowered.append(0x0A)
    }
    self.lowered = lowered
    self.loweredStarts = loweredStarts
  }

  /// The index of the line that holds `offset`, given where each line starts (a line's end
  /// counts as its own).
  private static func line(at offset: Int, starts: [Int]) -> Int {
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  private func line(at offset: Int) -> Int { Self.line(at: offset, starts: starts) }

  /// Where `needle` next occurs in `haystack` at or after `from`: memchr finds each
  /// candidate first byte, memcmp the rest.
  private static func find(_ needle: [UInt8], in haystack: UnsafeRawBufferPointer, from: Int)
    -> Int?
  {
    guard let base = haystack.baseAddress, let first = needle.first else { return nil }
    var start = from
    while haystack.count - start >= needle.count {
      guard let candidate = memchr(base + start, Int32(first), haystack.count - start) else {
        return nil
      }
      let offset = base.distance(to: UnsafeRawPointer(candidate))
      guard haystack.count - offset >= needle.count else { return nil }
      if memcmp(candidate, needle, needle.count) == 0 { return offset }
      start = offset + 1
    }
    return nil
  }

  /// Marks the lines where `keyword` occurs: a byte search finds where it might, and the
  /// keyword's own rule (whole characters, word boundaries) decides on each such line.
  private func mark(_ keyword: CVAnalysis.Keyword, in hit: inout [Bool]) {
    let needle = Array(String(keyword.characters).utf8)
    lowered.withUnsafeBytes { haystack in
      var from = 0
      while let offset = Self.find(needle, in: haystack, from: from) {
        let index = Self.line(at: offset, starts: loweredStarts)
        if !hit[index] && keyword.occurs(in: Array(lines[index].lowercased())) {
          hit[index] = true
        }
        // The line is decided: go on from the next one.
        from = index + 1 < loweredStarts.count ? loweredStarts[index + 1] : haystack.count
      }
    }
  }

  /// The 1-based numbers of the lines where any of the check's keywords or patterns match:
  /// the lines a check of each line alone would find. Patterns that do not compile are
  /// skipped (the content linter reports them).
  public func lineNumbers(of check: CVCheck) -> [Int] {
    guard !lines.isEmpty else { return [] }
    var hit = [Bool](repeating: false, count: lines.count)
    for keyword in check.keywords.map(CVAnalysis.Keyword.init) where !keyword.characters.isEmpty {
      mark(keyword, in: &hit)
    }
    for pattern in check.patterns { mark(pattern, in: &hit) }
    return hit.indices.filter { hit[$0] }.map { $0 + 1 }
  }

  /// Marks the lines `pattern` matches. A match within one line is that line's match; a
  /// match across lines could not happen line by line, so each line it spans is tried alone.
  private func mark(_ pattern: String, in hit: inout [Bool]) {
    guard let perLine = CVAnalysis.compile(pattern) else { return }
    func tryAlone(_ index: Int) {
      if !hit[index] && CVAnalysis.matches(perLine, String(lines[index])) { hit[index] = true }
    }
    // Anchors to the whole input mean something else over the whole text: line by line.
    guard !["\\A", "\\z", "\\Z", "\\G"].contains(where: pattern.contains),
      let whole = CVAnalysis.compile(pattern, options: .anchorsMatchLines)
    else {
      lines.indices.forEach(tryAlone)
      return
    }
    let all = NSRange(location: 0, length: text.utf16.count)
    for match in whole.matches(in: text, range: all) {
      let range = match.range
      let first = line(at: range.location)
      if range.location + range.length <= ends[first] {
        hit[first] = true
      } else {
        (first...line(at: range.location + range.length - 1)).forEach(tryAlone)
      }
    }
  }
}
