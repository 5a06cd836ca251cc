/// Other names backend developers use for the same thing, from the pack's `synonyms.yaml`: an
/// answer that says "k8s", "PG" or "p99" meets a key point that says "Kubernetes",
/// "PostgreSQL" or "percentile". Each term maps one lower-case word to the words it stands
/// for; the words are added to an answer, never to a key point.
public struct Synonyms: Sendable, Equatable, Codable {
  public var terms: [String: [String]]

  public init(_ terms: [String: [String]] = [:]) { self.terms = terms }

  /// No synonyms: every word stands only for itself.
  public static let none = Synonyms()

  /// The words a lower-case word stands for; nil when it is no known term.
  public func expansion(of word: String) -> [String]? { terms[word] }
}
