import CoachCore
import Foundation
import TestSupport
import XCTest

/// The test vectors of FSRS.md and the scheduler's options.
final class FSRSTests: XCTestCase {
  let scheduler = FSRSScheduler()
  let t0 = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01T00:00:00Z
  let w = FSRSScheduler.defaultWeights

  func reviewCard(stability: Double, difficulty: Double, lastReviewAgo: Double) -> FSRSCard {
    FSRSCard(
      state: .review, step: nil, stability: stability, difficulty: difficulty, due: t0,
      lastReview: t0.addingTimeInterval(-lastReviewAgo))
  }

  // MARK: FSRS.md vectors

  func testNewCardGoodGetsW2AndD0OfGood() {
    let card = scheduler.review(FSRSCard(due: t0), grade: .good, at: t0)
    XCTAssertEqual(card.stability ?? 0, 2.3065, accuracy: 1e-12)
    let d0 = w[4] - exp(w[5] * 2) + 1
    XCTAssertEqual(card.difficulty ?? 0, d0, accuracy: 1e-12)
    XCTAssertEqual(scheduler.initialDifficulty(.good), d0, accuracy: 1e-12)
  }

  func testRetrievabilityIsNinetyPercentAfterStabilityDays() {
    for s in [0.5, 1, 2.3065, 10, 365, 10_000] {
      XCTAssertEqual(scheduler.forgettingCurve(elapsedDays: s, stability: s), 0.9, accuracy: 1e-12)
    }
    let card = reviewCard(stability: 10, difficulty: 5, lastReviewAgo: 0)
    XCTAssertEqual(
      scheduler.retrievability(of: card, at: t0.addingTimeInterval(10 * 86_400)), 0.9,
      accuracy: 1e-12)
    XCTAssertEqual(scheduler.retrievability(of: FSRSCard(due: t0), at: t0), 0)
  }

  func testIntervalIsRoundedStabilityAtNinetyPercentAndClamped() {
    for (s, days) in [(2.3065, 2), (10.4, 10), (10.6, 11), (100.2, 100), (8.2956, 8)] {
      XCTAssertEqual(scheduler.nextInterval(stability: s), days, "S = \(s)")
    }
    XCTAssertEqual(scheduler.nextInterval(stability: 0.01), 1)
    XCTAssertEqual(scheduler.nextInterval(stability: 1e7), 36_500)
  }

  func testALapseNeverRaisesStability() {
    var rng = SeededGenerator(seed: 5)
    for _ in 0..<2_000 {
      let s = Double.random(in: 0.001...5_000, using: &rng)
      let d = Double.random(in: 1...10, using: &rng)
      let r = Double.random(in: 0...1, using: &rng)
      XCTAssertLessThanOrEqual(scheduler.nextStability(d: d, s: s, r: r, grade: .again), s)
      XCTAssertLessThanOrEqual(scheduler.shortTermStability(s, grade: .again), s)
    }
  }

  func testGradesOrderTheDueDatesOfAReviewCard() {
    let card = reviewCard(stability: 10, difficulty: 5, lastReviewAgo: 10 * 86_400)
    let due = FSRSGrade.allCases.map { scheduler.review(card, grade: $0, at: t0).due }
    XCTAssertLessThan(due[0], due[1])
    XCTAssertLessThan(due[1], due[2])
    XCTAssertLessThan(due[2], due[3])
  }

  func testSameDayReview() {
    let s = 10.0
    let card = reviewCard(stability: s, difficulty: 5, lastReviewAgo: 2 * 3_600)
    for grade in FSRSGrade.allCases {
      let next = scheduler.review(card, grade: grade, at: t0)
      var factor = exp(w[17] * (Double(grade.rawValue) - 3 + w[18])) * pow(s, -w[19])
      if grade != .again { factor = max(factor, 1) }
      XCTAssertEqual(next.stability ?? 0, s * factor, accuracy: 1e-9, "\(grade)")
      if grade != .again { XCTAssertGreaterThanOrEqual(next.stability ?? 0, s, "\(grade)") }
    }
  }

  func testStabilityNeverBelowMinimumAndDifficultyClamped() {
    XCTAssertEqual(scheduler.shortTermStability(0.001, grade: .again), 0.001, accuracy: 1e-15)
    XCTAssertGreaterThanOrEqual(
      scheduler.nextStability(d: 10, s: 0.001, r: 1, grade: .again), 0.001)
    var card = FSRSCard(due: t0)
    var now = t0
    for _ in 0..<30 {
      card = scheduler.review(card, grade: .again, at: now)
      now = now.addingTimeInterval(2 * 86_400)
      XCTAssertTrue((1...10).contains(card.difficulty ?? 0))
      XCTAssertGreaterThanOrEqual(card.stability ?? 0, 0.001)
    }
    XCTAssertEqual(card.difficulty ?? 0, 10, accuracy: 0.05)
    for _ in 0..<30 {
      card = scheduler.review(card, grade: .easy, at: now)
      now = card.due
      XCTAssertTrue((1...10).contains(card.difficulty ?? 0))
    }
  }

  // MARK: Options

  func testDeterministicWithoutFuzz() {
    let card = reviewCard(stability: 30, difficulty: 5, lastReviewAgo: 30 * 86_400)
    var rng = SeededGenerator(seed: 1)
    let plain = scheduler.review(card, grade: .good, at: t0)
    XCTAssertEqual(plain, scheduler.review(card, grade: .good, at: t0))
    XCTAssertEqual(plain, scheduler.review(card, grade: .good, at: t0, using: &rng))
  }

  func testFuzzKeepsTheIntervalNearby() {
    var fuzzy = FSRSScheduler()
    fuzzy.enableFuzzing = true
    let card = reviewCard(stability: 30, difficulty: 5, lastReviewAgo: 30 * 86_400)
    let plainDays = scheduler.review(card, grade: .good, at: t0).due.timeIntervalSince(t0) / 86_400
    var rng = SeededGenerator(seed: 3)
    var seen = Set<Double>()
    for _ in 0..<200 {
      let days =
        fuzzy.review(card, grade: .good, at: t0, using: &rng).due.timeIntervalSince(t0) / 86_400
      XCTAssertEqual(days, days.rounded())
      XCTAssertLessThanOrEqual(abs(days - plainDays), plainDays * 0.1 + 2)
      seen.insert(days)
    }
    XCTAssertGreaterThan(seen.count, 1)
  }

  func testNoRelearningStepsKeepsALapsedCardInReview() {
    let noSteps = FSRSScheduler(relearningSteps: [])
    let card = reviewCard(stability: 10, difficulty: 5, lastReviewAgo: 10 * 86_400)
    let next = noSteps.review(card, grade: .again, at: t0)
    XCTAssertEqual(next.state, .review)
    XCTAssertNil(next.step)
    XCTAssertEqual(
      next.due.timeIntervalSince(t0),
      Double(noSteps.nextInterval(stability: next.stability ?? 0)) * 86_400)
  }

  func testCardCodableRoundTrip() throws {
    let card = scheduler.review(FSRSCard(due: t0), grade: .good, at: t0)
    let data = try JSONEncoder().encode(card)
    XCTAssertEqual(try JSONDecoder().decode(FSRSCard.self, from: data), card)
  }
}
