import CoachCore

/// `questions.yaml`: interview questions with the key points of a good answer.
enum QuestionsFile {
  static let name = "questions.yaml"
  /// How many key points a question has: enough to check an answer, few enough to remember.
  static let keyPointRange = 3...6

  static func read(_ root: YAMLNode, in file: YAMLFile) -> [Question] {
    guard let fields = Fields(root, "questions.yaml", allowed: ["questions"], in: file) else {
      return []
    }
    return fields.list("questions", required: true).compactMap { question($0, in: file) }
  }

  private static let questionFields = [
    "id", "text", "kind", "level", "skills", "key_points", "hint", "follow_ups", "source",
  ]

  private static func question(_ node: YAMLNode, in file: YAMLFile) -> Question? {
    guard let fields = Fields(node, "a question", allowed: questionFields, in: file) else {
      return nil
    }
    let id = fields.id(kind: .question)
    let text = fields.text("text")
    let kind = fields.choice("kind", of: QuestionKind.self)
    let level = fields.reference("level", to: .level)
    let skills = fields.references("skills", to: .skill, required: true)
    let pointNodes = fields.list("key_points", required: false)
    let keyPoints = pointNodes.compactMap { file.text($0, field: "key_points") }
    var pointsValid = keyPoints.count == pointNodes.count
    if fields.value("key_points") == nil {
      pointsValid = false
      _ = fields.required("key_points")
    } else if case .sequence? = fields.value("key_points"),
      !keyPointRange.contains(pointNodes.count)
    {
      file.error(
        "'key_points' should have 3 to 6 points, not \(pointNodes.count)",
        at: fields.place("key_points"))
      pointsValid = false
    }
    let hint = fields.text("hint")
    let followUps = fields.texts("follow_ups")
    let source = fields.optionalReference("source", to: .source)
    guard let id, let text, let kind, let level, !skills.isEmpty, pointsValid, !keyPoints.isEmpty,
      let hint
    else {
      return nil
    }
    return Question(
      id: id, text: text, kind: kind, level: level, skills: skills, keyPoints: keyPoints,
      hint: hint, followUps: followUps, source: source)
  }
}
