/// What the app has seen of one skill besides the self-rating: flashcard reviews of the
/// questions on it, and mock interview answers to them with the key points ticked.
public struct SkillEvidence: Sendable, Equatable, Codable {
  public var reviews: ReviewTally
  public var mockAnswers: Int
  public var mockTicked: Int
  public var mockPoints: Int

  public init(
    reviews: ReviewTally = ReviewTally(reviews: 0, remembered: 0), mockAnswers: Int = 0,
    mockTicked: Int = 0, mockPoints: Int = 0
  ) {
    self.reviews = reviews
    self.mockAnswers = mockAnswers
    self.mockTicked = mockTicked
    self.mockPoints = mockPoints
  }

  /// The share of reviews remembered (graded Hard, Good or Easy); nil without reviews.
  public var recall: Double? { reviews.retention }

  /// The share of key points ticked over the answers; nil without any.
  public var mockShare: Double? {
    mockPoints == 0 ? nil : Double(mockTicked) / Double(mockPoints)
  }

  /// The evidence of every skill, from review tallies per question id and mock answers: a
  /// question counts for each skill it names.
  public static func perSkill(
    pack: Pack, reviewTallies: [String: ReviewTally], mockAnswers: [MockAnswer]
  ) -> [String: SkillEvidence] {
    var skillsOf: [String: [String]] = [:]
    for question in pack.questions { skillsOf[question.id] = question.skills }
    var result: [String: SkillEvidence] = [:]
    for (question, tally) in reviewTallies {
      for skill in skillsOf[question] ?? [] {
        var evidence = result[skill] ?? SkillEvidence()
        evidence.reviews = evidence.reviews + tally
        result[skill] = evidence
      }
    }
    for answer in mockAnswers where answer.pointCount > 0 {
      for skill in skillsOf[answer.questionID] ?? [] {
        var evidence = result[skill] ?? SkillEvidence()
        evidence.mockAnswers += 1
        evidence.mockTicked += min(answer.ticked.count, answer.pointCount)
        evidence.mockPoints += answer.pointCount
        result[skill] = evidence
      }
    }
    return result
  }
}
