import CoachCore
import Foundation
import GRDB

extension CoachStore {
  /// Reviews a question's card with FSRS and stores the new card and the review, in one
  /// transaction; returns the new card.
  @discardableResult
  public func recordReview(
    question: String, grade: FSRSGrade, at date: Date, secondsSpent: Double,
    scheduler: FSRSScheduler = FSRSScheduler()
  ) throws(StoreError) -> DrillCard {
    guard secondsSpent.isFinite, secondsSpent >= 0 else {
      throw .invalidValue("the time spent on \(question) is not a number of 0 seconds or more")
    }
    let at = TimeStamp.normalized(date)
    return try write { db in
      let previous = try DrillRows.fetchCards(db, where: "WHERE questionId = ?", [question]).first
      var next = DrillCard.reviewed(
        previous, question: question, grade: grade, at: at, scheduler: scheduler)
      next.card.due = TimeStamp.normalized(next.card.due)
      try DrillRows.upsert(next, db)
      try DrillRows.insert(
        DrillReview(
          question: question, at: at, grade: grade, secondsSpent: secondsSpent,
          due: next.card.due), db)
      return next
    }
  }

  /// Every reviewed question's card, by question id.
  public func cardStates() throws(StoreError) -> [String: DrillCard] {
    try read { db in
      Dictionary(
        try DrillRows.fetchCards(db).map { ($0.question, $0) }, uniquingKeysWith: { a, _ in a })
    }
  }

  /// The cards due at `now`, most overdue first.
  public func dueCards(now: Date) throws(StoreError) -> [DrillCard] {
    try read { db in
      try DrillRows.fetchCards(
        db, where: "WHERE due <= ? ORDER BY due, questionId", [TimeStamp.millis(now)])
    }
  }

  /// Questions first reviewed at `start` or later.
  public func introducedCount(since start: Date) throws(StoreError) -> Int {
    try read { db in
      try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM card WHERE introducedAt >= ?",
        arguments: [TimeStamp.millis(start)]) ?? 0
    }
  }

  /// Reviews at `start` or later, oldest first.
  public func reviews(since start: Date = .distantPast) throws(StoreError) -> [DrillReview] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM review WHERE at >= ? ORDER BY at, id",
        arguments: [TimeStamp.millis(start)]
      ).map(DrillRows.review(from:))
    }
  }

  /// Reviews per local day over the last `days` days, today last. Counted per hour in SQL,
  /// then summed into local days, so a day that changes clock time still counts right.
  public func reviewsPerDay(days: Int, now: Date, calendar: Calendar)
    throws(StoreError) -> [DayCount]
  {
    try read { db in try Self.reviewsPerDay(db, days: days, now: now, calendar: calendar) }
  }

  static func reviewsPerDay(_ db: Database, days: Int, now: Date, calendar: Calendar) throws
    -> [DayCount]
  {
    let starts = DrillCalendar.dayStarts(count: days, now: now, calendar: calendar)
    guard let first = starts.first else { return [] }
    let from = TimeStamp.millis(first)
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT (at - ?1) / 3600000 AS hour, COUNT(*) AS reviews FROM review
        WHERE at >= ?1 GROUP BY hour
        """,
      arguments: [from])
    let counts = rows.map { row in
      (
        at: TimeStamp.date(from + (row["hour"] as Int64) * 3_600_000),
        reviews: row["reviews"] as Int
      )
    }
    return DrillCalendar.days(starts, counts: counts)
  }

  static func reviewTallies(_ db: Database) throws -> [String: ReviewTally] {
    // The (questionId, grade) index covers this query: no table rows are read.
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT questionId, COUNT(*) AS reviews, SUM(grade >= 2) AS remembered
        FROM review GROUP BY questionId
        """)
    var result: [String: ReviewTally] = [:]
    for row in rows {
      result[row["questionId"]] = ReviewTally(
        reviews: row["reviews"], remembered: row["remembered"])
    }
    return result
  }

  /// The statistics at `now`, from one consistent read.
  public func drillStats(pack: Pack, now: Date, calendar: Calendar)
    throws(StoreError) -> DrillStats
  {
    try read { db in
      let days = try Self.reviewsPerDay(db, days: 30, now: now, calendar: calendar)
      let tallies = try Self.reviewTallies(db)
      let dues = try Int64.fetchAll(db, sql: "SELECT due FROM card").map(TimeStamp.date)
      return DrillStats.make(
        pack: pack, days: days, tallies: tallies, dueDates: dues, now: now, calendar: calendar)
    }
  }

  /// The drill settings; the defaults until the user changes them.
  public func drillSettings() throws(StoreError) -> DrillSettings {
    try read { db in try Self.fetchDrillSettings(db) }
  }

  public func save(_ settings: DrillSettings) throws(StoreError) {
    guard DrillSettings.newPerDayRange.contains(settings.newPerDay) else {
      throw .invalidValue(
        "\(settings.newPerDay) new questions a day is outside \(DrillSettings.newPerDayRange.lowerBound)-\(DrillSettings.newPerDayRange.upperBound)"
      )
    }
    try write { db in try Self.store(settings, db) }
  }

  static func fetchDrillSettings(_ db: Database) throws -> DrillSettings {
    let value = try Int.fetchOne(db, sql: "SELECT dailyNewCards FROM settings WHERE id = 1")
    return DrillSettings(newPerDay: value ?? DrillQueue.defaultNewPerDay)
  }

  static func store(_ settings: DrillSettings, _ db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO settings (id, hoursPerWeek, dailyNewCards) VALUES (1, ?, ?)
        ON CONFLICT (id) DO UPDATE SET dailyNewCards = excluded.dailyNewCards
        """,
      arguments: [Settings.defaults.hoursPerWeek, settings.newPerDay])
  }
}
