/// Finds texts that say nearly the same thing, without comparing every pair.
///
/// Texts are normalised first: lower-cased, every character that is not a letter or a digit
/// turned into a space, runs of spaces collapsed to one. Two normalised texts are compared by
/// the Dice coefficient of their character bigrams (pairs of adjacent characters, counted with
/// repeats): twice the bigrams they share over the bigrams they hold between them, from 0
/// (nothing shared) to 1 (the same bigrams). The cost of one comparison is linear in the texts'
/// length.
///
/// Only candidate pairs are compared: each text is put in a bucket for each of its
/// `rareTokens` rarest words (the words fewest texts hold), and only texts sharing a bucket are
/// compared. Texts alike enough to matter share most of their words, so they share a rare one;
/// a pair that shares none of each other's rarest words is not found, which is the price of
/// not comparing all pairs. A pair whose lengths alone rule out the threshold is skipped
/// before its bigrams are counted.
enum NearDuplicates {
  /// One pair found: indexes into the texts given, `first < second`, and their similarity.
  struct Pair: Equatable {
    var first: Int
    var second: Int
    var similarity: Double
  }

  static let rareTokens = 3

  /// The pairs of `texts` whose similarity is `threshold` or more, in order of `first`, then
  /// `second`.
  static func pairs(in texts: [String], threshold: Double) -> [Pair] {
    let normalised = texts.map(normalise)
    let tokens = normalised.map { Set($0.split(separator: " ").map(String.init)) }
    var frequency: [String: Int] = [:]
    for set in tokens { for token in set { frequency[token, default: 0] += 1 } }
    var buckets: [String: [Int]] = [:]
    for (index, set) in tokens.enumerated() {
      let rarest = set.sorted { (frequency[$0]!, $0) < (frequency[$1]!, $1) }.prefix(rareTokens)
      for token in rarest { buckets[token, default: []].append(index) }
    }
    var candidates = Set<Int>()
    let count = texts.count
    for members in buckets.values where members.count > 1 {
      for (offset, a) in members.enumerated() {
        for b in members[(offset + 1)...] { candidates.insert(min(a, b) * count + max(a, b)) }
      }
    }
    var bigramCache: [Int: (counts: [UInt64: Int], total: Int)] = [:]
    func bigramsOf(_ index: Int) -> (counts: [UInt64: Int], total: Int) {
      if let cached = bigramCache[index] { return cached }
      let made = bigrams(normalised[index])
      bigramCache[index] = made
      return made
    }
    var found: [Pair] = []
    for key in candidates.sorted() {
      let (a, b) = (key / count, key % count)
      let (lengthA, lengthB) = (
        normalised[a].unicodeScalars.count, normalised[b].unicodeScalars.count
      )
      let shorter = Double(min(lengthA, lengthB) - 1)
      guard 2 * shorter / Double(max(1, lengthA + lengthB - 2)) >= threshold else { continue }
      let similarity = dice(bigramsOf(a), bigramsOf(b))
      if similarity >= threshold { found.append(Pair(first: a, second: b, similarity: similarity)) }
    }
    return found
  }

  /// Lower-cased, with every run of characters that are not letters or digits made one space,
  /// and no space at either end.
  static func normalise(_ text: String) -> String {
    var result = ""
    var pendingSpace = false
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        if pendingSpace && !result.isEmpty { result.append(" ") }
        pendingSpace = false
        result.append(character)
      } else {
        pendingSpace = true
      }
    }
    return result
  }

  /// The Dice coefficient of the two texts' character bigrams, from 0 to 1.
  static func similarity(_ a: String, _ b: String) -> Double {
    dice(bigrams(normalise(a)), bigrams(normalise(b)))
  }

  private static func bigrams(_ text: String) -> (counts: [UInt64: Int], total: Int) {
    let scalars = Array(text.unicodeScalars)
    var counts: [UInt64: Int] = [:]
    guard scalars.count > 1 else { return ([:], 0) }
    for index in 1..<scalars.count {
      let key = UInt64(scalars[index - 1].value) << 32 | UInt64(scalars[index].value)
      counts[key, default: 0] += 1
    }
    return (counts, scalars.count - 1)
  }

  private static func dice(
    _ a: (counts: [UInt64: Int], total: Int), _ b: (counts: [UInt64: Int], total: Int)
  ) -> Double {
    guard a.total + b.total > 0 else { return 1 }
    var shared = 0
    for (key, count) in a.counts { shared += min(count, b.counts[key] ?? 0) }
    return 2 * Double(shared) / Double(a.total + b.total)
  }
}
