import CoachCore
import CoachStore
import Foundation
import XCTest

final class DrillStoreTests: StoreTestCase {
  let t0 = StoreFixture.date(0)
  let day = 86_400.0
  var utc: Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }

  func testANewQuestionGradedGoodStoresCardAndReview() throws {
    let card = try store.recordReview(question: "q-sql", grade: .good, at: t0, secondsSpent: 12.5)
    XCTAssertEqual(card.card.state, .learning)
    XCTAssertEqual(card.card.stability ?? 0, 2.3065, accuracy: 1e-12)
    XCTAssertEqual(card.card.difficulty ?? 0, FSRSScheduler().initialDifficulty(.good))
    XCTAssertEqual(card.card.due, t0.addingTimeInterval(600))
    XCTAssertEqual(card.reps, 1)
    XCTAssertEqual(try store.cardStates(), ["q-sql": card])
    XCTAssertEqual(
      try store.reviews(since: .distantPast),
      [DrillReview(question: "q-sql", at: t0, grade: .good, secondsSpent: 12.5, due: card.card.due)]
    )
  }

  /// Each review moves the due date as FSRS says: the stored card equals the scheduler's.
  func testGradingMovesDueDatesAsTheFormulasSay() throws {
    let scheduler = FSRSScheduler()
    var expected = FSRSCard(due: t0)
    var now = t0
    var lapses = 0
    for grade: FSRSGrade in [.good, .good, .good, .again, .good, .hard, .easy] {
      let wasReview = expected.state == .review
      expected = scheduler.review(expected, grade: grade, at: now)
      if grade == .again && wasReview { lapses += 1 }
      let stored = try store.recordReview(question: "q-go", grade: grade, at: now, secondsSpent: 1)
      XCTAssertEqual(stored.card.due, expected.due, "\(grade)")
      XCTAssertEqual(stored.card.stability ?? 0, expected.stability ?? -1, accuracy: 1e-9)
      XCTAssertEqual(stored.lapses, lapses)
      XCTAssertEqual(try store.cardStates()["q-go"], stored)
      now = stored.card.due
    }
    // The second Good graduates the card: due after round(S) = 2 days.
    let reviews = try store.reviews()
    XCTAssertEqual(reviews.count, 7)
    XCTAssertEqual(reviews[1].due.timeIntervalSince(reviews[1].at), 2 * day)
    XCTAssertEqual(try store.cardStates()["q-go"]?.reps, 7)
  }

  func testDueCardsMostOverdueFirstAndIntroducedCount() throws {
    try store.recordReview(question: "q-sql", grade: .again, at: t0, secondsSpent: 0)
    try store.recordReview(question: "q-talk", grade: .again, at: t0 - 300, secondsSpent: 0)
    try store.recordReview(question: "q-go", grade: .easy, at: t0, secondsSpent: 0)
    let due = try store.dueCards(now: t0 + 3_600).map(\.question)
    XCTAssertEqual(due, ["q-talk", "q-sql"])
    XCTAssertEqual(try store.introducedCount(since: t0 - 1), 2)
    XCTAssertEqual(try store.introducedCount(since: t0 - 3_600), 3)
  }

  func testReviewsPerDayAndStatistics() throws {
    let now = utc.startOfDay(for: t0).addingTimeInterval(12 * 3_600)
    try store.recordReview(question: "q-sql", grade: .good, at: now - 60, secondsSpent: 3)
    try store.recordReview(question: "q-sql", grade: .again, at: now - 30, secondsSpent: 3)
    try store.recordReview(question: "q-go", grade: .hard, at: now - 2 * day, secondsSpent: 3)
    try store.recordReview(question: "q-talk", grade: .easy, at: now - 40 * day, secondsSpent: 3)
    let days = try store.reviewsPerDay(days: 30, now: now, calendar: utc)
    XCTAssertEqual(days.count, 30)
    XCTAssertEqual(days.last?.day, utc.startOfDay(for: now))
    XCTAssertEqual(days.map(\.reviews).reduce(0, +), 3)
    XCTAssertEqual(days[29].reviews, 2)
    XCTAssertEqual(days[27].reviews, 1)

    let stats = try store.drillStats(pack: StoreFixture.pack, now: now, calendar: utc)
    XCTAssertEqual(stats.total, ReviewTally(reviews: 4, remembered: 3))
    XCTAssertEqual(stats.recentReviews, 3)
    XCTAssertEqual(stats.cards, 3)
    XCTAssertEqual(
      stats.retention,
      [
        CategoryRetention(category: "languages", tally: ReviewTally(reviews: 1, remembered: 1)),
        CategoryRetention(category: "data", tally: ReviewTally(reviews: 2, remembered: 1)),
        CategoryRetention(category: "soft", tally: ReviewTally(reviews: 1, remembered: 1)),
      ])
    // q-sql relearns in 10 minutes; q-go (Hard, from new) in minutes too, long overdue now;
    // q-talk (Easy, 40 days ago) was due 32 days ago.
    XCTAssertEqual(stats.dueToday, 3)
    XCTAssertEqual(stats.dueThisWeek, 3)
  }

  func testDrillSettingsDefaultSaveAndRefuse() throws {
    XCTAssertEqual(try store.drillSettings(), DrillSettings(newPerDay: 10))
    try store.save(Settings(hoursPerWeek: 4, targetLevel: "mid", objectives: []))
    try store.save(DrillSettings(newPerDay: 3))
    XCTAssertEqual(try store.drillSettings().newPerDay, 3)
    XCTAssertEqual(try store.settings().hoursPerWeek, 4)
    XCTAssertThrowsError(try store.save(DrillSettings(newPerDay: -1)))
    XCTAssertThrowsError(
      try store.recordReview(question: "q-sql", grade: .good, at: t0, secondsSpent: -1))
    XCTAssertEqual(try store.drillSettings().newPerDay, 3)
    XCTAssertTrue(try store.reviews().isEmpty)
  }

  func testExportAndImportCarryCardsReviewsAndSettingsLosslessly() throws {
    try store.save(DrillSettings(newPerDay: 7))
    try store.recordReview(question: "q-sql", grade: .good, at: t0 + 0.123, secondsSpent: 4.75)
    try store.recordReview(question: "q-sql", grade: .good, at: t0 + 900, secondsSpent: 1e-3)
    try store.recordReview(question: "q-go", grade: .again, at: t0 + 5, secondsSpent: 61)
    let data = try store.exportJSON(now: t0)
    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    let copy = try CoachStore(folder: other)
    XCTAssertEqual(try copy.importJSON(data, pack: StoreFixture.pack).reviews, 3)
    XCTAssertEqual(try copy.cardStates(), try store.cardStates())
    XCTAssertEqual(try copy.reviews(), try store.reviews())
    XCTAssertEqual(try copy.drillSettings(), DrillSettings(newPerDay: 7))
    XCTAssertEqual(try copy.exportJSON(now: t0), data)
  }

  func testImportRefusesBadDrillDataAndStoresNothing() throws {
    try store.recordReview(question: "q-sql", grade: .good, at: t0, secondsSpent: 2)
    let good = String(decoding: try store.exportJSON(now: t0), as: UTF8.self)
    let cases: [(String, String, String)] = [
      ("\"question\" : \"q-sql\"", "\"question\" : \"q-nope\"", "unknown question"),
      ("\"grade\" : 3", "\"grade\" : 5", "grade 5, outside 1-4"),
      ("\"secondsSpent\" : 2", "\"secondsSpent\" : -2", "negative secondsSpent"),
      ("\"state\" : \"learning\"", "\"state\" : \"asleep\"", "state"),
    ]
    for (from, to, expected) in cases {
      let other = StoreFixture.folder()
      defer { try? FileManager.default.removeItem(at: other) }
      let copy = try CoachStore(folder: other)
      XCTAssertTrue(good.contains(from), from)
      let bad = Data(good.replacingOccurrences(of: from, with: to).utf8)
      XCTAssertThrowsError(try copy.importJSON(bad, pack: StoreFixture.pack)) { error in
        XCTAssertTrue("\(error)".contains(expected), "\(error)")
        XCTAssertTrue("\(error)".contains("nothing was imported"), "\(error)")
      }
      XCTAssertTrue(try copy.reviews().isEmpty)
      XCTAssertTrue(try copy.cardStates().isEmpty)
    }
  }
}
