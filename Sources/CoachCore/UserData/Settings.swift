/// What the user chose and the app remembers between runs: the plan's hours per week, target
/// level and objectives, and what the assessment, the drills and the CV check would otherwise
/// ask again each time (years, market, stack, drill focus, CV path, interview date, saved job,
/// team folder), and the person's name.
public struct Settings: Codable, Sendable, Equatable {
  public var hoursPerWeek: Double
  /// A level id; nil means the default target (the level above the placement).
  public var targetLevel: String?
  /// Skill ids the user marked as objectives; the plan works on them first.
  public var objectives: [String]
  /// Years of experience; nil until the user says.
  public var years: Double?
  /// A market id of the pack's salaries.
  public var market: String?
  /// The languages, databases and cloud the user works with.
  public var stack: StackPick
  /// A drill focus as its `DrillFilter.code`.
  public var drillFocus: String?
  /// The path of the user's CV, as typed; the file is read only by the CV check.
  public var cvPath: String?
  /// The day of the next interview, YYYY-MM-DD.
  public var interviewDate: String?
  /// Interviews whose day has passed and how they went, oldest first.
  public var pastInterviews: [PastInterview]
  /// The id of the saved job the user is preparing for (`SavedJob.id`).
  public var job: String?
  /// The person's name, as a team's lead reads it in `career-coach team`; nil until set.
  public var name: String?
  /// The folder of the team's exports the Team screen read last, as typed.
  public var teamFolder: String?

  public init(
    hoursPerWeek: Double = StudyPlan.defaultHoursPerWeek, targetLevel: String? = nil,
    objectives: [String] = [], years: Double? = nil, market: String? = nil,
    stack: StackPick = StackPick(), drillFocus: String? = nil, cvPath: String? = nil,
    interviewDate: String? = nil, pastInterviews: [PastInterview] = [], job: String? = nil,
    name: String? = nil, teamFolder: String? = nil
  ) {
    self.hoursPerWeek = hoursPerWeek
    self.targetLevel = targetLevel
    self.objectives = objectives
    self.years = years
    self.market = market
    self.stack = stack
    self.drillFocus = drillFocus
    self.cvPath = cvPath
    self.interviewDate = interviewDate
    self.pastInterviews = pastInterviews
    self.job = job
    self.name = name
    self.teamFolder = teamFolder
  }

  public static let defaults = Settings()

  enum CodingKeys: String, CodingKey {
    case hoursPerWeek, targetLevel, objectives, years, market, stack, drillFocus, cvPath
    case interviewDate, pastInterviews, job, name, teamFolder
  }

  // Every field but the first may be missing: exports written before a field existed still
  // import.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      hoursPerWeek: try container.decodeIfPresent(Double.self, forKey: .hoursPerWeek)
        ?? StudyPlan.defaultHoursPerWeek,
      targetLevel: try container.decodeIfPresent(String.self, forKey: .targetLevel),
      objectives: try container.decodeIfPresent([String].self, forKey: .objectives) ?? [],
      years: try container.decodeIfPresent(Double.self, forKey: .years),
      market: try container.decodeIfPresent(String.self, forKey: .market),
      stack: try container.decodeIfPresent(StackPick.self, forKey: .stack) ?? StackPick(),
      drillFocus: try container.decodeIfPresent(String.self, forKey: .drillFocus),
      cvPath: try container.decodeIfPresent(String.self, forKey: .cvPath),
      interviewDate: try container.decodeIfPresent(String.self, forKey: .interviewDate),
      pastInterviews: try container.decodeIfPresent([PastInterview].self, forKey: .pastInterviews)
        ?? [],
      job: try container.decodeIfPresent(String.self, forKey: .job),
      name: try container.decodeIfPresent(String.self, forKey: .name),
      teamFolder: try container.decodeIfPresent(String.self, forKey: .teamFolder))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(hoursPerWeek, forKey: .hoursPerWeek)
    try container.encode(targetLevel, forKey: .targetLevel)
    try container.encode(objectives, forKey: .objectives)
    try container.encodeIfPresent(years, forKey: .years)
    try container.encodeIfPresent(market, forKey: .market)
    if !stack.isEmpty { try container.encode(stack, forKey: .stack) }
    try container.encodeIfPresent(drillFocus, forKey: .drillFocus)
    try container.encodeIfPresent(cvPath, forKey: .cvPath)
    try container.encodeIfPresent(interviewDate, forKey: .interviewDate)
    if !pastInterviews.isEmpty { try container.encode(pastInterviews, forKey: .pastInterviews) }
    try container.encodeIfPresent(job, forKey: .job)
    try container.encodeIfPresent(name, forKey: .name)
    try container.encodeIfPresent(teamFolder, forKey: .teamFolder)
  }
}
