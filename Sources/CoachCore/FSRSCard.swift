#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Where a flashcard is in its life.
public enum FSRSState: String, Sendable, Equatable, Codable, CaseIterable {
  /// Never reviewed; behaves as learning step 0 without a memory state.
  case new
  case learning, review, relearning
}

/// The answer to a review: 1 Again, 2 Hard, 3 Good, 4 Easy.
public enum FSRSGrade: Int, Sendable, Equatable, Codable, CaseIterable {
  case again = 1
  case hard, good, easy
}

/// One flashcard's memory state and schedule.
public struct FSRSCard: Sendable, Equatable, Codable {
  public var state: FSRSState
  /// Index into the (re)learning steps while learning or relearning; nil otherwise.
  public var step: Int?
  /// Days until recall probability falls to 90%; nil before the first review.
  public var stability: Double?
  /// 1...10; nil before the first review.
  public var difficulty: Double?
  public var due: Date
  public var lastReview: Date?

  /// A new card, due now.
  public init(due: Date) {
    self.init(state: .new, step: 0, stability: nil, difficulty: nil, due: due, lastReview: nil)
  }

  public init(
    state: FSRSState, step: Int?, stability: Double?, difficulty: Double?, due: Date,
    lastReview: Date?
  ) {
    self.state = state
    self.step = step
    self.stability = stability
    self.difficulty = difficulty
    self.due = due
    self.lastReview = lastReview
  }
}
