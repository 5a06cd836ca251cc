import CoachCore

/// `tips.yaml`: the kinds of advice (optional), and advice by kind, tagged by the levels and
/// skills it matters for.
enum TipsFile {
  static let name = "tips.yaml"

  /// The tips and their kinds: the file's own `categories`, else those of the pack below a
  /// layer, else the built-in ones.
  static func read(_ root: YAMLNode, in file: YAMLFile) -> (
    tips: [Tip], categories: [TipCategoryInfo]
  ) {
    let known = file.context.tipCategories
    guard let fields = Fields(root, "tips.yaml", allowed: ["categories", "tips"], in: file) else {
      return ([], known)
    }
    var categories = known
    if fields.has("categories") {
      let items = fields.list("categories", required: true)
      let declared = items.compactMap { category($0, in: file) }
      categories = declared.count == items.count ? declared : known
      var seen = Set<TipCategory>()
      for (category, node) in zip(declared, items) where !seen.insert(category.id).inserted {
        file.error("tip category '\(category.id.rawValue)' is declared twice", at: node)
      }
    }
    let ids = Set(categories.map(\.id))
    let allowed = categories.map(\.id.rawValue).joined(separator: ", ")
    let tips = fields.list("tips", required: true).compactMap {
      tip($0, categories: ids, allowed: allowed, in: file)
    }
    return (tips, categories)
  }

  /// One kind of advice: `{id, tab, heading, section, name, phrase, in_order}`.
  private static func category(_ node: YAMLNode, in file: YAMLFile) -> TipCategoryInfo? {
    let allowed = ["id", "tab", "heading", "section", "name", "phrase", "in_order"]
    guard let fields = Fields(node, "a tip category", allowed: allowed, in: file) else {
      return nil
    }
    let id = fields.id(kind: nil)
    let tab = fields.text("tab")
    let heading = fields.optionalText("heading")
    let section = fields.optionalText("section")
    let name = fields.optionalText("name")
    let phrase = fields.optionalText("phrase")
    let inOrder = fields.value("in_order").map { file.flag($0, field: "in_order") }
    guard let id, let tab, inOrder != .some(nil) else { return nil }
    return TipCategoryInfo(
      id: TipCategory(id), tab: tab, heading: heading ?? tab, section: section,
      phrase: phrase ?? name ?? tab, name: name, inOrder: (inOrder ?? false) ?? false)
  }

  private static func tip(
    _ node: YAMLNode, categories: Set<TipCategory>, allowed: String, in file: YAMLFile
  ) -> Tip? {
    let fieldNames = ["id", "category", "title", "text", "source", "levels", "skills"]
    guard let fields = Fields(node, "a tip", allowed: fieldNames, in: file) else { return nil }
    let id = fields.id(kind: .tip)
    var category: TipCategory?
    if let node = fields.required("category"), let text = file.text(node, field: "category") {
      if categories.contains(TipCategory(text)) {
        category = TipCategory(text)
      } else {
        file.error(
          "'category' should be one of \(allowed), not '\(TextRules.shown(text))'", at: node)
      }
    }
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
