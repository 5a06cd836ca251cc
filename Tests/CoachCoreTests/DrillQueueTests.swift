import CoachCore
import Foundation
import TestSupport
import XCTest

final class DrillQueueTests: XCTestCase {
  let now = FixedTime.now
  let pack = TestPack.pack

  func card(_ id: String, dueIn seconds: Double, introduced: Double = -86_400 * 10) -> DrillCard {
    DrillCard(
      question: id,
      card: FSRSCard(
        state: .review, step: nil, stability: 3, difficulty: 5,
        due: now.addingTimeInterval(seconds), lastReview: now.addingTimeInterval(-86_400)),
      reps: 2, lapses: 0, introducedAt: now.addingTimeInterval(introduced))
  }

  /// A pack with many questions over random skills and levels.
  func bigPack(_ rng: inout SeededGenerator) -> Pack {
    var big = pack
    let skillIDs = pack.skills.map(\.id)
    let levelIDs = pack.levels.map(\.id)
    big.questions = (0..<60).map { index in
      Question(
        id: "g\(index)", text: "?", kind: .technical,
        level: levelIDs.randomElement(using: &rng)!,
        skills: (0..<Int.random(in: 1...2, using: &rng)).map { _ in
          skillIDs.randomElement(using: &rng)!
        }, keyPoints: ["p"], hint: "h")
    }
    return big
  }

  func testDueCardsFirstMostOverdueFirstThenNewInPackOrder() {
    let cards = ["q-sql": card("q-sql", dueIn: -60), "q-cache": card("q-cache", dueIn: -3_600)]
    let queue = DrillQueue.make(
      pack: pack, cards: cards, filter: .all, newPerDay: 10, introducedToday: 0, now: now)
    XCTAssertEqual(queue.ids, ["q-cache", "q-sql", "q-cache-mid"])
    XCTAssertEqual(queue.unseen, 1)
    XCTAssertNil(queue.nextDue)
  }

  func testCardsNotDueWaitAndGiveTheNextDueDate() {
    let cards = [
      "q-sql": card("q-sql", dueIn: 600), "q-cache": card("q-cache", dueIn: 300),
      "q-cache-mid": card("q-cache-mid", dueIn: 0),
    ]
    let queue = DrillQueue.make(
      pack: pack, cards: cards, filter: .all, newPerDay: 10, introducedToday: 0, now: now)
    XCTAssertEqual(queue.ids, ["q-cache-mid"])
    XCTAssertEqual(queue.nextDue, now.addingTimeInterval(300))
  }

  func testTheDailyLimitCountsNewCardsIntroducedToday() {
    let none = DrillQueue.make(
      pack: pack, cards: [:], filter: .all, newPerDay: 2, introducedToday: 0, now: now)
    XCTAssertEqual(none.new, ["q-cache", "q-cache-mid"])
    let one = DrillQueue.make(
      pack: pack, cards: [:], filter: .all, newPerDay: 2, introducedToday: 1, now: now)
    XCTAssertEqual(one.new, ["q-cache"])
    let over = DrillQueue.make(
      pack: pack, cards: [:], filter: .all, newPerDay: 2, introducedToday: 5, now: now)
    XCTAssertEqual(over.new, [])
    XCTAssertEqual(over.unseen, 3)
  }

  func testFilters() {
    func ids(_ filter: DrillFilter, gaps: Set<String> = []) -> [String] {
      DrillQueue.make(
        pack: pack, cards: [:], filter: filter, gapSkills: gaps, newPerDay: 99, introducedToday: 0,
        now: now
      ).ids
    }
    XCTAssertEqual(ids(.skill("sql")), ["q-sql"])
    XCTAssertEqual(ids(.level("mid")), ["q-cache-mid"])
    XCTAssertEqual(ids(.category("tech")), ["q-cache", "q-cache-mid", "q-sql"])
    XCTAssertEqual(ids(.category("soft")), [])
    XCTAssertEqual(ids(.gaps, gaps: ["caching"]), ["q-cache", "q-cache-mid"])
    XCTAssertEqual(ids(.gaps), [])
  }

  func testGapSkillsComeFromTheReport() {
    let report = CareerReport.make(pack: pack, profile: TestPack.uniform(0))
    let skills = DrillQueue.gapSkills(of: report)
    XCTAssertFalse(skills.isEmpty)
    for gap in report.gaps { XCTAssertTrue(skills.contains(gap.skill)) }
    XCTAssertTrue(
      DrillQueue.gapSkills(of: CareerReport.make(pack: pack, profile: TestPack.uniform(4))).isEmpty)
  }

