/// A figure with the document it came from.
public struct SourcedText: Sendable, Equatable, Codable {
  public var text: String
  public var source: String
  public init(text: String, source: String) {
    self.text = text
    self.source = source
  }
}

/// What a level asks of one skill, or of some of a group of skills (one of them, or at least k).
public struct Requirement: Sendable, Equatable, Codable {
  /// One id for a single skill; several for a group.
  public var skills: [String]
  /// Shown for a group ("A server-side language"); nil for a single skill.
  public var label: String?
  public var minimum: Rating
  public var weight: Double
  /// How many of the group's skills must reach the minimum: 1 for a single skill or "one of".
  public var atLeast: Int = 1
  /// Whether the level is out of reach while this is unmet, whatever the fit; nil when the pack
  /// does not say, and then a requirement of weight `centralWeight` or more is.
  public var mustHave: Bool? = nil
  /// The weight of a requirement the pack gives none: all count the same.
  public static let defaultWeight = 1.0
  /// A requirement this heavy is a must-have unless the pack says otherwise (the shipped
  /// pack marks what defines a level with weight 3).
  public static let centralWeight = 3.0
  public init(skills: [String], label: String? = nil, minimum: Rating, weight: Double) {
    self.skills = skills
    self.label = label
    self.minimum = minimum
    self.weight = weight
  }
  public var isChoice: Bool { skills.count > 1 }
  /// True when the level is not reached while this requirement is unmet.
  public var isCentral: Bool { mustHave ?? (weight >= Self.centralWeight) }
  /// A stable key for the requirement: the skill id, or the group's ids joined.
  public var key: String { skills.joined(separator: "|") }
}

public struct Level: Sendable, Equatable, Codable {
  public var id: String
  public var name: String
  /// What the level is, in a sentence or two; nil when the pack gives none.
  public var overview: String?
  /// The source id the level's description comes from; nil when the pack names none.
  public var source: String?
  public var responsibilities: [String]
  public var hardSkills: [String]
  public var softSkills: [String]
  public var education: [String]
  public var certifications: [String]
  public var preferredQualifications: [String]
  /// Typical years of experience, e.g. "5+", each with its source.
  public var typicalYears: [SourcedText]
  public var requirements: [Requirement]
  /// Words a job ad's title uses for the level ("senior", "graduate"); lower-case ones match in
  /// any case, others as written.
  public var aliases: [String] = []
  /// What the level expects in each area, in words, the way most team frameworks write it.
  public var criteria: [Criterion] = []
  /// Levels of other tracks the pack ranks the same as this one (a Tech Lead 4 beside a
  /// Developer 4), as written; `Pack.equivalents(of:)` reads them both ways.
  public var equivalentTo: [String] = []
  /// How big a behavioural story's scope should be at this level; nil when the pack does not
  /// say, and then the level's place on its track decides (`Pack.storyScope(of:)`).
  public var storyScope: StoryScopeSize? = nil
  /// True when the level asks for ratings; a level described in words only is shown but
  /// nobody is placed on it.
  public var isPlaceable: Bool { !requirements.isEmpty }
  public init(
    id: String, name: String, overview: String?, source: String?, responsibilities: [String] = [],
    hardSkills: [String] = [], softSkills: [String] = [], education: [String] = [],
    certifications: [String] = [], preferredQualifications: [String] = [],
    typicalYears: [SourcedText] = [], requirements: [Requirement]
  ) {
    self.id = id
    self.name = name
    self.overview = overview
    self.source = source
    self.responsibilities = responsibilities
    self.hardSkills = hardSkills
    self.softSkills = softSkills
    self.education = education
    self.certifications = certifications
    self.preferredQualifications = preferredQualifications
    self.typicalYears = typicalYears
    self.requirements = requirements
  }
}

/// An ordered path of levels, lowest first. Tracks may share their lower levels.
public struct Track: Sendable, Equatable, Codable {
  public var id: String
  public var name: String
  public var source: String
  public var levels: [String]
  public init(id: String, name: String, source: String, levels: [String]) {
    self.id = id
    self.name = name
    self.source = source
    self.levels = levels
  }
}

/// What one level expects in one area of skills: the behaviours the framework lists.
public struct Criterion: Sendable, Equatable, Codable {
  /// A category id.
  public var area: String
  public var expectations: [String]
  public init(area: String, expectations: [String]) {
    self.area = area
    self.expectations = expectations
  }
}

/// The scope a behavioural answer should show at a level: the person's own work, a group of
/// people, or several teams.
public enum StoryScopeSize: String, Sendable, Equatable, Codable, CaseIterable {
  case own, people, teams
}
