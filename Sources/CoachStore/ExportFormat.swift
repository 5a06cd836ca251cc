import CoachCore
import Foundation
import GRDB

/// The JSON file `export` writes and `import` reads:
/// `{"format": "career-coach-export", "version": 1, "exportedAt": ..., "settings": {...},
/// "assessments": [...], "mockInterviews": [...], "starAnswers": [...], "drillSettings": {...},
/// "cards": [...], "reviews": [...], "jobs": [...], "evidence": [...], "receivedReviews": [...]}`. Dates are ISO 8601 in
/// UTC with milliseconds. The keys after "assessments" may be missing (files from before mock
/// interviews, drills, saved jobs and evidence).
struct ExportFile: Codable {
  static let formatName = "career-coach-export"
  static let currentVersion = 1

  var format: String
  var version: Int
  var exportedAt: String?
  var settings: Settings?
  var assessments: [ExportedAssessment]
  /// Absent in files written before mock interviews existed.
  var mockInterviews: [ExportedMockInterview]?
  var starAnswers: [ExportedStarAnswer]?
  var drillSettings: DrillSettings?
  var cards: [ExportedCard]?
  var reviews: [ExportedReview]?
  /// Absent in files written before saved jobs.
  var jobs: [ExportedJob]?
  /// Absent in files written before the evidence log.
  var evidence: [ExportedEvidence]?
  /// Absent in files written before reviews could be received.
  var receivedReviews: [ExportedReceivedReview]?
  /// "team" in a file written for a team's shared folder (`export --for-team`): only the
  /// person's name and latest finished assessment, which `import` refuses as a restore.
  var share: String? = nil
}

/// Just the header, read first so a file from elsewhere or from a newer version gets a clear
/// message before anything else is checked.
struct ExportHeader: Decodable {
  var format: String?
  /// A number, so that a fractional version is reported as a wrong version, not as bad JSON.
  var version: Double?
}

struct ExportedAssessment: Codable, StableRecord {
  var id: Int64
  /// Absent in files written before stable ids.
  var uid: String?
  var mode: AssessmentMode
  var startedAt: String
  var finishedAt: String?
  /// Years of experience; older exports hold whole numbers, which read the same.
  var years: Double?
  var market: String?
  var languages: [String]
  /// Absent in files written before the databases and cloud were picked: empty.
  var databases: [String]
  var cloud: [String]
  var position: Int
  var answers: [String: SkillAnswer]
  var categoryAnswers: [String: SkillAnswer]

  init(_ assessment: Assessment, uid: String?) {
    id = assessment.id
    self.uid = uid
    mode = assessment.mode
    startedAt = TimeStamp.iso(assessment.startedAt)
    finishedAt = assessment.finishedAt.map(TimeStamp.iso)
    years = assessment.years
    market = assessment.market
    languages = assessment.languages
    databases = assessment.databases
    cloud = assessment.cloud
    position = assessment.position
    answers = assessment.answers
    categoryAnswers = assessment.categoryAnswers
  }

  enum CodingKeys: String, CodingKey {
    case id, uid, mode, startedAt, finishedAt, years, market, languages, position, answers
    case categoryAnswers, databases, cloud
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = Int64(try container.decodeWhole(forKey: .id))
    uid = try container.decodeIfPresent(String.self, forKey: .uid)
    mode = try container.decode(AssessmentMode.self, forKey: .mode)
    startedAt = try container.decode(String.self, forKey: .startedAt)
    finishedAt = try container.decodeIfPresent(String.self, forKey: .finishedAt)
    years = try container.decodeIfPresent(Double.self, forKey: .years)
    market = try container.decodeIfPresent(String.self, forKey: .market)
    languages = try container.decodeIfPresent([String].self, forKey: .languages) ?? []
    databases = try container.decodeIfPresent([String].self, forKey: .databases) ?? []
    cloud = try container.decodeIfPresent([String].self, forKey: .cloud) ?? []
    position = try container.decodeWholeIfPresent(forKey: .position) ?? 0
    answers = try container.decodeIfPresent([String: SkillAnswer].self, forKey: .answers) ?? [:]
    categoryAnswers =
      try container.decodeIfPresent([String: SkillAnswer].self, forKey: .categoryAnswers) ?? [:]
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encodeIfPresent(uid, forKey: .uid)
    try container.encode(mode, forKey: .mode)
    try container.encode(startedAt, forKey: .startedAt)
    try container.encode(finishedAt, forKey: .finishedAt)
    try container.encode(years, forKey: .years)
    try container.encode(market, forKey: .market)
    try container.encode(languages, forKey: .languages)
    try container.encode(databases, forKey: .databases)
    try container.encode(cloud, forKey: .cloud)
    try container.encode(position, forKey: .position)
    try container.encode(answers, forKey: .answers)
    try container.encode(categoryAnswers, forKey: .categoryAnswers)
  }
}

extension CoachStore {
  /// All user data as JSON: settings and every assessment with its answers, oldest first.
  /// Keys are sorted, so the same data always gives the same bytes (but for `exportedAt`).
  public func exportJSON(now: Date = Date()) throws(StoreError) -> Data {
    let file = try read { db in try Self.exportFile(db, now: now) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return try encoder.encode(file)
    } catch {
      throw .failed(path: databaseURL.path, reason: "cannot encode the export: \(error)")
    }
  }
}

extension CoachStore {
  /// Everything the store holds, as the export file holds it.
  static func exportFile(_ db: Database, now: Date) throws -> ExportFile {
    let ids = try Dictionary(
      uniqueKeysWithValues: StableIDs.tables.map { ($0, try StableIDs.all(in: $0, db)) })
    return ExportFile(
      format: ExportFile.formatName, version: ExportFile.currentVersion,
      exportedAt: TimeStamp.iso(now), settings: try Self.fetchSettings(db),
      assessments: try AssessmentRows.fetch(db, where: "ORDER BY startedAt, id").map {
        ExportedAssessment($0, uid: ids["assessment"]?[$0.id])
      },
      mockInterviews: try MockRows.fetchInterviews(db, where: "ORDER BY startedAt, id").map {
        ExportedMockInterview($0, uid: ids["mockInterview"]?[$0.id])
      },
      starAnswers: try MockRows.fetchStar(db, where: "ORDER BY savedAt, id").map {
        ExportedStarAnswer($0, uid: ids["starAnswer"]?[$0.id])
      },
      drillSettings: try Self.fetchDrillSettings(db),
      cards: try DrillRows.fetchCards(db, where: "ORDER BY questionId").map(ExportedCard.init),
      reviews: try Row.fetchAll(db, sql: "SELECT * FROM review ORDER BY at, id").map {
        ExportedReview(id: $0["id"], uid: $0["uid"], try DrillRows.review(from: $0))
      },
      jobs: try ExportedJob.fetchAll(db), evidence: try ExportedEvidence.fetchAll(db),
      receivedReviews: try ExportedReceivedReview.fetchAll(db))
  }
}
