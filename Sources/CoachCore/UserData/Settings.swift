/// What the user chose for their plan: hours per week, target level and objectives.
public struct Settings: Codable, Sendable, Equatable {
  public var hoursPerWeek: Double
  /// A level id; nil means the default target (the level above the placement).
  public var targetLevel: String?
  /// Skill ids the user marked as objectives; the plan works on them first.
  public var objectives: [String]

  public init(
    hoursPerWeek: Double = StudyPlan.defaultHoursPerWeek, targetLevel: String? = nil,
    objectives: [String] = []
  ) {
    self.hoursPerWeek = hoursPerWeek
    self.targetLevel = targetLevel
    self.objectives = objectives
  }

  public static let defaults = Settings()

  enum CodingKeys: String, CodingKey { case hoursPerWeek, targetLevel, objectives }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      hoursPerWeek: try container.decodeIfPresent(Double.self, forKey: .hoursPerWeek)
        ?? StudyPlan.defaultHoursPerWeek,
      targetLevel: try container.decodeIfPresent(String.self, forKey: .targetLevel),
      objectives: try container.decodeIfPresent([String].self, forKey: .objectives) ?? [])
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(hoursPerWeek, forKey: .hoursPerWeek)
    try container.encode(targetLevel, forKey: .targetLevel)
    try container.encode(objectives, forKey: .objectives)
  }
}