  func testChoicesOfferOnlyFiltersWithQuestions() {
    let choices = DrillFilter.choices(pack: pack, hasGaps: true)
    XCTAssertEqual(Array(choices.prefix(3)), [.all, .gaps, .category("tech")])
    XCTAssertFalse(choices.contains(.category("soft")))
    XCTAssertTrue(choices.contains(.level("junior")))
    XCTAssertTrue(choices.contains(.skill("caching")))
    XCTAssertFalse(DrillFilter.choices(pack: pack, hasGaps: false).contains(.gaps))
    XCTAssertEqual(DrillFilter.category("tech").label(in: pack), "Category: Technical")
  }

  /// Whatever the cards, filter and limit: every id once, all matching the filter; due ones
  /// are due and sorted by due date; new ones unseen and within the day's allowance.
  func testQueueProperties() {
    var rng = SeededGenerator(seed: 11)
    for _ in 0..<200 {
      let big = bigPack(&rng)
      var cards: [String: DrillCard] = [:]
      for question in big.questions where Bool.random(using: &rng) {
        cards[question.id] = card(
          question.id, dueIn: Double.random(in: -864_000...864_000, using: &rng))
      }
      let choices = DrillFilter.choices(pack: big, hasGaps: true)
      let filter = choices.randomElement(using: &rng)!
      let gaps: Set<String> = ["sql", "caching"]
      let limit = Int.random(in: 0...15, using: &rng)
      let introduced = Int.random(in: 0...15, using: &rng)
      let queue = DrillQueue.make(
        pack: big, cards: cards, filter: filter, gapSkills: gaps, newPerDay: limit,
        introducedToday: introduced, now: now)
      XCTAssertEqual(Set(queue.ids).count, queue.ids.count)
      let questions = Dictionary(uniqueKeysWithValues: big.questions.map { ($0.id, $0) })
      for id in queue.ids {
        XCTAssertTrue(filter.matches(questions[id]!, pack: big, gapSkills: gaps))
      }
      let dueDates = queue.due.map { cards[$0]!.card.due }
      XCTAssertEqual(dueDates, dueDates.sorted())
      XCTAssertTrue(dueDates.allSatisfy { $0 <= now })
      XCTAssertTrue(queue.new.allSatisfy { cards[$0] == nil })
      XCTAssertEqual(queue.new.count, min(queue.unseen, max(0, limit - introduced)))
      let dueCount = big.questions.filter {
        filter.matches($0, pack: big, gapSkills: gaps)
          && (cards[$0.id].map { $0.card.due <= now } ?? false)
      }.count
      XCTAssertEqual(queue.due.count, dueCount)
    }
  }

  /// A card leaves the queue when graded and comes back exactly when FSRS says: Good on a new
  /// card waits the 10-minute learning step, Good again graduates it for round(w2) = 2 days.
  func testGradingMovesTheCardOutOfTheQueueUntilItsDueDate() {
    func queue(_ cards: [String: DrillCard], at date: Date) -> [String] {
      DrillQueue.make(
        pack: pack, cards: cards, filter: .skill("sql"), newPerDay: 10, introducedToday: 1,
        now: date
      ).ids
    }
    var card = DrillCard.reviewed(nil, question: "q-sql", grade: .good, at: now)
    XCTAssertEqual(card.card.due, now.addingTimeInterval(600))
    XCTAssertEqual(queue(["q-sql": card], at: now.addingTimeInterval(599)), [])
    XCTAssertEqual(queue(["q-sql": card], at: now.addingTimeInterval(600)), ["q-sql"])
    let second = now.addingTimeInterval(600)
    card = DrillCard.reviewed(card, question: "q-sql", grade: .good, at: second)
    let interval = Double(FSRSScheduler().nextInterval(stability: card.card.stability ?? 0))
    XCTAssertEqual(interval, 2)
    XCTAssertEqual(card.card.due, second.addingTimeInterval(interval * 86_400))
    XCTAssertEqual(queue(["q-sql": card], at: card.card.due.addingTimeInterval(-1)), [])
    XCTAssertEqual(queue(["q-sql": card], at: card.card.due), ["q-sql"])
  }

