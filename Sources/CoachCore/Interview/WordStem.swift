/// A small suffix stripper in the spirit of Porter's: it brings the forms of one word to one
/// root, so "caching", "cached" and "cache" all read "cach", "queries" and "query" read "quer",
/// and "idempotent" and "idempotency" read "idempot". It strips at most one inflection and
/// then one derivation, and always keeps three letters.
public enum WordStem {
  public static func of(_ word: String) -> String {
    var root = Substring(word)
    root = strip(root, inflections)
    root = strip(root, derivations)
    return String(root)
  }

  private static func strip(_ word: Substring, _ endings: [(String, String)]) -> Substring {
    for (ending, replacement) in endings where word.hasSuffix(ending) {
      let root = word.dropLast(ending.count)
      if root.count >= 3 { return root + replacement }
    }
    return word
  }

  /// Longest first: plural and verb endings.
  private static let inflections: [(String, String)] = [
    ("ies", "y"), ("ied", "y"), ("ings", ""), ("ing", ""), ("sses", "ss"), ("ed", ""),
    ("es", ""), ("ss", "ss"), ("s", ""),
  ]

  /// Longest first: endings that turn one kind of word into another.
  private static let derivations: [(String, String)] = [
    ("ational", ""), ("isation", ""), ("ization", ""), ("ation", ""), ("ition", "it"),
    ("ement", ""), ("ment", ""), ("ness", ""), ("ency", ""), ("ence", ""), ("ancy", ""),
    ("ance", ""), ("ity", ""), ("ion", ""), ("ive", ""), ("able", ""), ("ible", ""), ("ise", ""),
    ("ize", ""), ("ent", ""), ("ant", ""), ("ate", ""), ("ly", ""), ("al", ""), ("er", ""),
    ("or", ""), ("e", ""), ("y", ""),
  ]
}
