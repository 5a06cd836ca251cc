import CoachCore
import Foundation

extension CoachStore {
  /// The scores of the finished mock interviews that have at least one answer, oldest first.
  public func mockScoreHistory() throws(StoreError) -> MockScoreHistory {
    MockScoreHistory(
      try mockInterviews().compactMap { interview in
        guard let finishedAt = interview.finishedAt, let score = interview.score else {
          return nil
        }
        return MockScorePoint(
          finishedAt: finishedAt, score: score, answered: interview.answers.count,
          questions: interview.questions.count)
      })
  }
}