  func testReviewedCardCountsRepsAndLapses() {
    var card = DrillCard.reviewed(nil, question: "q", grade: .easy, at: now)
    XCTAssertEqual(card.card.state, .review)
    XCTAssertEqual(card.introducedAt, now)
    card = DrillCard.reviewed(card, question: "q", grade: .again, at: card.card.due)
    XCTAssertEqual(card.reps, 2)
    XCTAssertEqual(card.lapses, 1)
    card = DrillCard.reviewed(card, question: "q", grade: .again, at: card.card.due)
    XCTAssertEqual(card.lapses, 1, "again while relearning is not another lapse")
    XCTAssertEqual(card.introducedAt, now)
  }
}

final class DrillStatsTests: XCTestCase {
  let pack = TestPack.pack
  var utc: Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }

  func testRetentionPerCategoryAndDueCounts() {
    let now = FixedTime.now
    let start = utc.startOfDay(for: now)
    let stats = DrillStats.make(
      pack: pack, days: [],
      tallies: [
        "q-sql": ReviewTally(reviews: 4, remembered: 3),
        "q-cache": ReviewTally(reviews: 4, remembered: 1),
        "gone": ReviewTally(reviews: 2, remembered: 2),
      ],
      dueDates: [
        start - 1, start + 86_399, start + 86_400, start + 7 * 86_400 - 1, start + 7 * 86_400,
      ],
      now: now, calendar: utc)
    XCTAssertEqual(
      stats.retention,
      [CategoryRetention(category: "tech", tally: ReviewTally(reviews: 8, remembered: 4))])
    XCTAssertEqual(stats.retention.first?.tally.retention, 0.5)
    XCTAssertEqual(stats.total, ReviewTally(reviews: 10, remembered: 6))
    XCTAssertEqual(stats.dueToday, 2)
    XCTAssertEqual(stats.dueThisWeek, 4)
    XCTAssertEqual(stats.cards, 5)
  }

  func testDaysBucketCountsIntoLocalDays() {
    var copenhagen = Calendar(identifier: .gregorian)
    copenhagen.timeZone = TimeZone(identifier: "Europe/Copenhagen")!
    // 2026-10-26 12:00 UTC; the clocks went back on 2026-10-25.
    let now = Date(timeIntervalSince1970: 1_793_016_000)
    let starts = DrillCalendar.dayStarts(count: 30, now: now, calendar: copenhagen)
    XCTAssertEqual(starts.count, 30)
    XCTAssertEqual(starts.last, copenhagen.startOfDay(for: now))
    let counts = [
      (at: starts[29].addingTimeInterval(3_600), reviews: 2),
      (at: starts[29].addingTimeInterval(-3_600), reviews: 3),
      (at: starts[0], reviews: 1),
      (at: starts[0].addingTimeInterval(-1), reviews: 9),
    ]
    let days = DrillCalendar.days(starts, counts: counts)
    XCTAssertEqual(days.map(\.reviews)[29], 2)
    XCTAssertEqual(days.map(\.reviews)[28], 3)
    XCTAssertEqual(days.map(\.reviews)[0], 1)
    XCTAssertEqual(days.map(\.reviews).reduce(0, +), 6)
    XCTAssertEqual(starts[29].timeIntervalSince(starts[28]), 90_000, "25 hours on 2026-10-25")
    XCTAssertEqual(starts[28].timeIntervalSince(starts[27]), 86_400)
  }
}

final class DrillFormatTests: XCTestCase {
  func testWaitReadsInTheLargestUnitThatFits() {
    let utc = Calendar.gregorian(in: TimeZone(identifier: "UTC")!)
    let now = FixedTime.now
    func wait(_ seconds: Double) -> String {
      Format.wait(until: now.addingTimeInterval(seconds), from: now, in: utc)
    }
    XCTAssertEqual(wait(20), "in 1 minute")
    XCTAssertEqual(wait(600), "in 10 minutes")
    XCTAssertEqual(wait(5 * 3_600), "in 5 hours")
    XCTAssertEqual(wait(3 * 86_400), "in 3 days, on 2026-11-21")
    XCTAssertEqual(wait(-60), "now")
  }

  func testDuration() {
    XCTAssertEqual(Format.duration(45.4), "45 s")
    XCTAssertEqual(Format.duration(185), "3 min 5 s")
    XCTAssertEqual(Format.duration(3_720), "1 h 2 min")
  }
}
