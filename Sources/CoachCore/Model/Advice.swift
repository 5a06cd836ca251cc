public struct Market: Sendable, Equatable, Codable {
  public var id: String
  public var name: String
  public var currency: String
  public init(id: String, name: String, currency: String) {
    self.id = id
    self.name = name
    self.currency = currency
  }
}

public struct Salary: Sendable, Equatable, Codable {
  public var market: String
  /// nil when the figure is for the role as a whole.
  public var level: String?
  public var label: String
  public var min: Double?
  public var max: Double?
  public var average: Double?
  /// The median, when the source gives one.
  public var median: Double?
  public var period: String
  public var usdMin: Double?
  public var usdMax: Double?
  public var source: String
  public init(
    market: String, level: String?, label: String, min: Double?, max: Double?, average: Double?,
    period: String, usdMin: Double? = nil, usdMax: Double? = nil, source: String,
    median: Double? = nil
  ) {
    self.market = market
    self.level = level
    self.label = label
    self.min = min
    self.max = max
    self.average = average
    self.median = median
    self.period = period
    self.usdMin = usdMin
    self.usdMax = usdMax
    self.source = source
  }
}

public enum TipCategory: String, Sendable, Equatable, Codable, CaseIterable {
  case cv, linkedin, outreach, interview, mistakes
  case jobSearch = "job-search"
  case cities, day
}

public struct Tip: Sendable, Equatable, Codable {
  public var id: String
  public var category: TipCategory
  public var title: String
  public var text: String
  public var source: String
  public var levels: [String]
  public var skills: [String]
  public init(
    id: String, category: TipCategory, title: String, text: String, source: String,
    levels: [String] = [], skills: [String] = []
  ) {
    self.id = id
    self.category = category
    self.title = title
    self.text = text
    self.source = source
    self.levels = levels
    self.skills = skills
  }
}

public enum QuestionKind: String, Sendable, Equatable, Codable, CaseIterable {
  case technical
  case systemDesign = "system-design"
  case behavioural
}

public struct Question: Sendable, Equatable, Codable {
  public var id: String
  public var text: String
  public var kind: QuestionKind
  public var level: String
  public var skills: [String]
  public var keyPoints: [String]
  public var hint: String
  public var followUps: [String]
  public var source: String?
  public init(
    id: String, text: String, kind: QuestionKind, level: String, skills: [String],
    keyPoints: [String], hint: String, followUps: [String] = [], source: String? = nil
  ) {
    self.id = id
    self.text = text
    self.kind = kind
    self.level = level
    self.skills = skills
    self.keyPoints = keyPoints
    self.hint = hint
    self.followUps = followUps
    self.source = source
  }
}

/// Something a strong CV shows, or a common mistake, with how to find it in plain text.
public struct CVCheck: Sendable, Equatable, Codable {
  public var id: String
  public var title: String
  public var why: String
  public var keywords: [String]
  public var patterns: [String]
  public var suggestion: String
  public var source: String
  public init(
    id: String, title: String, why: String, keywords: [String], patterns: [String],
    suggestion: String, source: String
  ) {
    self.id = id
    self.title = title
    self.why = why
    self.keywords = keywords
    self.patterns = patterns
    self.suggestion = suggestion
    self.source = source
  }
}
