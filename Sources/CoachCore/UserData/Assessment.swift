import Foundation

/// A quick assessment rates each category once; a full one rates every skill.
public enum AssessmentMode: String, Codable, Sendable, CaseIterable {
  case quick, full
}

/// The answer to one question of an assessment: a rating, or a skip, with an optional note.
public struct SkillAnswer: Codable, Sendable, Equatable {
  /// 0...4; nil when the question was skipped.
  public var rating: Int?
  /// Free-text evidence, when the user wrote some.
  public var note: String?
  public var skipped: Bool

  public init(rating: Int?, note: String? = nil, skipped: Bool = false) {
    self.rating = skipped ? nil : rating
    self.note = note
    self.skipped = skipped
  }

  /// A skipped question, with an optional note.
  public static func skip(note: String? = nil) -> SkillAnswer {
    SkillAnswer(rating: nil, note: note, skipped: true)
  }

  /// The rating that counts: nil when skipped or not rated.
  public var effectiveRating: Int? { skipped ? nil : rating }

  enum CodingKeys: String, CodingKey { case rating, note, skipped }

  /// `skipped` may be left out (false); a skipped answer keeps no rating.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let skipped = try container.decodeIfPresent(Bool.self, forKey: .skipped) ?? false
    self.init(
      rating: try container.decodeWholeIfPresent(forKey: .rating),
      note: try container.decodeIfPresent(String.self, forKey: .note), skipped: skipped)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(rating, forKey: .rating)
    try container.encode(note, forKey: .note)
    try container.encode(skipped, forKey: .skipped)
  }
}

/// One self-assessment, finished or in progress.
public struct Assessment: Codable, Sendable, Equatable {
  public var id: Int64
  public var mode: AssessmentMode
  public var startedAt: Date
  public var finishedAt: Date?
  public var years: Double?
  public var market: String?
  /// Skill ids of the user's primary server-side languages, most used first.
  public var languages: [String]
  /// Skill ids of the databases the user works with, most used first.
  public var databases: [String]
  /// Skill ids of the cloud platforms the user works with, most used first.
  public var cloud: [String]
  /// Skill id to answer (full mode).
  public var answers: [String: SkillAnswer]
  /// Category id to answer (quick mode; in a deepened full assessment, the quick answers it
  /// started from).
  public var categoryAnswers: [String: SkillAnswer]
  /// Index of the next question, for resuming.
  public var position: Int

  public var isFinished: Bool { finishedAt != nil }

  public init(
    id: Int64 = 0, mode: AssessmentMode, startedAt: Date, finishedAt: Date? = nil,
    years: Double? = nil, market: String? = nil, languages: [String] = [],
    databases: [String] = [], cloud: [String] = [],
    answers: [String: SkillAnswer] = [:], categoryAnswers: [String: SkillAnswer] = [:],
    position: Int = 0
  ) {
    self.id = id
    self.mode = mode
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.years = years
    self.market = market
    self.languages = languages
    self.databases = databases
    self.cloud = cloud
    self.answers = answers
    self.categoryAnswers = categoryAnswers
    self.position = position
  }

  /// Questions answered with a rating (skips not counted), in the assessment's own mode.
  public var answeredCount: Int {
    let relevant = mode == .quick ? categoryAnswers : answers
    return relevant.values.filter { $0.effectiveRating != nil }.count
  }

  /// The languages, databases and cloud the user picked.
  public var pick: StackPick {
    get { StackPick(languages: languages, databases: databases, cloud: cloud) }
    set {
      languages = newValue.languages
      databases = newValue.databases
      cloud = newValue.cloud
    }
  }

  /// The pick the assessment is judged on: the user's pick, and in full mode every language,
  /// database or cloud they rated above 0 (see `StackPick.adding(rated:in:)`).
  public func judgedPick(in pack: Pack) -> StackPick {
    guard mode == .full else { return pick }
    return pick.adding(rated: answers.compactMapValues(\.effectiveRating), in: pack)
  }

  /// The profile placement uses.
  ///
  /// A quick rating of an area stands only for the skills the user can honestly be said to
  /// have at that rating (`StackPick.skills(ratedBy:in:)`): every skill of an ordinary area, and
  /// in the languages, databases and cloud areas only the user's picks (and SQL); the others stay
  /// unrated. In full mode a language, database or cloud rated above 0 counts as picked
  /// (`judgedPick`), and the skill answers override: a rated skill takes its rating, a
  /// skipped one becomes unrated. So a quick profile rates a subset of what the same answers
  /// given in full would rate, with the same values, and never places higher.
  public func profile(pack: Pack) -> Profile {
    var ratings: [String: Rating] = [:]
    let pick = judgedPick(in: pack)
    for category in pack.categories {
      guard let rating = categoryAnswers[category.id]?.effectiveRating else { continue }
      for skill in pick.skills(ratedBy: category, in: pack) { ratings[skill] = rating }
    }
    if mode == .full {
      for (skill, answer) in answers {
        ratings[skill] = answer.effectiveRating
      }
    }
    let rated = categoryAnswers.values.filter { $0.effectiveRating != nil }.count
    var profile = Profile(
      ratings: ratings, years: years, market: market, primaryLanguages: languages,
      pick: pick, excluded: pick.excluded(in: pack),
      quickAreasRated: mode == .quick ? rated : nil)
    profile.top = pack.scale.top
    return profile
  }

  /// The id of the languages category.
  public static let languagesCategory = "languages"
}

/// One line of the history: enough to list an assessment without loading its answers.
public struct AssessmentSummary: Sendable, Equatable {
  public var id: Int64
  public var mode: AssessmentMode
  public var startedAt: Date
  public var finishedAt: Date?
  /// Questions answered with a rating in the assessment's own mode.
  public var answered: Int

  public init(id: Int64, mode: AssessmentMode, startedAt: Date, finishedAt: Date?, answered: Int) {
    self.id = id
    self.mode = mode
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.answered = answered
  }

  public var isFinished: Bool { finishedAt != nil }
}
