/// Which key points a typed answer seems to cover, to tick them in advance for the user to
/// confirm or untick.
///
/// The rule: a key point's significant words are its words of three or more letters that are
/// not stop words ("the", "and", "with", "your", ...), lower-cased and stemmed by dropping one
/// ending of "ing", "ed", "es" or "s" (keeping at least three letters), so "caching", "caches"
/// and "cached" all read "cach". The point is pre-ticked when the answer contains at least
/// half of its distinct significant words, rounded up, but never more than three are needed:
/// a long key point is covered by three of its words. A point with no significant word is
/// never pre-ticked.
public enum KeyPointMatch {
  /// The most words a key point ever needs to be pre-ticked.
  public static let maximumNeeded = 3

  public static func isCovered(_ keyPoint: String, by answer: String) -> Bool {
    isCovered(keyPoint, answerWords: Set(significantWords(answer)))
  }

  /// The indices of the key points the answer covers.
  public static func covered(_ keyPoints: [String], by answer: String) -> Set<Int> {
    let words = Set(significantWords(answer))
    return Set(keyPoints.indices.filter { isCovered(keyPoints[$0], answerWords: words) })
  }

  /// How many of a point's words the answer must contain.
  public static func needed(for pointWords: Int) -> Int {
    min(maximumNeeded, (pointWords + 1) / 2)
  }

  static func isCovered(_ keyPoint: String, answerWords: Set<String>) -> Bool {
    let pointWords = Set(significantWords(keyPoint))
    guard !pointWords.isEmpty else { return false }
    let found = pointWords.intersection(answerWords).count
    return found >= needed(for: pointWords.count)
  }

  /// The stemmed significant words of a text, in order.
  public static func significantWords(_ text: String) -> [String] {
    words(text).compactMap { word in
      guard word.count >= 3, !stopWords.contains(word) else { return nil }
      return stem(word)
    }
  }

  /// Lower-cased runs of letters and digits.
  static func words(_ text: String) -> [String] {
    text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
  }

  /// Drops one ending of "ing", "ed", "es" or "s", keeping at least three letters.
  public static func stem(_ word: String) -> String {
    for ending in ["ing", "ed", "es", "s"] where word.hasSuffix(ending) {
      let root = word.dropLast(ending.count)
      if root.count >= 3 { return String(root) }
    }
    return word
  }

  static let stopWords: Set<String> = [
    "the", "and", "for", "with", "that", "this", "these", "those", "from", "into", "onto", "your",
    "you", "are", "was", "were", "been", "being", "has", "have", "had", "not", "but", "its", "our",
    "their", "them", "they", "then", "than", "such", "what", "when", "where", "which", "who",
    "why", "how", "all", "any", "each", "can", "could", "should", "would", "will", "may", "might",
    "must", "does", "did", "doing", "about", "also", "only", "just", "very", "more", "most",
    "other", "some", "one", "two", "out", "over", "under", "between", "through", "before",
    "after", "while", "there", "here", "both", "either", "own", "same", "example", "instead",
    "like", "use", "uses", "using", "used", "get", "gets", "make", "makes", "way", "ways",
    "his", "her", "she", "him", "because", "whether", "without", "within", "per",
  ]
}

/// The score of a mock interview: ticked key points over all key points.
public enum MockScore {
  /// The fraction of points ticked; 0 when there are none.
  public static func fraction(ticked: Int, of total: Int) -> Double {
    total > 0 ? Double(min(ticked, total)) / Double(total) : 0
  }

  /// The overall score: every question's ticked points over every question's points, so a
  /// question with more points weighs more. Nil when no question was answered.
  public static func overall(_ answers: [(ticked: Int, total: Int)]) -> Double? {
    guard !answers.isEmpty else { return nil }
    let total = answers.reduce(0) { $0 + $1.total }
    return fraction(ticked: answers.reduce(0) { $0 + $1.ticked }, of: total)
  }
}
