import CoachCore
import CoachStore
import XCTest

@testable import CoachTUI

/// The promotion packet opened with `c` from Results and from a level's page, the reviews
/// received opened with `r` from Results, and the CV bullets on the CV tips tab, over a
/// mid-level engineer with evidence, a STAR story and a manager's review.
final class PacketScreenTests: XCTestCase {
  /// The mid-level engineer of the guide, with evidence for SQL and PostgreSQL, REST APIs
  /// and Python, a STAR story, and a review by their manager that rates Python and REST APIs
  /// a step lower and communication a step higher than they do.
  static func midLevel(reviews: Int = 1) throws -> TestStore {
    let store = try TestStore()
    // The guide's user a year on: tests, debugging, reviews and teamwork at Proficient, and
    // every other skill they did not rate higher at Working (2).
    let ratings = UserGuideStore.latest.merging(
      ["unit-testing": 3, "debugging": 3, "code-review": 3, "collaboration": 3]) { _, new in new }
    let answers = Dictionary(
      uniqueKeysWithValues: store.pack.skills.map {
        ($0.id, SkillAnswer(rating: ratings[$0.id] ?? 2))
      })
    _ = try store.store.add(
      Assessment(
        mode: .full, startedAt: TestStore.fixedNow.addingTimeInterval(-7_200),
        finishedAt: TestStore.fixedNow.addingTimeInterval(-6_000), years: 4,
        market: store.pack.markets.first?.id, languages: ["python"], answers: answers,
        position: answers.count))
    let entries: [(String, [String], String, String?)] = [
      (
        "2026-09-02", ["rest-apis", "python"],
        "Designed the partner orders API with versioned endpoints",
        "Three partners live in a month with no breaking change"
      ),
      (
        "2026-10-14", ["sql", "postgresql"],
        "Rewrote the monthly revenue report query with a covering index",
        "From 9 s to 300 ms; month-end close no longer times out"
      ),
      ("2026-11-03", ["docker"], "Moved local development to Docker Compose", nil),
    ]
    for (day, skills, text, outcome) in entries {
      try store.store.addEvidence(
        EvidenceDraft(day: day, skills: skills, text: text, outcome: outcome), pack: store.pack)
    }
    let question = try XCTUnwrap(
      store.pack.questions.first { $0.kind == .behavioural && $0.skills.contains("communication") })
    try store.store.saveStarAnswer(
      StarAnswer(
        situation: "Two teams disagreed on who owned the order export.",
        task: "Get an owner agreed before the next release.",
        action: "I wrote up both views and ran a half-hour meeting to decide.",
        result: "The data team took it over within a week."),
      question: question.id, now: TestStore.fixedNow.addingTimeInterval(-3 * 86_400))
    try store.store.addReceivedReview(
      Review(
        id: "review-manager", pack: store.pack.role.id, requester: "Sam", reviewer: "Dana Lee",
        skills: ["python", "rest-apis", "communication", "sql", "git", "docker"],
        ratings: [
          "python": 2, "rest-apis": 2, "communication": 4, "sql": 3, "git": 3, "docker": 2,
        ],
        comments: [
          "python": "Solid, but reviews still catch typing and packaging issues.",
          "communication": "Your write-ups settle arguments; lead the next design review.",
        ]),
      at: TestStore.fixedNow.addingTimeInterval(-86_400))
    if reviews > 1 {
      try store.store.addReceivedReview(
        Review(
          id: "review-mentor", pack: store.pack.role.id, reviewer: "Ola Berg",
          skills: ["sql", "git"],
          ratings: ["sql": 4, "git": 3]),
        at: TestStore.fixedNow)
    }
    return store
  }

  private func packet(_ loop: AppLoop) throws -> PacketScreen {
    try XCTUnwrap(loop.state.top as? PacketScreen, loop.state.top.title)
  }

  func testGoldens() throws {
    let store = try Self.midLevel()
    assertGolden(try store.render("results", 80, 24, keys: "c"), named: "packet-80x24")
    assertGolden(try store.render("results", 200, 60, keys: "c"), named: "packet-200x60")
    assertGolden(try store.render("results", 80, 24, keys: "r"), named: "review-received-80x24")
    assertGolden(try store.render("results", 200, 60, keys: "r"), named: "review-received-200x60")
    assertGolden(
      try Self.midLevel(reviews: 2).render("results", 80, 24, keys: "r"),
      named: "reviews-received-80x24")
    assertGolden(try store.render("tips", 80, 24, keys: "tab"), named: "tips-cv-bullets-80x24")
    assertGolden(try store.render("tips", 200, 60, keys: "tab"), named: "tips-cv-bullets-200x60")
  }
}
