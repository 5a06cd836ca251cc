import CoachCore
import Foundation
import GRDB

/// Reading and writing assessments as rows of the `assessment` and `answer` tables.
enum AssessmentRows {
  enum Kind: String {
    case skill, category
  }

  static let columns =
    "id, mode, startedAt, finishedAt, experienceYears, market, languages, databases, cloud, "
    + "position"
  static let answerColumns = "assessmentId, kind, item, rating, note, skipped"

  /// Loads the assessments a query on the `assessment` table selects, with their answers, in
  /// the query's order.
  static func fetch(_ db: Database, where clause: String = "", arguments: StatementArguments = [])
    throws -> [Assessment]
  {
    let rows = try Row.fetchAll(
      db, sql: "SELECT \(columns) FROM assessment \(clause)", arguments: arguments)
    var assessments = try rows.map(assessment(from:))
    guard !assessments.isEmpty else { return [] }
    var index: [Int64: Int] = [:]
    for (offset, assessment) in assessments.enumerated() { index[assessment.id] = offset }
    let answerSQL: String
    var answerArguments: StatementArguments = []
    // A few assessments: read just their answers; many: one pass over the table is quicker.
    if assessments.count <= 100 {
      let marks = assessments.map { _ in "?" }.joined(separator: ", ")
      answerSQL = "SELECT \(answerColumns) FROM answer WHERE assessmentId IN (\(marks))"
      answerArguments = StatementArguments(assessments.map(\.id))
    } else {
      answerSQL = "SELECT \(answerColumns) FROM answer"
    }
    // A cursor, not fetchAll: a thousand assessments hold tens of thousands of answers, and
    // only the values parsed from each row need to stay in memory.
    let cursor = try Row.fetchCursor(db, sql: answerSQL, arguments: answerArguments)
    while let row = try cursor.next() {
      // By position, in the order of `answerColumns`: looking columns up by name costs more
      // than the rest of the loop.
      guard let offset = index[row[0] as Int64] else { continue }
      let answer = SkillAnswer(rating: row[3], note: row[4], skipped: row[5] as Bool)
      let item: String = row[2]
      if (row[1] as String) == Kind.category.rawValue {
        assessments[offset].categoryAnswers[item] = answer
      } else {
        assessments[offset].answers[item] = answer
      }
    }
    return assessments
  }

  static func assessment(from row: Row) throws -> Assessment {
    let modeText: String = row["mode"]
    guard let mode = AssessmentMode(rawValue: modeText) else {
      throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "unknown mode \(modeText)")
    }
    let languages: [String] = JSONColumn.decode(row["languages"])
    return Assessment(
      id: row["id"], mode: mode, startedAt: TimeStamp.date(row["startedAt"]),
      finishedAt: (row["finishedAt"] as Int64?).map(TimeStamp.date), years: row["experienceYears"],
      market: row["market"], languages: languages, databases: JSONColumn.decode(row["databases"]),
      cloud: JSONColumn.decode(row["cloud"]), position: row["position"])
  }

  /// Inserts an assessment with its answers; its id when `keepID` (and free), else a new one.
  /// Returns the stored assessment. `uid` is its stable id from an export, else one is made.
  static func insert(_ assessment: Assessment, keepID: Bool, uid: String? = nil, _ db: Database)
    throws -> Assessment
  {
    var stored = assessment
    stored.startedAt = TimeStamp.normalized(assessment.startedAt)
    stored.finishedAt = assessment.finishedAt.map(TimeStamp.normalized)
    let id = try ImportedID.free(keepID ? assessment.id : nil, in: "assessment", db)
    try db.execute(
      sql: """
        INSERT INTO assessment (id, mode, startedAt, finishedAt, experienceYears, market, languages,
          databases, cloud, position, uid)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        id, assessment.mode.rawValue, TimeStamp.millis(assessment.startedAt),
        assessment.finishedAt.map(TimeStamp.millis), assessment.years, assessment.market,
        JSONColumn.encode(assessment.languages), JSONColumn.encode(assessment.databases),
        JSONColumn.encode(assessment.cloud), assessment.position, uid,
      ])
    stored.id = db.lastInsertedRowID
    for (skill, answer) in assessment.answers {
      try upsert(answer, kind: .skill, item: skill, assessment: stored.id, db)
    }
    for (category, answer) in assessment.categoryAnswers {
      try upsert(answer, kind: .category, item: category, assessment: stored.id, db)
    }
    return stored
  }

  static func upsert(
    _ answer: SkillAnswer, kind: Kind, item: String, assessment: Int64, _ db: Database
  ) throws {
    try db.execute(
      sql: """
        INSERT INTO answer (assessmentId, kind, item, rating, note, skipped)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (assessmentId, kind, item)
        DO UPDATE SET rating = excluded.rating, note = excluded.note, skipped = excluded.skipped
        """,
      arguments: [
        assessment, kind.rawValue, item, answer.effectiveRating, answer.note, answer.skipped,
      ])
  }
}
