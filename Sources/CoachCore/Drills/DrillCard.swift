#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One question's flashcard: its FSRS schedule and how often it was reviewed and forgotten.
public struct DrillCard: Sendable, Equatable, Codable {
  public var question: String
  public var card: FSRSCard
  /// Reviews of any grade.
  public var reps: Int
  /// Times it was forgotten (graded Again) after it had graduated to review.
  public var lapses: Int
  /// When it was first reviewed; it counts against that day's new-card limit.
  public var introducedAt: Date

  public init(question: String, card: FSRSCard, reps: Int, lapses: Int, introducedAt: Date) {
    self.question = question
    self.card = card
    self.reps = reps
    self.lapses = lapses
    self.introducedAt = introducedAt
  }

  /// The card after a review at `date`: a question never seen before starts as a new card.
  public static func reviewed(
    _ previous: DrillCard?, question: String, grade: FSRSGrade, at date: Date,
    scheduler: FSRSScheduler = FSRSScheduler()
  ) -> DrillCard {
    let before = previous?.card ?? FSRSCard(due: date)
    let after = scheduler.review(before, grade: grade, at: date)
    let lapsed = grade == .again && before.state == .review
    return DrillCard(
      question: question, card: after, reps: (previous?.reps ?? 0) + 1,
      lapses: (previous?.lapses ?? 0) + (lapsed ? 1 : 0),
      introducedAt: previous?.introducedAt ?? date)
  }
}

/// One stored review.
public struct DrillReview: Sendable, Equatable, Codable {
  public var question: String
  public var at: Date
  public var grade: FSRSGrade
  public var secondsSpent: Double
  /// When the card became due again after this review.
  public var due: Date

  public init(question: String, at: Date, grade: FSRSGrade, secondsSpent: Double, due: Date) {
    self.question = question
    self.at = at
    self.grade = grade
    self.secondsSpent = secondsSpent
    self.due = due
  }
}

extension FSRSGrade {
  /// "Again", "Hard", "Good", "Easy".
  public var name: String {
    switch self {
    case .again: return "Again"
    case .hard: return "Hard"
    case .good: return "Good"
    case .easy: return "Easy"
    }
  }
}
