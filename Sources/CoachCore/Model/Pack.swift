/// A whole content pack: everything the app knows about one role.
public struct Pack: Sendable, Equatable, Codable {
  public var role: Role
  public var categories: [SkillCategory]
  public var skills: [Skill]
  public var levels: [Level]
  public var tracks: [Track]
  public var markets: [Market]
  public var salaries: [Salary]
  /// The levels of each market that no public source gives a figure for, said outright.
  public var noSalaryFigures: [NoSalaryFigure] = []
  public var tips: [Tip]
  public var questions: [Question]
  public var cvChecks: [CVCheck]
  public var cvMistakes: [CVCheck]
  /// Other names for the same thing (`synonyms.yaml`); none when the pack has no such file.
  public var synonyms = Synonyms.none
  /// The kinds of advice, in tab order: tips.yaml's `categories`, else the built-in ones.
  public var tipCategories = TipCategoryInfo.builtIn
  /// The steps skills are rated on (`scale` in `skills.yaml`); 0 None to 4 Expert by default.
  public var scale = RatingScale.standard

  public init(
    role: Role, categories: [SkillCategory], skills: [Skill], levels: [Level], tracks: [Track],
    markets: [Market], salaries: [Salary], tips: [Tip], questions: [Question],
    cvChecks: [CVCheck], cvMistakes: [CVCheck]
  ) {
    self.role = role
    self.categories = categories
    self.skills = skills
    self.levels = levels
    self.tracks = tracks
    self.markets = markets
    self.salaries = salaries
    self.tips = tips
    self.questions = questions
    self.cvChecks = cvChecks
    self.cvMistakes = cvMistakes
  }

  public func skill(_ id: String) -> Skill? { skills.first { $0.id == id } }
  public func level(_ id: String) -> Level? { levels.first { $0.id == id } }
  public func category(_ id: String) -> SkillCategory? { categories.first { $0.id == id } }
  public func track(_ id: String) -> Track? { tracks.first { $0.id == id } }
  public func tipCategory(_ id: TipCategory) -> TipCategoryInfo? {
    tipCategories.first { $0.id == id }
  }
  public func skills(in categoryID: String) -> [Skill] {
    skills.filter { $0.category == categoryID }
  }
  /// True when some requirement weighs other than the default: weights then mean something.
  public var hasWeights: Bool {
    levels.contains { $0.requirements.contains { $0.weight != Requirement.defaultWeight } }
  }

  /// Skills that no level's requirements name, in the pack's order: their ratings would never
  /// count for placement.
  public var skillsNoLevelRequires: [String] {
    let required = Set(levels.flatMap { $0.requirements.flatMap(\.skills) })
    return skills.map(\.id).filter { !required.contains($0) }
  }
}

public struct Source: Sendable, Equatable, Codable {
  public var id: String
  public var title: String
  public init(id: String, title: String) {
    self.id = id
    self.title = title
  }
}

public struct RoleSection: Sendable, Equatable, Codable {
  public var id: String
  public var title: String
  public var body: String
  public var source: String
  public init(id: String, title: String, body: String, source: String) {
    self.id = id
    self.title = title
    self.body = body
    self.source = source
  }
}

public struct FAQEntry: Sendable, Equatable, Codable {
  public var question: String
  public var answer: String
  public var source: String
  public init(question: String, answer: String, source: String) {
    self.question = question
    self.answer = answer
    self.source = source
  }
}

public struct Role: Sendable, Equatable, Codable {
  public var id: String
  public var title: String
  /// One or two sentences on the role; nil when the pack gives none.
  public var summary: String?
  public var sources: [Source]
  /// The role described, in reading order; empty when the pack gives none.
  public var sections: [RoleSection]
  public var faq: [FAQEntry]
  public init(
    id: String, title: String, summary: String?, sources: [Source], sections: [RoleSection],
    faq: [FAQEntry]
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.sources = sources
    self.sections = sections
    self.faq = faq
  }
  public func source(_ id: String) -> Source? { sources.first { $0.id == id } }
}
