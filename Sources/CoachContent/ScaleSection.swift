import CoachCore

/// `scale` in `skills.yaml`: the steps the pack rates skills on. Optional; a pack without one
/// rates on 0 None to 4 Expert.
enum ScaleSection {
  /// The first number a scale may start at is 0 or 1, so every step is one digit key.
  static let firsts = [0, 1]

  /// The scale a skills.yaml tree declares, read before the file is checked; nil when it
  /// declares none or a wrong one, whose mistakes the file's own check reports.
  static func declared(in root: YAMLNode, base: LayerBase) -> RatingScale? {
    guard case .mapping(let mapping) = root,
      let node = mapping.pairs.first(where: { $0.key.scalar?.string == "scale" })?.value
    else { return nil }
    let unreported = FileContext(scale: base.scale, tipCategories: base.tipCategories)
    return read(node, in: YAMLFile(path: SkillsFile.name, context: unreported))
  }

  /// The scale; nil, after reporting why, when it is wrong, and then nothing that depends on
  /// it (anchors, step names) is checked.
  static func read(_ node: YAMLNode, in file: YAMLFile) -> RatingScale? {
    guard let fields = Fields(node, "'scale'", allowed: ["first", "steps"], in: file) else {
      return nil
    }
    var first = 0
    if let node = fields.value("first") {
      if case .scalar(let scalar) = node, let number = Int(scalar.string),
        firsts.contains(number)
      {
        first = number
      } else {
        file.error("'first' should be 0 or 1, the number of the lowest step", at: node)
        return nil
      }
    }
    // `steps: 5` numbers the steps without names: the skills or areas name them.
    if case .scalar(let scalar)? = fields.value("steps"), let count = Int(scalar.string) {
      guard (2...RatingScale.maximumSteps).contains(count) else {
        file.error(
          "'steps' should be 2 to \(RatingScale.maximumSteps) steps, not \(count)",
          at: fields.place("steps"))
        return nil
      }
      return RatingScale(
        first: first, steps: (0..<count).map { RatingScale.Step(name: String(first + $0)) })
    }
    let items = fields.list("steps", required: true)
    let steps = items.compactMap { step($0, in: file) }
    guard steps.count == items.count, !items.isEmpty else { return nil }
    let range = 2...RatingScale.maximumSteps
    guard range.contains(steps.count) else {
      file.error(
        "'steps' has \(steps.count) step\(steps.count == 1 ? "" : "s"); a scale needs "
          + "\(range.lowerBound) to \(range.upperBound)", at: fields.place("steps"))
      return nil
    }
    var seen = Set<String>()
    for (step, node) in zip(steps, items) where !seen.insert(step.name.lowercased()).inserted {
      file.error("step name '\(TextRules.shown(step.name))' is used twice", at: node)
      return nil
    }
    return RatingScale(first: first, steps: steps)
  }

  /// One step: `{name, meaning}`, the meaning optional.
  private static func step(_ node: YAMLNode, in file: YAMLFile) -> RatingScale.Step? {
    guard let fields = Fields(node, "a step", allowed: ["name", "meaning"], in: file) else {
      return nil
    }
    let name = fields.text("name")
    let meaning = fields.optionalText("meaning")
    guard let name else { return nil }
    return RatingScale.Step(name: name, meaning: meaning)
  }

  /// A category's own names for the steps (`steps: [Adopts, ..., Creates]`): one per step.
  static func stepNames(_ fields: Fields, scale: RatingScale?, in file: YAMLFile) -> [String]? {
    guard fields.has("steps"), let scale else { return nil }
    let names = fields.texts("steps")
    guard names.count == scale.steps.count else {
      file.error(
        "'steps' names \(names.count) step\(names.count == 1 ? "" : "s") but the scale has "
          + "\(scale.steps.count); name each step once, lowest first", at: fields.place("steps"))
      return nil
    }
    return names
  }
}
