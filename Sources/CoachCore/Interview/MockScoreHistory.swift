#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One finished mock interview's score, as the statistics show it.
public struct MockScorePoint: Sendable, Equatable {
  public var finishedAt: Date
  /// Ticked key points over all key points of the answered questions, 0 to 1.
  public var score: Double
  public var answered: Int
  public var questions: Int

  public init(finishedAt: Date, score: Double, answered: Int, questions: Int) {
    self.finishedAt = finishedAt
    self.score = score
    self.answered = answered
    self.questions = questions
  }
}

/// The scores of the finished mock interviews over time.
public struct MockScoreHistory: Sendable, Equatable {
  /// Oldest first.
  public var points: [MockScorePoint]
  /// Finished interviews with answers but no score: none of the questions answered lists key
  /// points to check.
  public var unscored: Int

  /// Sorts `points` oldest first.
  public init(_ points: [MockScorePoint], unscored: Int = 0) {
    self.points = points.sorted { $0.finishedAt < $1.finishedAt }
    self.unscored = unscored
  }

  /// "2 finished interviews have no score: the questions answered list no key points to
  /// check."; nil when every finished interview has a score.
  public var unscoredNote: String? {
    guard unscored > 0 else { return nil }
    let interviews =
      unscored == 1 ? "1 finished interview has" : "\(unscored) finished interviews have"
    return interviews + " no score: the questions answered list no key points to check."
  }

  public var count: Int { points.count }

  /// The mean of the interviews' scores, each interview counting once; nil without any.
  public var average: Double? {
    points.isEmpty ? nil : points.reduce(0) { $0 + $1.score } / Double(points.count)
  }

  /// The newest `limit` points, still oldest first.
  public func latest(_ limit: Int) -> [MockScorePoint] { Array(points.suffix(max(0, limit))) }
}
