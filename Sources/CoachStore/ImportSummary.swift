/// How many of each kind of record an import stored, how many it found already stored, and
/// the records it left out because the store holds other content under their stable ids.
public struct ImportSummary: Equatable, Sendable {
  public var assessments: Int
  public var reviews: Int
  public var mockInterviews: Int
  public var starAnswers: Int
  public var jobs: Int
  public var evidence: Int
  /// Reviews a mentor or manager filled in (`review import`).
  public var receivedReviews: Int
  public var alreadyPresent: Int
  /// One phrase per record left out ("the assessment 3f… started 2024-05-01T10:00:00.000Z").
  public var conflicts: [String]

  public init(
    assessments: Int, reviews: Int, mockInterviews: Int, starAnswers: Int, jobs: Int = 0,
    evidence: Int = 0, receivedReviews: Int = 0, alreadyPresent: Int = 0,
    conflicts: [String] = []
  ) {
    self.receivedReviews = receivedReviews
    self.assessments = assessments
    self.reviews = reviews
    self.mockInterviews = mockInterviews
    self.starAnswers = starAnswers
    self.jobs = jobs
    self.evidence = evidence
    self.alreadyPresent = alreadyPresent
    self.conflicts = conflicts
  }

  /// "2 assessments, 30 flashcard reviews and 1 mock interview": the kinds with any records,
  /// or "nothing" when there are none.
  public var description: String {
    let parts = [
      (assessments, "assessment", "assessments"),
      (reviews, "flashcard review", "flashcard reviews"),
      (mockInterviews, "mock interview", "mock interviews"),
      (starAnswers, "STAR answer", "STAR answers"), (jobs, "saved job", "saved jobs"),
      (evidence, "evidence entry", "evidence entries"),
      (receivedReviews, "review received", "reviews received"),
    ].filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }
    guard let last = parts.last else { return "nothing" }
    return parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + " and " + last
  }
}
