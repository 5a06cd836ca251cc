import CoachCore
import Foundation
import XCTest

/// Whole schedules checked against py-fsrs 6.3.2 (default weights, fuzz off).
final class FSRSReferenceTests: XCTestCase {
  let scheduler = FSRSScheduler()
  let t0 = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01T00:00:00Z

  struct Expected {
    var state: FSRSState
    var step: Int?
    var stability: Double
    var difficulty: Double
    var dueAfter: Double  // seconds after t0
  }

  func assertCard(
    _ card: FSRSCard, _ expected: Expected, _ label: String, line: UInt = #line
  ) {
    XCTAssertEqual(card.state, expected.state, label, line: line)
    XCTAssertEqual(card.step, expected.step, label, line: line)
    XCTAssertEqual(card.stability ?? -1, expected.stability, accuracy: 1e-9, label, line: line)
    XCTAssertEqual(card.difficulty ?? -1, expected.difficulty, accuracy: 1e-9, label, line: line)
    XCTAssertEqual(
      card.due.timeIntervalSince(t0), expected.dueAfter, accuracy: 1e-6, label, line: line)
  }

  func reviewCard(stability: Double, difficulty: Double, lastReviewAgo: Double) -> FSRSCard {
    FSRSCard(
      state: .review, step: nil, stability: stability, difficulty: difficulty, due: t0,
      lastReview: t0.addingTimeInterval(-lastReviewAgo))
  }

  func testFirstReviewOfANewCard() {
    let expected: [Expected] = [
      Expected(state: .learning, step: 0, stability: 0.212, difficulty: 6.4133, dueAfter: 60),
      Expected(
        state: .learning, step: 0, stability: 1.2931, difficulty: 5.112170705601056, dueAfter: 330),
      Expected(
        state: .learning, step: 1, stability: 2.3065, difficulty: 2.118103970459016, dueAfter: 600),
      Expected(state: .review, step: nil, stability: 8.2956, difficulty: 1.0, dueAfter: 691_200),
    ]
    for (grade, expected) in zip(FSRSGrade.allCases, expected) {
      let card = scheduler.review(FSRSCard(due: t0), grade: grade, at: t0)
      assertCard(card, expected, "new \(grade)")
      XCTAssertEqual(card.lastReview, t0)
    }
  }

  func testAReviewCardTenDaysLater() {
    let expected: [Expected] = [
      Expected(
        state: .relearning, step: 0, stability: 1.3919869729546932, difficulty: 8.341762369296838,
        dueAfter: 600),
      Expected(
        state: .review, step: nil, stability: 23.246875110466814, difficulty: 6.665995369296838,
        dueAfter: 1_987_200),
      Expected(
        state: .review, step: nil, stability: 32.02672948198672, difficulty: 4.9902283692968386,
        dueAfter: 2_764_800),
      Expected(
        state: .review, step: nil, stability: 51.253861646812936, difficulty: 3.3144613692968385,
        dueAfter: 4_406_400),
    ]
    let card = reviewCard(stability: 10, difficulty: 5, lastReviewAgo: 10 * 86_400)
    for (grade, expected) in zip(FSRSGrade.allCases, expected) {
      assertCard(scheduler.review(card, grade: grade, at: t0), expected, "review \(grade)")
    }
  }

  func testAReviewCardTheSameDay() {
    let expected: [Expected] = [
      Expected(
        state: .relearning, step: 0, stability: 3.051248935571638, difficulty: 8.341762369296838,
        dueAfter: 600),
      // A same-day Hard keeps stability (py-fsrs 6.3.2; 6.3.1 lowered it to 5.249).
      Expected(
        state: .review, step: nil, stability: 10.0, difficulty: 6.665995369296838,
        dueAfter: 864_000),
      Expected(
        state: .review, step: nil, stability: 10.0, difficulty: 4.9902283692968386,
        dueAfter: 864_000),
      Expected(
        state: .review, step: nil, stability: 15.534307947166699, difficulty: 3.3144613692968385,
        dueAfter: 1_382_400),
    ]
    let card = reviewCard(stability: 10, difficulty: 5, lastReviewAgo: 2 * 3_600)
    for (grade, expected) in zip(FSRSGrade.allCases, expected) {
      assertCard(scheduler.review(card, grade: grade, at: t0), expected, "same day \(grade)")
    }
  }

