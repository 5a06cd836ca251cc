import CoachCore
import Foundation
import TestSupport
import XCTest

/// The scheduler with an interview ahead: the focus's cards all come back in the final week,
/// whatever FSRS said before; nothing else changes.
final class InterviewPrepTests: XCTestCase {
  let calendar = FixedTime.utc
  let start = FixedTime.now

  func interview(inDays days: Int, pack: Pack, level: String = "senior") -> InterviewPrep {
    let day = calendar.date(byAdding: .day, value: days, to: start)!
    return InterviewPrep(
      date: Format.day(day, in: calendar), level: level, pack: pack, leftOut: [],
      calendar: calendar)!
  }

  /// Sixty questions over the test pack's skills and levels.
  func bigPack(seed: UInt64) -> Pack {
    var rng = SeededGenerator(seed: seed)
    var pack = TestPack.pack
    pack.questions = (0..<60).map { index in
      Question(
        id: "g\(index)", text: "?", kind: .technical,
        level: TestPack.levels.randomElement(using: &rng)!.id,
        skills: [TestPack.skills.randomElement(using: &rng)!.id], keyPoints: ["p"], hint: "h")
    }
    return pack
  }

  func testASeniorInterviewTakesSeniorAndMidQuestionsOnSeniorSkills() {
    let prep = interview(inDays: 10, pack: TestPack.pack)
    XCTAssertEqual(prep.levels, ["senior", "mid"])
    XCTAssertTrue(prep.skills.isSuperset(of: ["caching", "sql", "system-design"]))
    XCTAssertFalse(prep.skills.contains("leadership"))
    let covered = TestPack.questions.filter(prep.covers).map(\.id)
    XCTAssertEqual(covered, ["q-cache", "q-cache-mid"], "the junior SQL question is left out")
  }

  func testADateThatIsNoDayMakesNoInterview() {
    for bad in ["2026-02-30", "tomorrow", "2026-1-5", ""] {
      XCTAssertNil(
        InterviewPrep(
          date: bad, level: "senior", pack: TestPack.pack, leftOut: [], calendar: calendar), bad)
    }
    XCTAssertNil(
      InterviewPrep(
        date: "2026-12-20", level: "wizard", pack: TestPack.pack, leftOut: [],
        calendar: calendar))
  }

  func testDaysLeftCountCalendarDays() {
    let prep = interview(inDays: 3, pack: TestPack.pack)
    XCTAssertEqual(prep.daysLeft(now: start), 3)
    let lateOnTheEve = calendar.date(byAdding: .hour, value: 2 * 24 + 12, to: start)!
    XCTAssertEqual(prep.daysLeft(now: lateOnTheEve), 1)
    XCTAssertFalse(prep.isOver(now: calendar.date(byAdding: .day, value: 3, to: start)!))
    XCTAssertTrue(prep.isOver(now: calendar.date(byAdding: .day, value: 4, to: start)!))
  }

  func testNewQuestionsADayShowEveryOneInTheFirstHalfOfTheDaysLeft() {
    let prep = interview(inDays: 20, pack: TestPack.pack)
    XCTAssertEqual(prep.newPerDay(unseen: 40, now: start), 4)
    XCTAssertEqual(prep.newPerDay(unseen: 41, now: start), 5)
    XCTAssertEqual(prep.newPerDay(unseen: 0, now: start), 0)
    XCTAssertEqual(prep.newPerDay(unseen: 3, now: start), 1)
    let eve = interview(inDays: 1, pack: TestPack.pack)
    XCTAssertEqual(eve.newPerDay(unseen: 500, now: start), InterviewPrep.maximumNewPerDay)
  }

  /// A card FSRS put far beyond the interview comes back in its final week; a card reviewed
  /// in that week, and a card outside the focus, keep their dates.
  func testACardDueAfterTheInterviewComesBackInItsFinalWeek() throws {
    let prep = interview(inDays: 30, pack: TestPack.pack)
    let question = try XCTUnwrap(TestPack.questions.first { $0.id == "q-cache" })
    let far = card("q-cache", reviewed: start, due: day(90))
    let due = prep.due(of: far, question: question)
    XCTAssertGreaterThanOrEqual(due, day(23))
    XCTAssertLessThan(due, day(30))
    let soon = card("q-cache", reviewed: start, due: day(5))
    XCTAssertEqual(prep.due(of: soon, question: question), day(5))
    let inFinalWeek = card("q-cache", reviewed: day(25), due: day(60))
    XCTAssertEqual(prep.due(of: inFinalWeek, question: question), day(60))
    let junior = try XCTUnwrap(TestPack.questions.first { $0.id == "q-sql" })
    let outside = card("q-sql", reviewed: start, due: day(90))
    XCTAssertEqual(prep.due(of: outside, question: junior), day(90))
  }

