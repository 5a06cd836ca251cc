import CoachCore
import CoachStore
import XCTest

@testable import CoachTUI

/// The promotion packet opened with `c` from Results and from a level's page, the reviews
/// received opened with `r` from Results, and the CV bullets on the CV tips tab, over a
/// mid-level engineer with evidence, a STAR story and a manager's review.
final class PacketScreenTests: XCTestCase {
  /// A mid-level engineer, with evidence for SQL and PostgreSQL, REST APIs and Python, and
  /// Docker, a STAR story, and a review by their manager that rates Python two steps and REST
  /// APIs one step lower, and communication a step higher, than they do.
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
          "python": 1, "rest-apis": 2, "communication": 4, "sql": 3, "git": 3, "docker": 2,
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

  func testArrowsSwitchTheTargetLevel() throws {
    let store = try Self.midLevel()
    var loop = try store.loop("results", keys: "c")
    let levels = PromotionPacket.levels(in: store.pack).map(\.id)
    let report = try XCTUnwrap(try packet(loop).load.loaded?.report)
    let target = try XCTUnwrap(report.target)
    XCTAssertEqual(try packet(loop).level, target)
    let index = try XCTUnwrap(levels.firstIndex(of: target))
    loop.send(.key(.right))
    let next = levels[(index + 1) % levels.count]
    XCTAssertEqual(try packet(loop).level, next)
    XCTAssertTrue(
      loop.frame().text.contains("Promotion packet: \(store.pack.levelName(next))"),
      loop.frame().text)
    loop.send(.key(.left))
    loop.send(.key(.left))
    XCTAssertEqual(try packet(loop).level, levels[(index - 1 + levels.count) % levels.count])
  }

  func testTheLevelPageOpensThePacketForItsLevel() throws {
    let store = try Self.midLevel()
    let page = try store.loop("path", keys: "down enter")
    let level = try XCTUnwrap(page.state.top as? LevelDetailScreen).level
    XCTAssertEqual(try packet(try store.loop("path", keys: "down enter c")).level, level)
  }

  /// The packet's whole document as text, one line each.
  private func documentText(_ loop: AppLoop) throws -> [String] {
    try packet(loop).documentLines(width: 200, data: loop.state.data, glyphs: .unicode).map {
      $0.parts.map { part in
        if case .text(let text, _, _) = part { return text }
        return ""
      }.joined()
    }
  }

  func testARequirementShowsItsEvidenceStoryAndTheReviewersRating() throws {
    let store = try Self.midLevel()
    let lines = try documentText(try store.loop("results", keys: "c", width: 200, height: 60))
    func after(_ heading: String) throws -> [String] {
      let start = try XCTUnwrap(lines.firstIndex { $0.hasPrefix(" " + heading) }, heading)
      return Array(lines[(start + 1)...].prefix { !$0.isEmpty })
    }
    let communication = try after("Communication:")
    XCTAssertTrue(communication.contains("   Reviewer Dana Lee: Expert (4)"), "\(communication)")
    XCTAssertTrue(
      communication.contains { $0.hasPrefix("   • STAR story, 2026-11-15: ") }, "\(communication)")
    XCTAssertTrue(
      communication.contains("     Result: The data team took it over within a week."))
    let sql = try after("A relational database (SQL):")
    XCTAssertTrue(
      sql.contains(
        "   • 2026-10-14: Rewrote the monthly revenue report query with a covering index"),
      "\(sql)")
    XCTAssertTrue(lines.contains(" CV bullets"))
    XCTAssertTrue(lines.contains(" Gaps still open"))
  }

  func testEvidenceAddedFromThePacketShowsInIt() throws {
    let store = try Self.midLevel()
    var loop = try store.loop("results", keys: "c e", width: 200, height: 60)
    XCTAssertTrue(loop.state.top is EvidenceFormScreen, loop.state.top.title)
    for key in try Snapshot.parseKeys(
      EvidenceScreenTests.typing("Ran the Kafka upgrade") + " ctrl-d")
    {
      loop.send(.key(key))
    }
    XCTAssertTrue(loop.state.top is PacketScreen, loop.state.top.title)
    XCTAssertEqual(try packet(loop).evidence?.count, 4)
  }