  func testARelearningCard() {
    let expected: [Expected] = [
      Expected(
        state: .relearning, step: 0, stability: 0.9908417942528913, difficulty: 8.999148769296838,
        dueAfter: 600),
      Expected(
        state: .relearning, step: 0, stability: 3.0, difficulty: 7.993688569296838, dueAfter: 900),
      Expected(
        state: .review, step: nil, stability: 3.0, difficulty: 6.988228369296839, dueAfter: 259_200),
      Expected(
        state: .review, step: nil, stability: 5.044505343174816, difficulty: 5.982768169296839,
        dueAfter: 432_000),
    ]
    let card = FSRSCard(
      state: .relearning, step: 0, stability: 3, difficulty: 7, due: t0,
      lastReview: t0.addingTimeInterval(-300))
    for (grade, expected) in zip(FSRSGrade.allCases, expected) {
      assertCard(scheduler.review(card, grade: grade, at: t0), expected, "relearning \(grade)")
    }
  }

  func testALifeOfReviewsOnTheirDueDates() {
    let grades: [FSRSGrade] = [.good, .good, .good, .again, .good, .hard, .easy]
    let expected: [Expected] = [
      Expected(
        state: .learning, step: 1, stability: 2.3065, difficulty: 2.118103970459016, dueAfter: 600),
      Expected(
        state: .review, step: nil, stability: 2.3065, difficulty: 2.111214235785395,
        dueAfter: 173_400),
      Expected(
        state: .review, step: nil, stability: 10.971048263078135, difficulty: 2.1043313908464483,
        dueAfter: 1_123_800),
      Expected(
        state: .relearning, step: 0, stability: 1.53901253028147, difficulty: 7.389975788014609,
        dueAfter: 1_124_400),
      Expected(
        state: .review, step: nil, stability: 1.5718415897918614, difficulty: 7.377814181523433,
        dueAfter: 1_297_200),
      Expected(
        state: .review, step: nil, stability: 3.594305968238946, difficulty: 8.244499229132952,
        dueAfter: 1_642_800),
      Expected(
        state: .review, step: nil, stability: 12.302839949923468, difficulty: 7.643121047141945,
        dueAfter: 2_679_600),
    ]
    var card = FSRSCard(due: t0)
    var now = t0
    for (index, grade) in grades.enumerated() {
      now = max(now, card.due)
      card = scheduler.review(card, grade: grade, at: now)
      assertCard(card, expected[index], "review \(index + 1) \(grade)")
    }
  }

  /// One review of a generated history and the card py-fsrs returned for it.
  struct Row {
    var history: Int
    var at: Double  // seconds after t0
    var grade: Int
    var expected: Expected

    init(
      _ history: Int, _ at: Double, _ grade: Int, _ state: FSRSState, _ step: Int?,
      _ stability: Double, _ difficulty: Double, _ due: Double
    ) {
      self.history = history
      self.at = at
      self.grade = grade
      expected = Expected(
        state: state, step: step, stability: stability, difficulty: difficulty, dueAfter: due)
    }
  }

  /// Generated histories (FSRSReferenceHistories.swift): reviews on, before and long after the
  /// due date, and runs of same-day reviews with Hard grades.
  func testGeneratedHistories() throws {
    var card = FSRSCard(due: t0)
    var history = -1
    for (index, row) in Self.histories.enumerated() {
      if row.history != history {
        history = row.history
        card = FSRSCard(due: t0)
      }
      let grade = try XCTUnwrap(FSRSGrade(rawValue: row.grade))
      card = scheduler.review(card, grade: grade, at: t0.addingTimeInterval(row.at))
      assertCard(card, row.expected, "history \(history), row \(index), \(grade)")
    }
  }

  /// The histories hold the case py-fsrs 6.3.2 changed: a same-day Hard whose short-term factor
  /// is below 1, so the reference tells the capped rule from the old one.
  func testGeneratedHistoriesHoldSameDayHardReviews() {
    var sameDayHard = 0
    for (previous, row) in zip(Self.histories, Self.histories.dropFirst())
    where row.history == previous.history && row.grade == FSRSGrade.hard.rawValue
      && row.at - previous.at < 86_400
    {
      let s = previous.expected.stability
      let w = scheduler.weights
      if exp(w[17] * (-1 + w[18])) * pow(s, -w[19]) < 1 { sameDayHard += 1 }
    }
    XCTAssertGreaterThanOrEqual(sameDayHard, 5)
  }
}
