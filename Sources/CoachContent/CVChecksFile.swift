import CoachCore

/// `cv-checks.yaml`: what a strong CV shows, the common mistakes, and how each is detected.
enum CVChecksFile {
  static let name = "cv-checks.yaml"

  static func read(_ root: YAMLNode, in file: YAMLFile) -> (checks: [CVCheck], mistakes: [CVCheck])
  {
    guard let fields = Fields(root, "cv-checks.yaml", allowed: ["checks", "mistakes"], in: file)
    else { return ([], []) }
    let checks = fields.list("checks", required: true).compactMap {
      check($0, kind: .check, in: file)
    }
    let mistakes = fields.list("mistakes", required: false).compactMap {
      check($0, kind: .mistake, in: file)
    }
    return (checks, mistakes)
  }

  private static let checkFields = [
    "id", "title", "why", "keywords", "patterns", "suggestion", "source",
  ]

  private static func check(_ node: YAMLNode, kind: IDKind, in file: YAMLFile) -> CVCheck? {
    let what = kind == .check ? "a check" : "a mistake"
    guard let fields = Fields(node, what, allowed: checkFields, in: file) else { return nil }
    let id = fields.id(kind: kind)
    let title = fields.text("title")
    let why = fields.text("why")
    let keywordNodes = fields.list("keywords", required: false)
    let keywords = keywordNodes.compactMap { file.text($0, field: "keywords") }
    let patternNodes = fields.list("patterns", required: false)
    var patterns: [String] = []
    for patternNode in patternNodes {
      guard let pattern = file.text(patternNode, field: "patterns") else { continue }
      guard file.context.isValidRegex(pattern) else {
        file.error(
          "invalid regular expression '\(TextRules.shown(pattern))' (patterns use ICU regular expression syntax)",
          at: patternNode)
        continue
      }
      patterns.append(pattern)
    }
    if keywordNodes.isEmpty && patternNodes.isEmpty {
      file.error("\(what) needs 'keywords' or 'patterns' to detect it", at: node)
    }
    let suggestion = fields.text("suggestion")
    let source = fields.reference("source", to: .source)
    guard let id, let title, let why, let suggestion, let source,
      !(keywords.isEmpty && patterns.isEmpty)
    else { return nil }
    return CVCheck(
      id: id, title: title, why: why, keywords: keywords, patterns: patterns,
      suggestion: suggestion, source: source)
  }
}
