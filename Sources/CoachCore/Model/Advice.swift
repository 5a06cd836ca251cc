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

/// The id of a kind of advice: one of the pack's own (`categories` in tips.yaml), or of the
/// built-in ones a pack that declares none uses.
public struct TipCategory: RawRepresentable, Hashable, Sendable, Codable {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ id: String) { rawValue = id }

  public static let cv = TipCategory("cv")
  public static let linkedin = TipCategory("linkedin")
  public static let outreach = TipCategory("outreach")
  public static let interview = TipCategory("interview")
  /// Its tab also lists the CV mistakes the CV check looks for.
  public static let mistakes = TipCategory("mistakes")
  public static let jobSearch = TipCategory("job-search")
  public static let cities = TipCategory("cities")
  /// Its tab also shows the role's section `a-day`.
  public static let day = TipCategory("day")
}

/// How a kind of advice is shown: its tab, the heading over it, and how it is named elsewhere.
/// Kinds that name the same `tab` share it, each under its `section`.
public struct TipCategoryInfo: Sendable, Equatable, Codable {
  public var id: TipCategory
  /// The tab bar's label.
  public var tab: String
  /// The heading over the tab.
  public var heading: String
  /// A heading over this kind's tips in a tab it shares; nil for none.
  public var section: String?
  /// How the kind reads in a list ("interviews"), as the home menu sums up the advice.
  public var phrase: String
  /// The kind's short name ("interview"), after a tip picked for the user.
  public var name: String
  /// True for a guide best read in the pack's order: the tips picked for the user stay where
  /// they are instead of coming first.
  public var inOrder: Bool

  public init(
    id: TipCategory, tab: String, heading: String, section: String? = nil, phrase: String,
    name: String? = nil, inOrder: Bool = false
  ) {
    self.name = name ?? phrase
    self.id = id
    self.tab = tab
    self.heading = heading
    self.section = section
    self.phrase = phrase
    self.inOrder = inOrder
  }

  /// The kinds of a pack whose tips.yaml declares none.
  public static let builtIn: [TipCategoryInfo] = [
    TipCategoryInfo(id: .cv, tab: "CV", heading: "CV and resume", phrase: "CV"),
    TipCategoryInfo(id: .linkedin, tab: "LinkedIn", heading: "LinkedIn", phrase: "LinkedIn"),
    TipCategoryInfo(id: .outreach, tab: "Outreach", heading: "Outreach", phrase: "outreach"),
    TipCategoryInfo(
      id: .interview, tab: "Interview", heading: "Interview preparation", phrase: "interviews",
      name: "interview"),
    TipCategoryInfo(
      id: .mistakes, tab: "Mistakes", heading: "Common mistakes", phrase: "mistakes to avoid",
      name: "mistakes"),
    TipCategoryInfo(
      id: .jobSearch, tab: "Job search", heading: "Job search", section: "Where and how to look",
      phrase: "job search", inOrder: true),
    TipCategoryInfo(
      id: .cities, tab: "Job search", heading: "Job search", section: "Cities",
      phrase: "where the jobs are", name: "cities", inOrder: true),
    TipCategoryInfo(
      id: .day, tab: "A day", heading: "A day in the role", phrase: "a day in the role",
      name: "a day", inOrder: true),
  ]
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
