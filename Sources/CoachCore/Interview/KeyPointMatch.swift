/// Which key points a typed answer seems to cover, to suggest them for the user to confirm or
/// untick. docs/mock-scoring.md explains the rule in plain words and how well it does.
///
/// A key point's significant words are its words of three or more letters that are not stop
/// words ("the", "and", "with", "your", ...), lower-cased and brought to their root by
/// `WordStem`, so "caching", "caches" and "cached" all read "cach"; a story point's name
/// ("Result:") is left out. The answer's words are read the same way, and each term of the
/// pack's `Synonyms` adds the words it stands for ("k8s" adds "kubernetes").
///
/// A word the answer shares with the point weighs 1 over the square root of the number of
/// the question's texts (its wording and each of its key points) that use it: a word only
/// this point uses weighs 1, one that the question and three points use weighs 1/2, since
/// any answer to the question repeats it. The point is suggested when the shared words weigh
/// at least four fifths of what it needs: half its distinct significant words, rounded up,
/// at least two (or one for a point of one word) and at most three.
///
/// On a behavioural question a key point that names a part of a story ("Situation: ...",
/// "Result: ...") is also suggested when the answer tells that part (`StoryPart.told`) and is
/// about the question: it shares at least two significant words with the question and its
/// key points.
public enum KeyPointMatch {
  /// The most words a key point ever needs to be suggested.
  public static let maximumNeeded = 3
  /// The share of the needed weight that suggests a point.
  public static let shareNeeded = 0.8
  /// The words an answer must share with a behavioural question and its points before its
  /// story parts count.
  public static let storyTopicWords = 2

  /// The indices of the question's key points the answer covers.
  public static func covered(_ question: Question, by answer: String, synonyms: Synonyms)
    -> Set<Int>
  {
    let answerWords = Set(significantWords(answer, synonyms: synonyms))
    let pointWords = question.keyPoints.map { Set(significantWords(StoryPart.body(of: $0))) }
    // How many of the question's texts (its wording and each key point) use each word.
    var uses: [String: Int] = [:]
    for word in Set(significantWords(question.text)) { uses[word, default: 0] += 1 }
    for words in pointWords { for word in words { uses[word, default: 0] += 1 } }
    var found = Set(
      pointWords.indices.filter {
        isCovered(pointWords[$0], answerWords: answerWords) {
          1 / Double(uses[$0] ?? 1).squareRoot()
        }
      })
    guard question.kind.star,
      Set(uses.keys).intersection(answerWords).count >= storyTopicWords
    else { return found }
    let told = StoryPart.told(in: answer)
    for (index, point) in question.keyPoints.enumerated() {
      if let part = StoryPart.named(by: point), told.contains(part) { found.insert(index) }
    }
    return found
  }

  public static func isCovered(
    _ keyPoint: String, by answer: String, synonyms: Synonyms = .none
  ) -> Bool {
    isCovered(keyPoint, answerWords: Set(significantWords(answer, synonyms: synonyms)))
  }

  /// The indices of the key points the answer covers, without a question to weigh them by.
  public static func covered(
    _ keyPoints: [String], by answer: String, synonyms: Synonyms = .none
  ) -> Set<Int> {
    let words = Set(significantWords(answer, synonyms: synonyms))
    return Set(keyPoints.indices.filter { isCovered(keyPoints[$0], answerWords: words) })
  }

  /// How many of a point's words the answer must contain: half, rounded up, at least two and
  /// at most three, and never more than the point has.
  public static func needed(for pointWords: Int) -> Int {
    min(pointWords, min(maximumNeeded, max(2, (pointWords + 1) / 2)))
  }

  static func isCovered(_ keyPoint: String, answerWords: Set<String>) -> Bool {
    isCovered(Set(significantWords(keyPoint)), answerWords: answerWords) { _ in 1 }
  }

  /// Whether the answer's words that the point uses weigh enough.
  static func isCovered(
    _ pointWords: Set<String>, answerWords: Set<String>, weight: (String) -> Double
  ) -> Bool {
    guard !pointWords.isEmpty else { return false }
    let found = pointWords.intersection(answerWords).reduce(0.0) { $0 + weight($1) }
    return found >= Double(needed(for: pointWords.count)) * shareNeeded - 0.001
  }

  /// The stemmed significant words of a text, in order, each term of `synonyms` followed by
  /// the words it stands for.
  public static func significantWords(_ text: String, synonyms: Synonyms = .none) -> [String] {
    var found: [String] = []
    for word in words(text) {
      if let expansion = synonyms.expansion(of: word) {
        found += expansion.map(WordStem.of)
      }
      guard word.count >= 3, !stopWords.contains(word) else { continue }
      found.append(stem(word))
    }
    return found
  }

  /// Lower-cased runs of letters and digits.
  static func words(_ text: String) -> [String] {
    text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
  }

  /// The root of a word (`WordStem`).
  public static func stem(_ word: String) -> String { WordStem.of(word) }

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
  /// question with more points weighs more. Nil when no question was answered, or none of the
  /// questions answered lists key points: there is nothing to score.
  public static func overall(_ answers: [(ticked: Int, total: Int)]) -> Double? {
    let total = answers.reduce(0) { $0 + $1.total }
    guard total > 0 else { return nil }
    return fraction(ticked: answers.reduce(0) { $0 + $1.ticked }, of: total)
  }
}
