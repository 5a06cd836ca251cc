/// What to do about one gap, concretely: the goal (the anchor of the rating to reach), an
/// exercise or small project, how many drill questions the pack has on the skill, where to
/// learn it, and how to show the result.
public struct NextStep: Sendable, Equatable, Codable {
  public var skill: String
  /// The gap's action: "Take SQL from Working to Proficient: <the anchor for Proficient>".
  public var goal: String
  /// The skill's exercise; when the pack has none, a sentence built from the goal's anchor.
  public var exercise: String
  /// Interview questions on the gap's skills, which the drills ask.
  public var drillQuestions: Int
  public var resources: [Resource]
  /// How to show it; when the pack says nothing, a general suggestion.
  public var evidence: String

  public init(
    skill: String, goal: String, exercise: String, drillQuestions: Int, resources: [Resource],
    evidence: String
  ) {
    self.skill = skill
    self.goal = goal
    self.exercise = exercise
    self.drillQuestions = drillQuestions
    self.resources = resources
    self.evidence = evidence
  }

  /// Said when a skill has no evidence of its own.
  public static let defaultEvidence =
    "Keep a link to the work (a pull request, a design doc or a demo) and write one CV line "
    + "saying what you built and what it changed."

  /// The next step of a gap, from its skill's exercise, evidence and resources.
  public static func make(for gap: Gap, target: String, pack: Pack) -> NextStep {
    let skill = pack.skill(gap.skill)
    let name = skill?.name ?? gap.skill
    let anchor = Gaps.anchor(for: skill, rating: gap.required, pack: pack)
    let fallback =
      anchor.map { "Do something that lets you say: \"\(Gaps.sentence($0))\"" }
      ?? "Practise \(name) on a small project of your own."
    return NextStep(
      skill: gap.skill, goal: gap.action,
      exercise: skill?.exercise.map(Gaps.sentence) ?? fallback,
      drillQuestions: Gaps.questions(for: gap, target: target, in: pack).count,
      resources: skill?.resources ?? [],
      evidence: skill?.evidence.map(Gaps.sentence) ?? defaultEvidence)
  }

  /// "the 6 interview questions on this skill, as flashcards in Drills" or nil when the pack has none.
  public var drillLine: String? {
    switch drillQuestions {
    case 0: return nil
    case 1: return "the 1 interview question on this skill, as flashcards in Drills."
    default:
      return "the \(drillQuestions) interview questions on this skill, as flashcards in Drills."
    }
  }

  /// The step as labelled sentences, in the order to do them: exercise, drills, resources,
  /// evidence.
  public var lines: [(label: String, text: String)] {
    var lines: [(label: String, text: String)] = [("Exercise", exercise)]
    if let drillLine { lines.append(("Drill", drillLine)) }
    for resource in resources { lines.append(("Read", resource.line + ".")) }
    lines.append(("Show it", evidence))
    return lines
  }
}
