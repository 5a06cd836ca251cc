import CoachCore

/// `levels.yaml`: levels with their requirements, and the tracks that order them.
enum LevelsFile {
  static let name = "levels.yaml"

  static func read(_ root: YAMLNode, in file: YAMLFile) -> (levels: [Level], tracks: [Track]) {
    guard let fields = Fields(root, "levels.yaml", allowed: ["levels", "tracks"], in: file) else {
      return ([], [])
    }
    let levels = fields.list("levels", required: true).compactMap { level($0, in: file) }
    let tracks = fields.list("tracks", required: true).compactMap { track($0, in: file) }
    return (levels, tracks)
  }

  private static let levelFields = [
    "id", "name", "overview", "source", "responsibilities", "hard_skills", "soft_skills",
    "education", "certifications", "preferred_qualifications", "typical_years", "requirements",
    "aliases", "criteria", "equivalent_to", "story_scope",
  ]

  private static func level(_ node: YAMLNode, in file: YAMLFile) -> Level? {
    guard let fields = Fields(node, "a level", allowed: levelFields, in: file) else { return nil }
    let id = fields.id(kind: .level)
    let name = fields.text("name")
    let overview = fields.optionalText("overview")
    let source = fields.optionalReference("source", to: .source)
    let years = fields.list("typical_years", required: false).compactMap {
      typicalYears($0, in: file)
    }
    // A level with no requirements is described in words only: shown, never placed.
    let requirementNodes = fields.list("requirements", required: false)
    var required = Set<String>()
    let requirements = requirementNodes.compactMap {
      requirement($0, in: file, alreadyRequired: &required)
    }
    let level = Level(
      id: id ?? "", name: name ?? "", overview: overview, source: source,
      responsibilities: fields.texts("responsibilities"), hardSkills: fields.texts("hard_skills"),
      softSkills: fields.texts("soft_skills"), education: fields.texts("education"),
      certifications: fields.texts("certifications"),
      preferredQualifications: fields.texts("preferred_qualifications"), typicalYears: years,
      requirements: requirements)
    var withAliases = level
    withAliases.aliases = fields.texts("aliases")
    let criteriaNode = fields.value("criteria")
    let criteria = criteriaNode.map { self.criteria($0, in: file) } ?? []
    withAliases.criteria = criteria ?? []
    withAliases.equivalentTo = fields.references("equivalent_to", to: .level)
    let scope =
      fields.has("story_scope") ? fields.choice("story_scope", of: StoryScopeSize.self) : nil
    withAliases.storyScope = scope
    guard id != nil, name != nil, requirements.count == requirementNodes.count, criteria != nil
    else { return nil }
    return withAliases
  }

  /// `criteria`: a mapping of category ids to what the level expects there, one text or a list.
  private static func criteria(_ node: YAMLNode, in file: YAMLFile) -> [Criterion]? {
    guard case .mapping(let mapping) = node else {
      file.error(
        "'criteria' should be a mapping of area (category) ids to text, not "
          + node.kindDescription, at: node)
      return nil
    }
    var criteria: [Criterion] = []
    var complete = true
    for (key, value) in mapping.pairs {
      let area = file.reference(key, field: "criteria", to: .category)
      var texts: [String] = []
      if case .sequence(let list) = value {
        let items = list.items
        texts = items.compactMap { file.text($0, field: "criteria") }
        if items.isEmpty { file.error("'criteria' lists no expectation for this area", at: key) }
        complete = complete && !items.isEmpty && texts.count == items.count
      } else if let text = file.text(value, field: "criteria") {
        texts = [text]
      } else {
        complete = false
      }
      if let area { criteria.append(Criterion(area: area, expectations: texts)) }
      complete = complete && area != nil
    }
    return complete ? criteria : nil
  }

  private static func typicalYears(_ node: YAMLNode, in file: YAMLFile) -> SourcedText? {
    let allowed = ["years", "source"]
    guard let fields = Fields(node, "a typical_years entry", allowed: allowed, in: file) else {
      return nil
    }
    let years = fields.text("years")
    let source = fields.reference("source", to: .source)
    guard let years, let source else { return nil }
    return SourcedText(text: years, source: source)
  }

