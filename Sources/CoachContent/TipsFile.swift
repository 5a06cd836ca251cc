import CoachCore

/// `tips.yaml`: advice by category, tagged by the levels and skills it matters for.
enum TipsFile {
  static let name = "tips.yaml"

  static func read(_ root: YAMLNode, in file: YAMLFile) -> [Tip] {
    guard let fields = Fields(root, "tips.yaml", allowed: ["tips"], in: file) else { return [] }
    return fields.list("tips", required: true).compactMap { tip($0, in: file) }
  }

  private static func tip(_ node: YAMLNode, in file: YAMLFile) -> Tip? {
    let allowed = ["id", "category", "title", "text", "source", "levels", "skills"]
    guard let fields = Fields(node, "a tip", allowed: allowed, in: file) else { return nil }
    let id = fields.id(kind: .tip)
    let category = fields.choice("category", of: TipCategory.self)
    let title = fields.text("title")
    let text = fields.text("text")
    let source = fields.reference("source", to: .source)
    let levels = fields.references("levels", to: .level)
    let skills = fields.references("skills", to: .skill)
    guard let id, let category, let title, let text, let source else { return nil }
    return Tip(
      id: id, category: category, title: title, text: text, source: source, levels: levels,
      skills: skills)
  }
}