  /// Thirty days of drilling "my interview", skipping a day in five, grading at random: every
  /// card of the focus is due at least once in the final week, and the cards outside it are
  /// due exactly when FSRS says, in the queue of all questions too.
  func testEveryFocusCardIsDueInTheFinalWeekAndOthersKeepTheirSchedule() throws {
    for seed in UInt64(1)...8 {
      var rng = SeededGenerator(seed: seed)
      let pack = bigPack(seed: seed)
      let prep = interview(inDays: 30, pack: pack)
      var cards: [String: DrillCard] = [:]
      // Half the questions were drilled long ago and sit far in the future.
      for question in pack.questions where Bool.random(using: &rng) {
        cards[question.id] = card(
          question.id, reviewed: day(-40), due: day(Int.random(in: 1...200, using: &rng)))
      }
      var dueInFinalWeek = Set<String>()
      for offset in 0..<30 {
        let morning = calendar.date(byAdding: .hour, value: 8, to: day(offset))!
        let queue = DrillQueue.make(
          pack: pack, cards: cards, filter: .interview, newPerDay: 10, introducedToday: 0,
          now: morning, interview: prep)
        if offset >= 23 { dueInFinalWeek.formUnion(queue.due) }
        if Int.random(in: 0..<5, using: &rng) == 0 { continue }
        for id in queue.due + queue.new {
          let grade = [FSRSGrade.hard, .good, .good, .easy].randomElement(using: &rng)!
          cards[id] = DrillCard.reviewed(cards[id], question: id, grade: grade, at: morning)
        }
      }
      let focus = Set(pack.questions.filter(prep.covers).map(\.id))
      XCTAssertFalse(focus.isEmpty)
      XCTAssertEqual(focus.subtracting(dueInFinalWeek), [], "seed \(seed)")

      let later = day(12)
      let plain = DrillQueue.make(
        pack: pack, cards: cards, filter: .all, newPerDay: 10, introducedToday: 0, now: later)
      let withInterview = DrillQueue.make(
        pack: pack, cards: cards, filter: .all, newPerDay: 10, introducedToday: 0, now: later,
        interview: prep)
      XCTAssertEqual(
        plain.due.filter { !focus.contains($0) }, withInterview.due.filter { !focus.contains($0) })
      for question in pack.questions where !focus.contains(question.id) {
        guard let stored = cards[question.id] else { continue }
        XCTAssertEqual(prep.due(of: stored, question: question), stored.card.due)
      }
    }
  }

  func testTheInterviewFocusIsOfferedFirstAndStoredAsItsCode() {
    let choices = DrillFilter.choices(pack: TestPack.pack, hasGaps: true, hasInterview: true)
    XCTAssertEqual(Array(choices.prefix(3)), [.interview, .all, .gaps])
    XCTAssertEqual(DrillFilter(code: "interview", in: TestPack.pack), .interview)
    XCTAssertFalse(
      DrillFilter.choices(pack: TestPack.pack, hasGaps: true).contains(.interview))
  }

  private func day(_ offset: Int) -> Date {
    calendar.date(byAdding: .day, value: offset, to: calendar.startOfDay(for: start))!
  }

  private func card(_ id: String, reviewed: Date, due: Date) -> DrillCard {
    DrillCard(
      question: id,
      card: FSRSCard(
        state: .review, step: nil, stability: 30, difficulty: 5, due: due, lastReview: reviewed),
      reps: 3, lapses: 0, introducedAt: reviewed)
  }
}

/// The plan against an interview's day: whole weeks before it, said in one sentence.
final class StudyPlanInterviewTests: XCTestCase {
  func plan(weeks: Int) -> StudyPlan {
    StudyPlan(
      hoursPerWeek: 5, gaps: [],
      weeks: (1...weeks).map { PlanWeek(number: $0, items: [PlanItem(skill: "sql", hours: 5)]) })
  }

  func testOnlyWholeWeeksBeforeTheDayCount() {
    XCTAssertEqual(plan(weeks: 9).weeksBefore(daysLeft: 21), 3)
    XCTAssertEqual(plan(weeks: 9).weeksBefore(daysLeft: 20), 2)
    XCTAssertEqual(plan(weeks: 2).weeksBefore(daysLeft: 60), 2)
    XCTAssertEqual(
      plan(weeks: 9).interviewNote(daysLeft: 21, day: "2026-12-09"),
      "Interview on 2026-12-09: weeks 1-3 of 9 fit before it; the rest comes after.")
    XCTAssertEqual(
      plan(weeks: 9).interviewNote(daysLeft: 4, day: "2026-12-09"),
      "Interview on 2026-12-09: too soon for the plan; drill the interview's questions until then."
    )
    XCTAssertEqual(
      plan(weeks: 2).interviewNote(daysLeft: 30, day: "2026-12-09"),
      "Interview on 2026-12-09: the whole plan fits before it.")
  }
}
