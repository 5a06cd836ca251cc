import CoachCore
import Foundation
import TestSupport
import XCTest

/// A sitting of flashcards: cards answered Again come back after their step, or when nothing
/// else is left, and the summary counts what was graded.
final class DrillSessionTests: XCTestCase {
  let now = FixedTime.now

  func testACardAnsweredAgainWaitsBehindTheQueueUntilItsStepIsOver() {
    var session = DrillSession()
    session.record(
      question: "a", grade: .again, due: now.addingTimeInterval(60), secondsSpent: 10)
    XCTAssertEqual(session.next(in: ["b", "c"], now: now), "b")
    XCTAssertEqual(session.next(in: ["b", "c"], now: now.addingTimeInterval(59)), "b")
    XCTAssertEqual(session.next(in: ["b", "c"], now: now.addingTimeInterval(60)), "a")
    XCTAssertEqual(session.left(in: ["b", "c"]), 3)
  }

  func testTheWaitingCardComesBackEarlyWhenNothingElseIsLeft() {
    var session = DrillSession()
    session.record(
      question: "a", grade: .again, due: now.addingTimeInterval(600), secondsSpent: 1)
    session.record(
      question: "b", grade: .again, due: now.addingTimeInterval(60), secondsSpent: 1)
    XCTAssertEqual(session.next(in: [], now: now), "b", "the one due first")
    // The store lists a waiting card once its step is over; it is not shown twice.
    XCTAssertEqual(session.next(in: ["a"], now: now), "b")
    XCTAssertEqual(session.left(in: ["a"]), 2)
  }

  func testTheSittingEndsOnceEveryWaitingCardIsGradedOtherThanAgain() {
    var session = DrillSession()
    session.record(
      question: "a", grade: .again, due: now.addingTimeInterval(60), secondsSpent: 1)
    XCTAssertEqual(session.next(in: [], now: now), "a")
    session.record(
      question: "a", grade: .again, due: now.addingTimeInterval(120), secondsSpent: 1)
    XCTAssertEqual(session.waiting.map(\.question), ["a"], "answered Again again: once")
    session.record(
      question: "a", grade: .good, due: now.addingTimeInterval(600), secondsSpent: 1)
    XCTAssertNil(session.next(in: [], now: now))
    XCTAssertEqual(session.left(in: []), 0)
  }

  func testSummaryCountsEachGradeTheTimeAndTheRetention() {
    var session = DrillSession()
    XCTAssertNil(session.retention)
    let grades: [FSRSGrade] = [.again, .hard, .good, .good, .easy, .again, .good, .good]
    for (index, grade) in grades.enumerated() {
      session.record(question: "q\(index)", grade: grade, due: now, secondsSpent: 12.5)
    }
    XCTAssertEqual(session.reviewed, 8)
    XCTAssertEqual(FSRSGrade.allCases.map(session.count), [2, 1, 4, 1])
    XCTAssertEqual(session.secondsSpent, 100)
    XCTAssertEqual(session.retention, 0.75)
  }

  func testDueCountTakesTheFocusCardsDueBeforeTheDate() {
    let pack = TestPack.pack
    func card(_ id: String, dueIn seconds: Double) -> DrillCard {
      DrillCard(
        question: id, card: FSRSCard(due: now.addingTimeInterval(seconds)), reps: 1, lapses: 0,
        introducedAt: now)
    }
    let cards = [
      "q-sql": card("q-sql", dueIn: 3_600), "q-cache": card("q-cache", dueIn: 86_400 * 3),
      "q-cache-mid": card("q-cache-mid", dueIn: 600),
    ]
    let tomorrow = now.addingTimeInterval(86_400 * 2)
    XCTAssertEqual(
      DrillQueue.dueCount(pack: pack, cards: cards, filter: .all, before: tomorrow), 2)
    XCTAssertEqual(
      DrillQueue.dueCount(pack: pack, cards: cards, filter: .skill("sql"), before: tomorrow), 1)
  }
}
