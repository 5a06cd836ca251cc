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
    "aliases",
  ]

  private static func level(_ node: YAMLNode, in file: YAMLFile) -> Level? {
    guard let fields = Fields(node, "a level", allowed: levelFields, in: file) else { return nil }
    let id = fields.id(kind: .level)
    let name = fields.text("name")
    let overview = fields.text("overview")
    let source = fields.reference("source", to: .source)
    let years = fields.list("typical_years", required: false).compactMap {
      typicalYears($0, in: file)
    }
    let requirementNodes = fields.list("requirements", required: true)
    var required = Set<String>()
    let requirements = requirementNodes.compactMap {
      requirement($0, in: file, alreadyRequired: &required)
    }
    let level = Level(
      id: id ?? "", name: name ?? "", overview: overview ?? "", source: source ?? "",
      responsibilities: fields.texts("responsibilities"), hardSkills: fields.texts("hard_skills"),
      softSkills: fields.texts("soft_skills"), education: fields.texts("education"),
      certifications: fields.texts("certifications"),
      preferredQualifications: fields.texts("preferred_qualifications"), typicalYears: years,
      requirements: requirements)
    var withAliases = level
    withAliases.aliases = fields.texts("aliases")
    guard id != nil, name != nil, overview != nil, source != nil,
      requirements.count == requirementNodes.count
    else { return nil }
    return withAliases
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
    let allowed = ["skill", "one_of", "label", "min", "weight"]
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
    guard complete, !named.isEmpty, let minimum, let weight else { return nil }
    return Requirement(
      skills: named.map(\.id), label: label, minimum: minimum,
      weight: weight ?? Requirement.defaultWeight)
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
