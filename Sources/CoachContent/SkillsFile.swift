import CoachCore

/// `skills.yaml`: skill categories and skills, each with behavioural anchors for ratings 0 to 4.
enum SkillsFile {
  static let name = "skills.yaml"

  static func read(_ root: YAMLNode, in file: YAMLFile) -> (
    categories: [SkillCategory], skills: [Skill]
  ) {
    guard let fields = Fields(root, "skills.yaml", allowed: ["categories", "skills"], in: file)
    else { return ([], []) }
    let categories = fields.list("categories", required: true).compactMap { category($0, in: file) }
    let skills = fields.list("skills", required: true).compactMap { skill($0, in: file) }
    return (categories, skills)
  }

  private static func category(_ node: YAMLNode, in file: YAMLFile) -> SkillCategory? {
    let allowed = ["id", "name", "description", "anchors", "pick", "always_picked"]
    guard let fields = Fields(node, "a category", allowed: allowed, in: file) else { return nil }
    let id = fields.id(kind: .category)
    let name = fields.text("name")
    let description = fields.text("description")
    let anchors = fields.required("anchors").flatMap { anchorTexts($0, in: file) }
    let pick = fields.has("pick") ? fields.choice("pick", of: StackKind.self) : nil
    let alwaysPicked = fields.references("always_picked", to: .skill)
    if !alwaysPicked.isEmpty && !fields.has("pick") {
      file.error(
        "'always_picked' belongs to an area the user picks from; add 'pick' (languages, "
          + "databases or cloud)", at: fields.place("always_picked"))
    }
    guard let id, let name, let description, let anchors else { return nil }
    return SkillCategory(
      id: id, name: name, description: description, anchors: anchors, pick: pick,
      alwaysPicked: alwaysPicked)
  }

  private static func skill(_ node: YAMLNode, in file: YAMLFile) -> Skill? {
    let allowed = [
      "id", "name", "category", "description", "hours_per_step", "anchors", "exercise",
      "evidence", "resources", "aliases",
    ]
    guard let fields = Fields(node, "a skill", allowed: allowed, in: file) else { return nil }
    let id = fields.id(kind: .skill)
    let name = fields.text("name")
    let category = fields.reference("category", to: .category)
    let description = fields.text("description")
    let hours = fields.optionalPositiveNumber("hours_per_step")
    let anchors = fields.required("anchors").flatMap { anchorTexts($0, in: file) }
    let exercise = fields.optionalText("exercise")
    let evidence = fields.optionalText("evidence")
    let resources = fields.list("resources", required: false).compactMap {
      resource($0, in: file)
    }
    guard let id, let name, let category, let description, let hours, let anchors else {
      return nil
    }
    var skill = Skill(
      id: id, name: name, category: category, description: description, hoursPerStep: hours,
      anchors: anchors, exercise: exercise, evidence: evidence, resources: resources)
    skill.aliases = fields.texts("aliases")
    return skill
  }

  /// One `resources` item: `{title, kind, where}`.
  private static func resource(_ node: YAMLNode, in file: YAMLFile) -> Resource? {
    let allowed = ["title", "kind", "where"]
    guard let fields = Fields(node, "a resource", allowed: allowed, in: file) else { return nil }
    let title = fields.text("title")
    let kind = fields.choice("kind", of: Resource.Kind.self)
    let location = fields.text("where")
    guard let title, let kind, let location else { return nil }
    return Resource(title: title, kind: kind, location: location)
  }

  private static let ratingKeys = ["0", "1", "2", "3", "4"]

  /// The five anchors of a mapping whose keys are exactly the ratings 0, 1, 2, 3 and 4.
  static func anchorTexts(_ node: YAMLNode, in file: YAMLFile) -> [String]? {
    guard case .mapping(let mapping) = node else {
      file.error(
        "'anchors' should be a mapping of the ratings 0 to 4 to text, not \(node.kindDescription)",
        at: node)
      return nil
    }
    var texts = [String?](repeating: nil, count: 5)
    var seen = Set<Int>()
    var complete = true
    for (key, value) in mapping.pairs {
      guard let rating = key.scalar.flatMap({ ratingKeys.firstIndex(of: $0.string) }) else {
        let shown = key.scalar.map { "'\(TextRules.shown($0.string))'" } ?? key.kindDescription
        file.error("anchor key \(shown) is not a rating from 0 to 4", at: key)
        complete = false
        continue
      }
      seen.insert(rating)
      if let text = file.text(value, field: "anchors: \(rating)") {
        texts[rating] = text
      } else {
        complete = false
      }
    }
    let absent = (0...4).filter { !seen.contains($0) }
    if !absent.isEmpty {
      let noun = absent.count == 1 ? "rating" : "ratings"
      let list = absent.map(String.init).joined(separator: ", ")
      file.error("'anchors' lacks \(noun) \(list): it needs exactly the ratings 0 to 4", at: node)
      return nil
    }
    return complete ? texts.compactMap { $0 } : nil
  }
}
