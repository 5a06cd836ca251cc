/// Which questions a drill takes.
public enum DrillFilter: Sendable, Equatable, Hashable {
  case all
  /// Questions on the skills of the gaps of the latest finished assessment.
  case gaps
  case category(String)
  case skill(String)
  case level(String)
  /// Questions an interview on a set day may ask (`InterviewPrep`).
  case interview

  /// "All questions", "My gaps", "Category: Databases", ...
  public func label(in pack: Pack) -> String {
    switch self {
    case .all: return "All questions"
    case .gaps: return "My gaps"
    case .category(let id): return "Category: \(pack.categoryName(id))"
    case .skill(let id): return "Skill: \(pack.skillName(id))"
    case .level(let id): return "Level: \(pack.levelName(id))"
    case .interview: return "My interview"
    }
  }

  /// True when `question` belongs to the filter. A question belongs to the categories of all
  /// its skills; a level filter takes the questions of exactly that level. "My gaps" leaves out
  /// questions on a skill in `leftOut` (a language, database or cloud the user does not use),
  /// and so does "my interview", which takes the questions `interview` covers.
  public func matches(
    _ question: Question, pack: Pack, gapSkills: Set<String>, leftOut: Set<String> = [],
    interview: InterviewPrep? = nil
  ) -> Bool {
    switch self {
    case .all: return true
    case .gaps:
      return question.skills.contains { gapSkills.contains($0) }
        && !question.skills.contains { leftOut.contains($0) }
    case .interview:
      return interview?.covers(question) == true
        && !question.skills.contains { leftOut.contains($0) }
    case .category(let id):
      return question.skills.contains { pack.skill($0)?.category == id }
    case .skill(let id): return question.skills.contains(id)
    case .level(let id): return question.level == id
    }
  }

  /// The filters worth offering, in the order Tab cycles them: my interview (while one is
  /// ahead), all, my gaps (when there are gaps), then every category, level and skill that
  /// has questions.
  public static func choices(pack: Pack, hasGaps: Bool, hasInterview: Bool = false)
    -> [DrillFilter]
  {
    var result: [DrillFilter] = hasInterview ? [.interview, .all] : [.all]
    if hasGaps { result.append(.gaps) }
    let asked = Set(pack.questions.flatMap(\.skills))
    let categories = Set(asked.compactMap { pack.skill($0)?.category })
    result += pack.categories.map(\.id).filter(categories.contains).map(DrillFilter.category)
    let levels = Set(pack.questions.compactMap(\.level))
    result += pack.levels.map(\.id).filter(levels.contains).map(DrillFilter.level)
    result += pack.skills.map(\.id).filter(asked.contains).map(DrillFilter.skill)
    return result
  }

  /// "all", "gaps", "category:databases", "skill:sql", "level:mid": how a focus is stored and
  /// typed on the command line.
  public var code: String {
    switch self {
    case .all: return "all"
    case .gaps: return "gaps"
    case .category(let id): return "category:\(id)"
    case .skill(let id): return "skill:\(id)"
    case .level(let id): return "level:\(id)"
    case .interview: return "interview"
    }
  }

  /// The filter a code names, if the pack has what it names; nil otherwise.
  public init?(code: String, in pack: Pack) {
    let parts = code.split(separator: ":", maxSplits: 1).map(String.init)
    switch (parts.first, parts.count == 2 ? parts[1] : nil) {
    case ("all", nil): self = .all
    case ("gaps", nil): self = .gaps
    case ("interview", nil): self = .interview
    case ("category", let id?) where pack.category(id) != nil: self = .category(id)
    case ("skill", let id?) where pack.skill(id) != nil: self = .skill(id)
    case ("level", let id?) where pack.level(id) != nil: self = .level(id)
    default: return nil
    }
  }
}
