import CoachCore
import Foundation
import GRDB

extension CoachStore {
  /// Starts an assessment with no answers yet, for the languages, databases and cloud the
  /// user picked.
  public func startAssessment(
    mode: AssessmentMode, years: Double?, market: String?, languages: [String],
    databases: [String] = [], cloud: [String] = [], now: Date
  ) throws(StoreError) -> Assessment {
    try add(
      Assessment(
        mode: mode, startedAt: now, years: years, market: market, languages: languages,
        databases: databases, cloud: cloud))
  }

  /// Stores a whole assessment (answers included) in one transaction, under a new id; returns
  /// it as stored. `assess --answers` uses it, so a bad run stores nothing.
  public func add(_ assessment: Assessment) throws(StoreError) -> Assessment {
    try Self.validate(assessment)
    return try write { db in try AssessmentRows.insert(assessment, keepID: false, db) }
  }

  /// The latest assessment not yet finished, to resume.
  public func unfinishedAssessment() throws(StoreError) -> Assessment? {
    try read { db in
      try AssessmentRows.fetch(
        db, where: "WHERE finishedAt IS NULL ORDER BY startedAt DESC, id DESC LIMIT 1"
      ).first
    }
  }

  public func assessment(id: Int64) throws(StoreError) -> Assessment? {
    try read { db in
      try AssessmentRows.fetch(db, where: "WHERE id = ?", arguments: [id]).first
    }
  }

  /// The assessment finished last.
  public func latestFinished() throws(StoreError) -> Assessment? {
    try read { db in
      try AssessmentRows.fetch(
        db, where: "WHERE finishedAt IS NOT NULL ORDER BY finishedAt DESC, id DESC LIMIT 1"
      ).first
    }
  }

  /// The assessments with these ids (answers included), in the order of the ids; ids that
  /// do not exist are left out.
  public func assessments(ids: [Int64]) throws(StoreError) -> [Assessment] {
    guard !ids.isEmpty else { return [] }
    let found = try read { db in
      try AssessmentRows.fetch(
        db, where: "WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))",
        arguments: StatementArguments(ids))
    }
    let byID = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    return ids.compactMap { byID[$0] }
  }

  /// Every assessment with its answers, newest first (by start).
  public func assessments() throws(StoreError) -> [Assessment] {
    try read { db in
      try AssessmentRows.fetch(db, where: "ORDER BY startedAt DESC, id DESC")
    }
  }

  /// Saves one skill's answer and the position of the next question, durably, at once.
  public func saveAnswer(assessment: Int64, skill: String, answer: SkillAnswer, position: Int)
    throws(StoreError)
  {
    try save(answer, kind: .skill, item: skill, assessment: assessment, position: position)
  }

  /// Saves one category's answer (quick mode) and the position of the next question.
  public func saveCategoryAnswer(
    assessment: Int64, category: String, answer: SkillAnswer, position: Int
  ) throws(StoreError) {
    try save(answer, kind: .category, item: category, assessment: assessment, position: position)
  }

  public func savePosition(assessment: Int64, position: Int) throws(StoreError) {
    try Self.validate(position: position)
    try update(assessment, sql: "UPDATE assessment SET position = ? WHERE id = ?", [position])
  }

  public func finish(assessment: Int64, at date: Date) throws(StoreError) {
    try update(
      assessment, sql: "UPDATE assessment SET finishedAt = ? WHERE id = ?",
      [TimeStamp.millis(date)])
  }

  /// A new full assessment started from a quick one: the quick one's years, market, pick
  /// (languages, databases, cloud) and category answers, which `Assessment.profile(pack:)` spreads over the skills until
  /// each is rated on its own. The quick assessment is kept.
  public func deepen(_ quick: Int64, now: Date) throws(StoreError) -> Assessment {
    try write { db in
      guard
        let source = try AssessmentRows.fetch(db, where: "WHERE id = ?", arguments: [quick])
          .first
      else { throw StoreError.noSuchAssessment(quick) }
      var full = Assessment(
        mode: .full, startedAt: now, years: source.years, market: source.market,
        languages: source.languages, databases: source.databases, cloud: source.cloud,
        categoryAnswers: source.categoryAnswers)
      if source.mode == .full { full.answers = source.answers }
      return try AssessmentRows.insert(full, keepID: false, db)
    }
  }

  /// Deletes an assessment and its answers; deleting one that does not exist does nothing.
  public func delete(assessment: Int64) throws(StoreError) {
    try write { db in
      try db.execute(sql: "DELETE FROM assessment WHERE id = ?", arguments: [assessment])
    }
  }

  /// Every assessment, newest first, without its answers: one query, fast for thousands.
  public func summaries() throws(StoreError) -> [AssessmentSummary] {
    try read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT a.id, a.mode, a.startedAt, a.finishedAt,
            (SELECT COUNT(*) FROM answer n
              WHERE n.assessmentId = a.id AND n.rating IS NOT NULL AND n.skipped = 0
                AND n.kind = CASE a.mode WHEN 'quick' THEN 'category' ELSE 'skill' END
            ) AS answered
          FROM assessment a
          ORDER BY a.startedAt DESC, a.id DESC
          """)
      return rows.map { row in
        AssessmentSummary(
          id: row["id"], mode: AssessmentMode(rawValue: row["mode"]) ?? .full,
          startedAt: TimeStamp.date(row["startedAt"]),
          finishedAt: (row["finishedAt"] as Int64?).map(TimeStamp.date),
          answered: row["answered"])
      }
    }
  }

  private func save(
    _ answer: SkillAnswer, kind: AssessmentRows.Kind, item: String, assessment: Int64,
    position: Int
  ) throws(StoreError) {
    try Self.validate(answer, item: item)
    try Self.validate(position: position)
    try write { db in
      try db.execute(
        sql: "UPDATE assessment SET position = ? WHERE id = ?", arguments: [position, assessment])
      guard db.changesCount > 0 else { throw StoreError.noSuchAssessment(assessment) }
      try AssessmentRows.upsert(answer, kind: kind, item: item, assessment: assessment, db)
    }
  }

  private func update(_ assessment: Int64, sql: String, _ values: StatementArguments)
    throws(StoreError)
  {
    try write { db in
      try db.execute(sql: sql, arguments: values + [assessment])
      guard db.changesCount > 0 else { throw StoreError.noSuchAssessment(assessment) }
    }
  }

  static func validate(_ answer: SkillAnswer, item: String) throws(StoreError) {
    if let rating = answer.effectiveRating, !RatingScale.storable.contains(rating) {
      let range = RatingScale.storable
      throw .invalidValue(
        "the rating \(rating) of \(item) is outside \(range.lowerBound)-\(range.upperBound)")
    }
    if let note = answer.note {
      try TextLimits.check(note, limit: TextLimits.note, name: "the note on \(item)")
    }
  }

  static func validate(position: Int) throws(StoreError) {
    guard position >= 0 else { throw .invalidValue("the position \(position) is negative") }
  }

  static func validate(_ assessment: Assessment) throws(StoreError) {
    try validate(position: assessment.position)
    for (skill, answer) in assessment.answers { try validate(answer, item: skill) }
    for (category, answer) in assessment.categoryAnswers { try validate(answer, item: category) }
  }
}
