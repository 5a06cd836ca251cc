import CoachCore

/// `synonyms.yaml`, optional: other names for the same thing, `terms: {k8s: [kubernetes]}`.
/// A term and the words it stands for are single lower-case words of letters and digits, as
/// the matcher reads an answer's words (a term listed twice is a duplicate key of YAML).
enum SynonymsFile {
  static let name = "synonyms.yaml"

  static func read(_ root: YAMLNode, in file: YAMLFile) -> Synonyms {
    guard let fields = Fields(root, "synonyms.yaml", allowed: ["terms"], in: file),
      let terms = fields.required("terms")
    else { return .none }
    guard case .mapping(let mapping) = terms else {
      file.error(
        "'terms' should be a mapping of a word to the words it stands for, not "
          + terms.kindDescription, at: terms)
      return .none
    }
    var result: [String: [String]] = [:]
    for (key, value) in mapping.pairs {
      guard let term = word(key, what: "the term", in: file) else { continue }
      guard case .sequence(let list) = value, !list.items.isEmpty else {
        file.error(
          "the term '\(term)' should stand for a list of words, such as [kubernetes]", at: value)
        continue
      }
      let words = list.items.compactMap { word($0, what: "a word '\(term)' stands for", in: file) }
      if words.count == list.items.count { result[term] = words }
    }
    return Synonyms(result)
  }

  /// The node's text when it is one lower-case word of letters and digits; else nil, reported.
  private static func word(_ node: YAMLNode, what: String, in file: YAMLFile) -> String? {
    guard let text = file.text(node, field: "terms") else { return nil }
    let isWord =
      !text.isEmpty
      && text.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0)
      }
    guard isWord else {
      file.error(
        "\(what) '\(TextRules.shown(text))' should be one lower-case word of letters and digits",
        at: node)
      return nil
    }
    return text
  }
}