  func testTheReviewsListTheBiggestDisagreementFirst() throws {
    let store = try Self.midLevel()
    let loop = try store.loop("results", keys: "r", width: 200, height: 60)
    let screen = try XCTUnwrap(loop.state.top as? ReviewsScreen, loop.state.top.title)
    XCTAssertEqual(screen.opened, 0, "one review opens at once")
    let comparison = try XCTUnwrap(screen.comparison(pack: store.pack))
    XCTAssertEqual(comparison.lines.first?.skill, "python")
    XCTAssertEqual(comparison.lines.first?.difference, -2)
    XCTAssertEqual(
      comparison.lines.prefix(3).map { abs($0.difference ?? 0) }, [2, 1, 1])
    let text = loop.frame().text
    let python = try XCTUnwrap(text.range(of: "Python (Django, Flask)"))
    let rest = try XCTUnwrap(text.range(of: "REST APIs"))
    let comment = try XCTUnwrap(text.range(of: "Dana Lee: Solid, but reviews"))
    XCTAssertLessThan(python.lowerBound, comment.lowerBound)
    XCTAssertLessThan(comment.lowerBound, rest.lowerBound, "the comment sits under its skill")
  }

  func testTwoReviewsListFirstAndEscGoesBackToTheList() throws {
    var loop = try Self.midLevel(reviews: 2).loop("results", keys: "r down enter")
    let screen = try XCTUnwrap(loop.state.top as? ReviewsScreen, loop.state.top.title)
    XCTAssertEqual(screen.opened, 1)
    XCTAssertTrue(loop.frame().text.contains("Review by Ola Berg"), loop.frame().text)
    loop.send(.key(.escape))
    XCTAssertEqual((loop.state.top as? ReviewsScreen)?.opened, nil)
    loop.send(.key(.escape))
    XCTAssertTrue(loop.state.top is ResultsScreen, loop.state.top.title)
  }

  func testReviewsAreOfferedOnlyOnceOneIsImported() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store)
    let loop = try store.loop("results", keys: "r")
    XCTAssertTrue(loop.state.top is ResultsScreen, loop.state.top.title)
    XCTAssertFalse(loop.frame().text.contains("r Reviews"), loop.frame().text)
    XCTAssertTrue(
      try Self.midLevel().loop("results", width: 120, height: 40).frame().text.contains(
        "r Reviews"))
  }

  func testTheCVBulletsComeFromTheEvidenceEntered() throws {
    let store = try Self.midLevel()
    let entries = try store.store.evidence()
    let packet = try XCTUnwrap(
      try store.loop("results", keys: "c", width: 200, height: 60).state.top as? PacketScreen
    ).packet(pack: store.pack)
    let bullets = try XCTUnwrap(packet?.cvBullets)
    XCTAssertFalse(bullets.isEmpty)
    XCTAssertTrue(bullets.allSatisfy { bullet in entries.contains { $0.cvBullet == bullet } })
    let text = try store.render("tips", 200, 60, keys: "tab")
    for bullet in bullets { XCTAssertTrue(text.contains("• " + bullet), text) }
    try store.store.addEvidence(
      EvidenceDraft(
        day: "2026-11-10", skills: ["sql"], text: "cut the nightly batch by half",
        outcome: "Reports ready by 7 am"), pack: store.pack)
    XCTAssertTrue(
      try store.render("tips", 200, 60, keys: "tab").contains(
        "• Cut the nightly batch by half. Reports ready by 7 am."))
  }

  func testWithoutEvidenceTheCVTabSaysWhereItComesFrom() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store)
    let text = try store.render("tips", 120, 40, keys: "tab")
    XCTAssertTrue(text.contains("No evidence yet: e on Results adds an entry"), text)
  }
}
