import CoachCore
import Foundation

extension CoachStore {
  /// The scores of the finished mock interviews that have at least one answer, oldest first.
  public func mockScoreHistory() throws(StoreError) -> MockScoreHistory {
    let finished = try mockInterviews().filter { $0.isFinished && !$0.answers.isEmpty }
    return MockScoreHistory(
      finished.compactMap { interview in
        guard let finishedAt = interview.finishedAt, let score = interview.score else {
          return nil
        }
        return MockScorePoint(
          finishedAt: finishedAt, score: score, answered: interview.answers.count,
          questions: interview.questions.count)
      }, unscored: finished.filter { $0.score == nil }.count)
  }
}
