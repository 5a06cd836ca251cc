import CoachCore

/// `role.yaml`: the pack's id and title, its source documents, sections and FAQ.
enum RoleFile {
  static let name = "role.yaml"

  /// The role; in a layer on top of another pack (`isLayer`) only `sources` is required,
  /// since the role itself (its id and title) is the first pack's. `summary` and `sections`
  /// are optional in every pack.
  static func read(_ root: YAMLNode, in file: YAMLFile, isLayer: Bool = false) -> Role? {
    let allowed = ["format", "id", "title", "summary", "sources", "sections", "faq"]
    guard let fields = Fields(root, "role.yaml", allowed: allowed, in: file) else { return nil }
    PackFormat.check(fields, in: file)
    let sources = fields.list("sources", required: true).compactMap { source($0, in: file) }
    let sections = fields.list("sections", required: false).compactMap {
      section($0, in: file)
    }
    let faq = fields.list("faq", required: false).compactMap { faqEntry($0, in: file) }
    func given(_ name: String, _ read: (String) -> String?) -> String {
      isLayer && !fields.has(name) ? "" : read(name) ?? ""
    }
    return Role(
      id: given("id") { fields.id($0, kind: nil) }, title: given("title", fields.text),
      summary: fields.optionalText("summary"), sources: sources, sections: sections, faq: faq)
  }

  private static func source(_ node: YAMLNode, in file: YAMLFile) -> Source? {
    guard let fields = Fields(node, "a source", allowed: ["id", "title"], in: file) else {
      return nil
    }
    let id = fields.id(kind: .source)
    let title = fields.text("title")
    guard let id, let title else { return nil }
    return Source(id: id, title: title)
  }

  private static func section(_ node: YAMLNode, in file: YAMLFile) -> RoleSection? {
    let allowed = ["id", "title", "body", "source"]
    guard let fields = Fields(node, "a section", allowed: allowed, in: file) else { return nil }
    let id = fields.id(kind: .section)
    let title = fields.text("title")
    let body = fields.text("body")
    let source = fields.reference("source", to: .source)
    guard let id, let title, let body, let source else { return nil }
    return RoleSection(id: id, title: title, body: body, source: source)
  }

  private static func faqEntry(_ node: YAMLNode, in file: YAMLFile) -> FAQEntry? {
    let allowed = ["question", "answer", "source"]
    guard let fields = Fields(node, "an FAQ entry", allowed: allowed, in: file) else { return nil }
    let question = fields.text("question")
    let answer = fields.text("answer")
    let source = fields.reference("source", to: .source)
    guard let question, let answer, let source else { return nil }
    return FAQEntry(question: question, answer: answer, source: source)
  }
}
