/// The parts a pack may leave out. What a pack lacks is hidden on the screens and refused,
/// in one sentence, by the commands.
public enum PackPart: Sendable, Equatable, CaseIterable {
  /// A level with requirements: the assessment's placement, results, gaps and history.
  case placement
  /// Hours per step on the skills: the study plan and its dates.
  case studyHours
  /// Typical years of experience on some level: the user's years beside them.
  case typicalYears
  /// An area the user picks from (languages, databases, cloud): the stack settings.
  case stack
  /// Interview questions: the drills, mock interviews and their statistics.
  case questions
  /// Behavioural questions: STAR practice.
  case behaviouralQuestions
  case tips
  case cvChecks
  case salaries

  /// Where the part lives, for the sentence that says it is missing.
  public var lack: String {
    switch self {
    case .placement: return "no level with requirements to place you on (levels.yaml)"
    case .typicalYears: return "no typical years on its levels (levels.yaml)"
    case .stack: return "no area the user picks from ('pick' in skills.yaml)"
    case .studyHours: return "no hours_per_step on its skills (skills.yaml)"
    case .questions: return "no interview questions (questions.yaml)"
    case .behaviouralQuestions: return "no behavioural questions (questions.yaml)"
    case .tips: return "no tips (tips.yaml)"
    case .cvChecks: return "no CV checks (cv-checks.yaml)"
    case .salaries: return "no salaries (salaries.yaml)"
    }
  }
}

extension Pack {
  public func has(_ part: PackPart) -> Bool {
    switch part {
    case .placement: return !skills.isEmpty && levels.contains(where: \.isPlaceable)
    case .typicalYears: return levels.contains { !$0.typicalYears.isEmpty }
    case .stack: return categories.contains { $0.pick != nil }
    case .studyHours: return !skills.isEmpty && skills.allSatisfy { $0.hoursPerStep != nil }
    case .questions: return !questions.isEmpty
    case .behaviouralQuestions: return questions.contains { $0.kind == .behavioural }
    case .tips: return !tips.isEmpty
    case .cvChecks: return !cvChecks.isEmpty
    case .salaries: return !markets.isEmpty
    }
  }

  /// "The content pack has no tips (tips.yaml), so there are none to show.": why a command
  /// cannot run on this pack, when it cannot.
  public func missing(_ part: PackPart, so consequence: String) -> String? {
    has(part) ? nil : "the content pack has \(part.lack), so \(consequence)"
  }
}
