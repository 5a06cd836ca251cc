import CoachCore
import CoachStore
import Foundation

/// The user the guide's captures show: a Python developer four years in, assessed a month ago
/// and again today, who has drilled some questions, taken a mock interview, written a STAR
/// answer, added an evidence entry and imported their manager's review. Dates hang off
/// `TestStore.fixedNow`, so every capture is the same on every run.
enum UserGuideStore {
  /// Ratings of the latest assessment; every other skill is rated 1.
  static let latest: [String: Int] = [
    "python": 3, "postgresql": 3, "sql": 3, "rest-apis": 3, "git": 3, "unit-testing": 2,
    "secure-coding": 2, "authentication": 2, "aws": 2, "docker": 2, "ci-cd": 2,
    "communication": 3, "problem-solving": 3, "self-organisation": 3, "performance-tuning": 2,
    "caching": 2, "system-design": 2, "redis": 2, "linux": 2,
  ]

  /// A month earlier the same person rated these lower.
  static let earlier: [String: Int] = latest.merging([
    "rest-apis": 2, "git": 2, "unit-testing": 1, "docker": 1, "performance-tuning": 1,
    "communication": 2, "problem-solving": 2, "python": 2, "postgresql": 2, "sql": 2,
  ]) { _, new in new }

  static func make() throws -> TestStore {
    let store = try TestStore()
    let day: TimeInterval = 86_400
    try addAssessment(store, ratings: earlier, at: -30 * day)
    try addAssessment(store, ratings: latest, at: -2 * 3_600)
    try addReviews(store)
    try StatsMockScoresTests.addInterview(store, daysAgo: 6, questions: 3, answered: 3, ticked: 2)
    let behavioural = store.pack.questions.first { $0.kind == .behavioural }!
    try store.store.saveStarAnswer(
      StarAnswer(
        situation: "A filter I changed in the order export skipped discounted orders; support "
          + "noticed the next day.",
        task: "Find the cause, fix it and send the missing orders to the warehouse.",
        action: "I found my off-by-one, wrote a test that failed on it, fixed it and re-ran "
          + "the export for that day.",
        result: "All 312 orders went out the same afternoon; I now add a test for every filter "
          + "I touch."),
      question: behavioural.id, now: TestStore.fixedNow.addingTimeInterval(-3 * day))
    try store.store.addEvidence(
      EvidenceDraft(
        day: "2026-10-14", skills: ["sql", "postgresql"],
        text: "Rewrote the monthly revenue report query with a covering index",
        outcome: "From 9 s to 300 ms; month-end close no longer times out",
        reference: "OPS-412"),
      pack: store.pack)
    try store.store.addReceivedReview(
      Review(
        id: "guide-review", pack: store.pack.role.id, requester: "Sam", reviewer: "Dana Lee",
        skills: ["python", "sql", "rest-apis", "communication", "docker"],
        ratings: ["python": 2, "sql": 3, "rest-apis": 2, "communication": 4, "docker": 2],
        comments: [
          "python": "Solid, but reviews still catch typing and packaging issues.",
          "communication": "Your write-ups settle arguments; lead the next design review.",
        ]),
      at: TestStore.fixedNow.addingTimeInterval(-day))
    return store
  }

  static func addAssessment(_ store: TestStore, ratings: [String: Int], at offset: TimeInterval)
    throws
  {
    let answers = Dictionary(
      uniqueKeysWithValues: store.pack.skills.map {
        ($0.id, SkillAnswer(rating: ratings[$0.id] ?? 1))
      })
    _ = try store.store.add(
      Assessment(
        mode: .full, startedAt: TestStore.fixedNow.addingTimeInterval(offset),
        finishedAt: TestStore.fixedNow.addingTimeInterval(offset + 1_500), years: 4,
        market: store.pack.markets.first?.id, languages: ["python"], answers: answers,
        position: answers.count))
  }

  /// A fortnight of flashcard reviews, some of them due again today.
  static func addReviews(_ store: TestStore) throws {
    let questions = store.pack.questions.filter { $0.kind == .technical }.prefix(8)
    let grades: [FSRSGrade] = [.good, .hard, .good, .easy, .again, .good, .good, .hard]
    for (index, question) in questions.enumerated() {
      let first = TestStore.fixedNow.addingTimeInterval(-Double(14 - index) * 86_400)
      try store.store.recordReview(
        question: question.id, grade: grades[index], at: first, secondsSpent: 40)
      try store.store.recordReview(
        question: question.id, grade: grades[(index + 3) % grades.count],
        at: first.addingTimeInterval(Double(3 + index % 4) * 86_400), secondsSpent: 30)
    }
  }
}
