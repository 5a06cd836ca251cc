import CoachCore

/// `skills.yaml`: the rating scale, skill categories and skills, each optionally with
/// behavioural anchors, one per step of the scale.
enum SkillsFile {
  static let name = "skills.yaml"

  /// A pack's skills rate on its own `scale` (0 to 4 when it gives none); a layer's rate on
  /// the scale of the pack below it, `file`'s.
  static func read(_ root: YAMLNode, in file: YAMLFile, isLayer: Bool = false) -> (
    categories: [SkillCategory], skills: [Skill], scale: RatingScale
  ) {
    let allowed = ["scale", "categories", "skills"]
    guard let fields = Fields(root, "skills.yaml", allowed: allowed, in: file)
    else { return ([], [], .standard) }
    // A broken scale was reported; what depends on it is then not checked.
    var scale: RatingScale? =
      fields.value("scale").map { ScaleSection.read($0, in: file) } ?? file.context.scale
    if isLayer, fields.has("scale") {
      file.error(
        "a layer rates on the scale of the pack below it; remove 'scale'",
        at: fields.place("scale"))
      scale = file.context.scale
    }
    let categories = fields.list("categories", required: true).compactMap {
      category($0, scale: scale, in: file)
    }
    // A ladder described in words only rates nothing: its list of skills may be empty.
    let skills = fields.list("skills", required: true, minimum: 0).compactMap {
      skill($0, scale: scale, in: file)
    }
    return (categories, skills, scale ?? file.context.scale)
  }

  private static func category(_ node: YAMLNode, scale: RatingScale?, in file: YAMLFile)
    -> SkillCategory?
  {
    let allowed = ["id", "name", "description", "steps", "anchors", "pick", "always_picked"]
    guard let fields = Fields(node, "a category", allowed: allowed, in: file) else { return nil }
    let id = fields.id(kind: .category)
    let name = fields.text("name")
    let description = fields.optionalText("description")
    let stepNames = ScaleSection.stepNames(fields, scale: scale, in: file)
    let anchors = optionalAnchors(fields, scale: scale, in: file)
    let pick = fields.has("pick") ? fields.choice("pick", of: StackKind.self) : nil
    let alwaysPicked = fields.references("always_picked", to: .skill)
    if !alwaysPicked.isEmpty && !fields.has("pick") {
      file.error(
        "'always_picked' belongs to an area the user picks from; add 'pick' (languages, "
          + "databases or cloud)", at: fields.place("always_picked"))
    }
    guard let id, let name, let anchors else { return nil }
    var category = SkillCategory(
      id: id, name: name, description: description, anchors: anchors, pick: pick,
      alwaysPicked: alwaysPicked)
    category.stepNames = stepNames
    return category
  }

  /// The anchors of a category or skill: none when the field is left out, nil after an error.
  private static func optionalAnchors(_ fields: Fields, scale: RatingScale?, in file: YAMLFile)
    -> [String]?
  {
    guard let node = fields.value("anchors"), let scale else { return [] }
    return anchorTexts(node, scale: scale, in: file)
  }

  private static func skill(_ node: YAMLNode, scale: RatingScale?, in file: YAMLFile) -> Skill? {
    let allowed = [
      "id", "name", "category", "description", "hours_per_step", "steps", "anchors", "exercise",
      "evidence", "resources", "aliases",
    ]
    guard let fields = Fields(node, "a skill", allowed: allowed, in: file) else { return nil }
    let id = fields.id(kind: .skill)
    let name = fields.text("name")
    let category = fields.reference("category", to: .category)
    let description = fields.optionalText("description")
    let hours = fields.optionalPositiveNumber("hours_per_step")
    let stepNames = ScaleSection.stepNames(fields, scale: scale, in: file)
    let anchors = optionalAnchors(fields, scale: scale, in: file)
    let exercise = fields.optionalText("exercise")
    let evidence = fields.optionalText("evidence")
    let resources = fields.list("resources", required: false).compactMap {
      resource($0, in: file)
    }
    guard let id, let name, let category, let hours, let anchors else {
      return nil
    }
    var skill = Skill(
      id: id, name: name, category: category, description: description, hoursPerStep: hours,
      anchors: anchors, exercise: exercise, evidence: evidence, resources: resources)
    skill.aliases = fields.texts("aliases")
    skill.stepNames = stepNames
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

  /// One anchor per step of the scale, from a mapping whose keys are exactly the scale's
  /// numbers (0 to 4 by default).
  static func anchorTexts(_ node: YAMLNode, scale: RatingScale, in file: YAMLFile) -> [String]? {
    let numbers = "\(scale.number(0)) to \(scale.number(scale.top))"
    guard case .mapping(let mapping) = node else {
      file.error(
        "'anchors' should be a mapping of the ratings \(numbers) to text, not "
          + node.kindDescription, at: node)
      return nil
    }
    var texts = [String?](repeating: nil, count: scale.steps.count)
    var seen = Set<Int>()
    var complete = true
    for (key, value) in mapping.pairs {
      guard let rating = key.scalar.flatMap({ Int($0.string) }).flatMap(scale.rating(number:))
      else {
        let shown = key.scalar.map { "'\(TextRules.shown($0.string))'" } ?? key.kindDescription
        file.error("anchor key \(shown) is not a rating from \(numbers)", at: key)
        complete = false
        continue
      }
      seen.insert(rating)
      if let text = file.text(value, field: "anchors: \(scale.number(rating))") {
        texts[rating] = text
      } else {
        complete = false
      }
    }
    let absent = scale.range.filter { !seen.contains($0) }.map(scale.number)
    if !absent.isEmpty {
      let noun = absent.count == 1 ? "rating" : "ratings"
      let list = absent.map(String.init).joined(separator: ", ")
      file.error(
        "'anchors' lacks \(noun) \(list): it needs exactly the ratings \(numbers)", at: node)
      return nil
    }
    return complete ? texts.compactMap { $0 } : nil
  }
}
