import CoachCore
import Foundation

extension CoachStore {
  /// What the store has seen of each skill: the flashcard reviews of its questions and the
  /// mock interview answers to them.
  public func skillEvidence(pack: Pack) throws(StoreError) -> [String: SkillEvidence] {
    let tallies = try read { db in try Self.reviewTallies(db) }
    let answers = try mockInterviews().flatMap(\.answers)
    return SkillEvidence.perSkill(pack: pack, reviewTallies: tallies, mockAnswers: answers)
  }
}
