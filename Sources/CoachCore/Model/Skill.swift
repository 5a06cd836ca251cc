/// A rating: the index of a step on the pack's scale, 0 for the lowest. The shipped scale is
/// 0 None, 1 Aware, 2 Working, 3 Proficient, 4 Expert.
public typealias Rating = Int

/// The steps a pack rates skills on: how many, what each is called and means, and the number
/// the pack writes for the lowest (0 or 1), so a 1-5 ladder reads as 1-5 on every screen.
public struct RatingScale: Sendable, Equatable, Codable {
  public struct Step: Sendable, Equatable, Codable {
    public var name: String
    /// What a person at this step does; nil when the pack gives only the name.
    public var meaning: String?
    public init(name: String, meaning: String? = nil) {
      self.name = name
      self.meaning = meaning
    }
  }

  /// The number the pack writes for the lowest step.
  public var first: Int
  public var steps: [Step]

  public init(first: Int = 0, steps: [Step]) {
    self.first = first
    self.steps = steps
  }

  /// The scale of a pack that defines none: 0 None to 4 Expert.
  public static let standard = RatingScale(
    steps: ["None", "Aware", "Working", "Proficient", "Expert"].map { Step(name: $0) })
  /// The most steps a scale may have, so every step is one digit key.
  public static let maximumSteps = 9
  /// Every rating any pack's scale can hold; the store accepts these.
  public static let storable: ClosedRange<Rating> = 0...(maximumSteps - 1)

  public var range: ClosedRange<Rating> { 0...max(steps.count - 1, 0) }
  /// The step from which a skill counts among the user's strengths: three quarters of the way
  /// up (Proficient on the standard scale).
  public var strong: Rating { Int((Double(top) * 0.75).rounded()) }
  /// The step up to which a rating is low: a quarter of the way up (Aware on the standard
  /// scale).
  public var low: Rating { Int((Double(top) * 0.25).rounded()) }
  public var top: Rating { steps.count - 1 }
  /// The pack's number for a rating: "3", or "4" on a scale that starts at 1.
  public func number(_ rating: Rating) -> Int { rating + first }
  /// The rating the pack writes as `number`; nil when it is not a step of the scale.
  public func rating(number: Int) -> Rating? {
    range.contains(number - first) ? number - first : nil
  }
  public func name(_ rating: Rating) -> String {
    range.contains(rating) ? steps[rating].name : "?"
  }
  /// "Working (2)"; "2" for a step named only by its number.
  public func text(_ rating: Rating) -> String { Self.text(name(rating), number(rating)) }

  /// "Adopts (1)", or "1" when the name is the number.
  public static func text(_ name: String, _ number: Int) -> String {
    name == String(number) ? name : "\(name) (\(number))"
  }
  /// "0-4", "1-5".
  public var numbers: String { "\(number(0))-\(number(top))" }
}

public struct SkillCategory: Sendable, Equatable, Codable {
  public var id: String
  public var name: String
  /// What the area covers; nil when the pack gives none.
  public var description: String?
  /// One behavioural description per step of the scale, index = rating; empty when the pack
  /// gives none.
  public var anchors: [String]
  /// The area's own names for the scale's steps ("Adopts" ... "Creates"); nil for the scale's.
  public var stepNames: [String]? = nil
  /// The kind of technology the user picks from this area (languages, databases, cloud); nil
  /// for an area every user is asked in full.
  public var pick: StackKind?
  /// Skills of a picked-from area that come with every pick, so they are asked whatever is
  /// picked and never offered as a choice (SQL, with any relational database).
  public var alwaysPicked: [String]
  public init(
    id: String, name: String, description: String?, anchors: [String], pick: StackKind? = nil,
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
  /// One line saying what the skill is; nil when the pack gives none.
  public var description: String?
  /// Hours of study that move the skill up one step; nil when the pack gives none, and then
  /// the app makes no study plan.
  public var hoursPerStep: Double?
  /// One behavioural description per step of the scale, index = rating; empty when the skill
  /// has none of its own and its area's stand for it.
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
  /// The skill's own names for the scale's steps ("Adopts" ... "Creates"); nil for its area's.
  public var stepNames: [String]? = nil
  public init(
    id: String, name: String, category: String, description: String?, hoursPerStep: Double?,
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
