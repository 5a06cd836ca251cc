import CoachCore

/// `questions.yaml`: interview questions, with the key points of a good answer, and the kinds
/// they may be of.
enum QuestionsFile {
  static let name = "questions.yaml"

  /// The questions and the kinds the file declares (`kinds`). Without `kinds`, the kinds are
  /// `known`: the built-in three, or in a layer the kinds of the packs below it (and a layer
  /// then returns no kinds of its own).
  static func read(
    _ root: YAMLNode, in file: YAMLFile, known: [QuestionKind] = QuestionKind.builtIn,
    isLayer: Bool = false
  ) -> (questions: [Question], kinds: [QuestionKind]) {
    guard let fields = Fields(root, "questions.yaml", allowed: ["kinds", "questions"], in: file)
    else {
      return ([], isLayer ? [] : known)
    }
    let declared = kinds(
      fields.list("kinds", required: false), below: isLayer ? known : [], in: file)
    let usable = declared.isEmpty ? known : (isLayer ? known + declared : declared)
    let questions = fields.list("questions", required: true).compactMap {
      question($0, kinds: usable, declared: !declared.isEmpty, in: file)
    }
    return (questions, isLayer || !declared.isEmpty ? declared : known)
  }

  private static let kindFields = ["id", "name", "star"]

  /// The kinds of a `kinds` list, each id once; `below` are the kinds of the packs under a layer,
  /// which it may not declare again.
  private static func kinds(_ nodes: [YAMLNode], below: [QuestionKind], in file: YAMLFile)
    -> [QuestionKind]
  {
    var lines: [String: Int] = [:]
    return nodes.compactMap { node in
      guard let fields = Fields(node, "a kind", allowed: kindFields, in: file) else { return nil }
      let idNode = fields.required("id")
      let id = idNode.flatMap { file.id($0, field: "id") }
      let name = fields.text("name")
      let star = fields.value("star").map { file.flag($0, field: "star") } ?? false
      guard let id, let idNode else { return nil }
      if let first = lines[id] {
        file.error("duplicate kind id '\(id)' (first defined at line \(first))", at: idNode)
        return nil
      }
      if below.contains(where: { $0.id == id }) {
        file.error("kind '\(id)' is already defined in the pack below", at: idNode)
        return nil
      }
      lines[id] = idNode.mark.line
      // A kind with a wrong name or star is still a kind: its questions are not reported too.
      return QuestionKind(id: id, name: name ?? id, star: star ?? false)
    }
  }

  private static let questionFields = [
    "id", "text", "kind", "level", "skills", "key_points", "hint", "follow_ups", "tags", "source",
  ]

  private static func question(
    _ node: YAMLNode, kinds: [QuestionKind], declared: Bool, in file: YAMLFile
  ) -> Question? {
    guard let fields = Fields(node, "a question", allowed: questionFields, in: file) else {
      return nil
    }
    let id = fields.id(kind: .question)
    let text = fields.text("text")
    let kind = Self.kind(fields, of: kinds, declared: declared, in: file)
    let level = fields.optionalReference("level", to: .level)
    let levelValid = level != nil || !fields.has("level")
    let skillNodes = fields.list("skills", required: false)
    let skills = skillNodes.compactMap { file.reference($0, field: "skills", to: .skill) }
    let pointNodes = fields.list("key_points", required: false)
    let keyPoints = pointNodes.compactMap { file.text($0, field: "key_points") }
    let hint = fields.optionalText("hint")
    let hintValid = hint != nil || !fields.has("hint")
    let followUps = fields.texts("follow_ups")
    let tagNodes = fields.list("tags", required: false)
    let tags = tagNodes.compactMap { file.text($0, field: "tags") }
    let source = fields.optionalReference("source", to: .source)
    guard let id, let text, let kind, levelValid, hintValid, skills.count == skillNodes.count,
      keyPoints.count == pointNodes.count, tags.count == tagNodes.count
    else {
      return nil
    }
    return Question(
      id: id, text: text, kind: kind, level: level, skills: skills, keyPoints: keyPoints,
      hint: hint, followUps: followUps, source: source, tags: tags)
  }

  /// The question's `kind`, one of `kinds`; the error names them all.
  private static func kind(
    _ fields: Fields, of kinds: [QuestionKind], declared: Bool, in file: YAMLFile
  ) -> QuestionKind? {
    guard let node = fields.required("kind"), let id = file.text(node, field: "kind") else {
      return nil
    }
    if let kind = kinds.first(where: { $0.id == id }) { return kind }
    let allowed = kinds.map(\.id).joined(separator: ", ")
    let listed = declared ? " (the kinds listed in 'kinds')" : ""
    file.error(
      "'kind' should be one of \(allowed)\(listed), not '\(TextRules.shown(id))'", at: node)
    return nil
  }
}