  /// One requirement: `skill` or `one_of` (with `label`), `min` 0...4 and `weight` > 0.
  /// `alreadyRequired` holds the skills the level's earlier requirements named.
  private static func requirement(
    _ node: YAMLNode, in file: YAMLFile, alreadyRequired: inout Set<String>
  ) -> Requirement? {
    let allowed = ["skill", "one_of", "at_least", "label", "min", "weight", "must_have"]
    guard let fields = Fields(node, "a requirement", allowed: allowed, in: file) else { return nil }
    var named: [(id: String, node: YAMLNode)] = []
    var label: String?
    var complete = true
    switch (fields.has("skill"), fields.has("one_of")) {
    case (true, true):
      file.error(
        "a requirement has either 'skill' or 'one_of', not both", at: fields.place("one_of"))
      complete = false
    case (false, false):
      file.error("missing field 'skill' (or 'one_of' with 'label')", at: node)
      complete = false
    case (true, false):
      let place = fields.place("skill")
      if let id = fields.reference("skill", to: .skill) { named = [(id, place)] }
      if fields.has("label") {
        file.error("'label' goes only with 'one_of'", at: fields.place("label"))
        complete = false
      }
    case (false, true):
      let items = fields.list("one_of", required: true, minimum: 2)
      for item in items {
        if let id = file.reference(item, field: "one_of", to: .skill) { named.append((id, item)) }
      }
      if fields.has("label") {
        label = fields.text("label")
      } else {
        file.error("missing field 'label': a one_of needs a label to show", at: node)
      }
      complete = items.count >= 2 && named.count == items.count && label != nil
    }
    for (id, place) in named where !alreadyRequired.insert(id).inserted {
      file.error("skill '\(id)' is already required by this level", at: place)
      complete = false
    }
    let minimum = fields.rating("min")
    // Without a weight every requirement counts the same.
    let weight = fields.optionalPositiveNumber("weight")
    let atLeast = self.atLeast(fields, groupSize: named.count, in: file)
    let mustHave = fields.value("must_have").map { file.flag($0, field: "must_have") }
    guard complete, !named.isEmpty, let minimum, let weight, let atLeast, mustHave != .some(nil)
    else { return nil }
    var requirement = Requirement(
      skills: named.map(\.id), label: label, minimum: minimum,
      weight: weight ?? Requirement.defaultWeight)
    requirement.atLeast = atLeast
    requirement.mustHave = mustHave ?? nil
    return requirement
  }

  /// `at_least`: how many of a `one_of` group must reach the minimum; 1 when left out.
  private static func atLeast(_ fields: Fields, groupSize: Int, in file: YAMLFile) -> Int? {
    guard let node = fields.value("at_least") else { return 1 }
    guard fields.has("one_of") else {
      file.error("'at_least' goes only with 'one_of'", at: node)
      return nil
    }
    guard case .scalar(let scalar) = node, let count = Int(scalar.string), count >= 1,
      count <= max(groupSize, 1)
    else {
      file.error(
        "'at_least' should be a whole number from 1 to \(max(groupSize, 1)), the size of the "
          + "one_of group", at: node)
      return nil
    }
    return count
  }

  private static func track(_ node: YAMLNode, in file: YAMLFile) -> Track? {
    let allowed = ["id", "name", "source", "levels"]
    guard let fields = Fields(node, "a track", allowed: allowed, in: file) else { return nil }
    let id = fields.id(kind: .track)
    let name = fields.text("name")
    let source = fields.reference("source", to: .source)
    let items = fields.list("levels", required: true)
    var seen = Set<String>()
    var levels: [String] = []
    for item in items {
      guard let level = file.reference(item, field: "levels", to: .level) else { continue }
      if seen.insert(level).inserted {
        levels.append(level)
      } else {
        file.error("level '\(level)' appears twice in this track", at: item)
      }
    }
    guard let id, let name, let source, !items.isEmpty, levels.count == items.count else {
      return nil
    }
    return Track(id: id, name: name, source: source, levels: levels)
  }
}
