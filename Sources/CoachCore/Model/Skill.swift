/// A rating on the 0-4 scale: 0 None, 1 Aware, 2 Working, 3 Proficient, 4 Expert.
public typealias Rating = Int

public enum RatingScale {
  public static let range: ClosedRange<Rating> = 0...4
  public static let names = ["None", "Aware", "Working", "Proficient", "Expert"]
  public static func name(_ rating: Rating) -> String {
    range.contains(rating) ? names[rating] : "?"
  }
}

public struct SkillCategory: Sendable, Equatable, Codable {
  public var id: String
  public var name: String
  public var description: String
  /// Five behavioural descriptions, index = rating.
  public var anchors: [String]
  /// The kind of technology the user picks from this area (languages, databases, cloud); nil
  /// for an area every user is asked in full.
  public var pick: StackKind?
  /// Skills of a picked-from area that come with every pick, so they are asked whatever is
  /// picked and never offered as a choice (SQL, with any relational database).
  public var alwaysPicked: [String]
  public init(
    id: String, name: String, description: String, anchors: [String], pick: StackKind? = nil,
    alwaysPicked: [String] = []
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.anchors = anchors
    self.pick = pick
    self.alwaysPicked = alwaysPicked
  }
}

public struct Skill: Sendable, Equatable, Codable {
  public var id: String
  public var name: String
  public var category: String
  public var description: String
  /// Hours of study that move the skill up one step; nil when the pack gives none, and then
  /// the app makes no study plan.
  public var hoursPerStep: Double?
  /// Five behavioural descriptions, index = rating.
  public var anchors: [String]
  /// A concrete small project or exercise that moves the skill up a step; nil when the pack
  /// gives none.
  public var exercise: String?
  /// How to show the skill to others: what to put in a pull request, a design doc, a CV line.
  public var evidence: String?
  /// Where to learn it; never fetched, only named.
  public var resources: [Resource]
  /// Other names a job ad uses for the skill ("k8s", "Postgres"); lower-case ones match in any
  /// case, others as written ("Go", not "go").
  public var aliases: [String] = []
  public init(
    id: String, name: String, category: String, description: String, hoursPerStep: Double?,
    anchors: [String], exercise: String? = nil, evidence: String? = nil,
    resources: [Resource] = []
  ) {
    self.id = id
    self.name = name
    self.category = category
    self.description = description
    self.hoursPerStep = hoursPerStep
    self.anchors = anchors
    self.exercise = exercise
    self.evidence = evidence
    self.resources = resources
  }
}
