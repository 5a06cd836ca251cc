#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The FSRS-6 scheduler (see shared/FSRS.md), with the step semantics of py-fsrs 6.3.2.
/// Deterministic unless fuzzing is enabled and a random number generator is passed.
public struct FSRSScheduler: Sendable, Equatable {
  public static let defaultWeights: [Double] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ]
  public static let minimumStability = 0.001
  public static let difficultyRange: ClosedRange<Double> = 1...10
  static let secondsPerDay = 86_400.0

  /// w0...w20.
  public var weights: [Double]
  public var desiredRetention: Double
  /// In seconds.
  public var learningSteps: [Double]
  /// In seconds.
  public var relearningSteps: [Double]
  /// In days.
  public var maximumInterval: Int
  public var enableFuzzing: Bool

  public init(
    weights: [Double] = FSRSScheduler.defaultWeights, desiredRetention: Double = 0.9,
    learningSteps: [Double] = [60, 600], relearningSteps: [Double] = [600],
    maximumInterval: Int = 36_500, enableFuzzing: Bool = false
  ) {
    precondition(weights.count == 21, "FSRS-6 needs 21 weights")
    self.weights = weights
    self.desiredRetention = desiredRetention
    self.learningSteps = learningSteps
    self.relearningSteps = relearningSteps
    self.maximumInterval = maximumInterval
    self.enableFuzzing = enableFuzzing
  }

  var decay: Double { -weights[20] }
  var factor: Double { pow(0.9, 1 / decay) - 1 }

  // MARK: Formulas

  /// R(t, S) = (1 + F·t/S)^(−w20).
  public func forgettingCurve(elapsedDays t: Double, stability s: Double) -> Double {
    pow(1 + factor * t / s, decay)
  }

  /// The probability of recalling the card at `date`; 0 before its first review. Elapsed time
  /// counts whole days, as py-fsrs does.
  public func retrievability(of card: FSRSCard, at date: Date) -> Double {
    guard let last = card.lastReview, let stability = card.stability else { return 0 }
    let days = max(0, Self.wholeDays(from: last, to: date))
    return forgettingCurve(elapsedDays: Double(days), stability: stability)
  }

  /// I = S/F · (r^(1/decay) − 1), rounded half to even, clamped to [1, maximumInterval] days.
  public func nextInterval(stability: Double) -> Int {
    let raw = (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
    let rounded = raw.rounded(.toNearestOrEven)
    guard rounded.isFinite else { return maximumInterval }
    return min(max(Int(rounded), 1), maximumInterval)
  }

  public func initialStability(_ grade: FSRSGrade) -> Double {
    max(weights[grade.rawValue - 1], Self.minimumStability)
  }

  /// D0(G) = w4 − e^(w5·(G−1)) + 1.
  public func initialDifficulty(_ grade: FSRSGrade, clamped: Bool = true) -> Double {
    let d = weights[4] - exp(weights[5] * Double(grade.rawValue - 1)) + 1
    return clamped ? Self.clampDifficulty(d) : d
  }

  /// D' = w7·D0(4) + (1−w7)·(D − w6·(G−3)·(10−D)/9), clamped to [1, 10].
  public func nextDifficulty(_ d: Double, grade: FSRSGrade) -> Double {
    let delta = -weights[6] * Double(grade.rawValue - 3)
    let damped = d + (10 - d) * delta / 9
    let easy = initialDifficulty(.easy, clamped: false)
    return Self.clampDifficulty(weights[7] * easy + (1 - weights[7]) * damped)
  }

  /// Same-day review: S' = S·e^(w17·(G−3+w18))·S^(−w19). The factor is at least 1 for every
  /// grade but Again, so only a lapse lowers stability within a day (as in py-fsrs 6.3.2).
  public func shortTermStability(_ s: Double, grade: FSRSGrade) -> Double {
    var increase =
      exp(weights[17] * (Double(grade.rawValue) - 3 + weights[18])) * pow(s, -weights[19])
    if grade != .again { increase = max(increase, 1) }
    return max(s * increase, Self.minimumStability)
  }

  /// The stability after a review a day or more after the last one.
  public func nextStability(d: Double, s: Double, r: Double, grade: FSRSGrade) -> Double {
    let next: Double
    if grade == .again {
      let longTerm =
        weights[11] * pow(d, -weights[12]) * (pow(s + 1, weights[13]) - 1)
        * exp((1 - r) * weights[14])
      next = min(longTerm, s / exp(weights[17] * weights[18]))
    } else {
      let hardPenalty = grade == .hard ? weights[15] : 1
      let easyBonus = grade == .easy ? weights[16] : 1
      next =
        s
        * (1 + exp(weights[8]) * (11 - d) * pow(s, -weights[9]) * (exp((1 - r) * weights[10]) - 1)
          * hardPenalty * easyBonus)
    }
    return max(next, Self.minimumStability)
  }

  // MARK: Review

  /// Reviews a card at `date` with a grade; deterministic (no fuzz).
  public func review(_ card: FSRSCard, grade: FSRSGrade, at date: Date) -> FSRSCard {
    var generator = NoFuzz()
    return review(card, grade: grade, at: date, fuzzWith: &generator, fuzz: false)
  }

  /// Reviews a card at `date`; when `enableFuzzing` is set, review intervals of 3 days or
  /// more are spread a little with the given generator, as py-fsrs does.
  public func review(
    _ card: FSRSCard, grade: FSRSGrade, at date: Date,
    using generator: inout some RandomNumberGenerator
  ) -> FSRSCard {
    review(card, grade: grade, at: date, fuzzWith: &generator, fuzz: enableFuzzing)
  }

  private func review(
    _ card: FSRSCard, grade: FSRSGrade, at date: Date,
    fuzzWith generator: inout some RandomNumberGenerator, fuzz: Bool
  ) -> FSRSCard {
    var card = card
    let sinceLast = card.lastReview.map { Self.wholeDays(from: $0, to: date) }
    if let s = card.stability, let d = card.difficulty {
      if let sinceLast, sinceLast < 1 {
        card.stability = shortTermStability(s, grade: grade)
      } else {
        let r = retrievability(of: card, at: date)
        card.stability = nextStability(d: d, s: s, r: r, grade: grade)
      }
      card.difficulty = nextDifficulty(d, grade: grade)
    } else {
      card.stability = initialStability(grade)
      card.difficulty = initialDifficulty(grade)
    }
    let stability = card.stability ?? Self.minimumStability

    var wait: Double  // seconds
    switch card.state {
    case .new, .learning, .relearning:
      let steps = card.state == .relearning ? relearningSteps : learningSteps
      let step = card.step ?? 0
      if card.state == .new { card.state = .learning }
      if steps.isEmpty || (step >= steps.count && grade != .again) {
        wait = graduate(&card, stability: stability)
      } else {
        switch grade {
        case .again:
          card.step = 0
          wait = steps[0]
        case .hard:
          card.step = step
          if step == 0 {
            wait = steps.count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2
          } else {
            wait = steps[min(step, steps.count - 1)]
          }
        case .good:
          if step + 1 >= steps.count {
            wait = graduate(&card, stability: stability)
          } else {
            card.step = step + 1
            wait = steps[step + 1]
          }
        case .easy:
          wait = graduate(&card, stability: stability)
        }
      }
    case .review:
      if grade == .again && !relearningSteps.isEmpty {
        card.state = .relearning
        card.step = 0
        wait = relearningSteps[0]
      } else {
        wait = Double(nextInterval(stability: stability)) * Self.secondsPerDay
      }
    }
    if fuzz && card.state == .review {
      let days = Int((wait / Self.secondsPerDay).rounded(.down))
      wait = Double(fuzzedInterval(days, using: &generator)) * Self.secondsPerDay
    }
    card.due = date.addingTimeInterval(wait)
    card.lastReview = date
    return card
  }

  private func graduate(_ card: inout FSRSCard, stability: Double) -> Double {
    card.state = .review
    card.step = nil
    return Double(nextInterval(stability: stability)) * Self.secondsPerDay
  }

  /// py-fsrs' fuzz: intervals under 2.5 days are kept; longer ones move within a range that
  /// widens with the interval.
  func fuzzedInterval(_ days: Int, using generator: inout some RandomNumberGenerator) -> Int {
    guard Double(days) >= 2.5 else { return days }
    let ranges: [(start: Double, end: Double, factor: Double)] = [
      (2.5, 7, 0.15), (7, 20, 0.1), (20, .infinity, 0.05),
    ]
    var delta = 1.0
    for range in ranges {
      delta += range.factor * max(min(Double(days), range.end) - range.start, 0)
    }
    var low = max(2, Int((Double(days) - delta).rounded(.toNearestOrEven)))
    let high = min(Int((Double(days) + delta).rounded(.toNearestOrEven)), maximumInterval)
    low = min(low, high)
    let unit = Double.random(in: 0..<1, using: &generator)
    let value = (unit * Double(high - low + 1) + Double(low)).rounded(.toNearestOrEven)
    return min(Int(value), maximumInterval)
  }

  static func clampDifficulty(_ d: Double) -> Double {
    min(max(d, difficultyRange.lowerBound), difficultyRange.upperBound)
  }

  /// Whole days between two dates, rounded down (as Python's timedelta.days).
  static func wholeDays(from start: Date, to end: Date) -> Int {
    Int((end.timeIntervalSince(start) / secondsPerDay).rounded(.down))
  }
}

/// A generator that is never called; lets the deterministic path share the review code.
private struct NoFuzz: RandomNumberGenerator {
  mutating func next() -> UInt64 { 0 }
}
