import CoachCore
import XCTest

/// Evidence entries: their ids, the checks a draft passes before it is stored, and the
/// summary of how much evidence backs each rating.
final class EvidenceTests: XCTestCase {
  func entry(_ number: Int64, _ skills: [String]) -> EvidenceEntry {
    EvidenceEntry(
      id: EvidenceEntry.id(number: number), day: "2026-02-0\(number)", skills: skills,
      text: "Entry \(number)")
  }

  func testIdsRoundTripAndAnythingElseIsNoId() {
    XCTAssertEqual(EvidenceEntry.id(number: 12), "evidence-12")
    XCTAssertEqual(EvidenceEntry.number(of: "evidence-12"), 12)
    for bad in ["evidence-0", "evidence-012", "evidence-", "evidence--3", "job-3", "12", ""] {
      XCTAssertNil(EvidenceEntry.number(of: bad), bad)
    }
  }

  func testADraftIsTidiedBeforeItIsChecked() {
    let draft = EvidenceDraft(
      day: " 2026-05-04 ", skills: [" sql", "go", "sql"], text: "\n Shipped it \n",
      outcome: "   ", reference: " JIRA-12 ")
    XCTAssertEqual(
      draft.tidied,
      EvidenceDraft(
        day: "2026-05-04", skills: ["sql", "go"], text: "Shipped it", outcome: nil,
        reference: "JIRA-12"))
    XCTAssertNil(draft.tidied.problem(in: TestPack.pack))
  }

  func testEachProblemNamesItsField() {
    let good = EvidenceDraft(day: "2024-02-29", skills: ["sql"], text: "Tuned a query")
    XCTAssertNil(good.problem(in: TestPack.pack))
    var noSkill = good
    noSkill.skills = []
    XCTAssertEqual(noSkill.problem(in: TestPack.pack), "the evidence names no skill")
    var unknown = good
    unknown.skills = ["sql", "fortran"]
    XCTAssertEqual(
      unknown.problem(in: TestPack.pack), "the skill \"fortran\" is not in the content pack")
    for name in ["SQL", "caching", "Caching (Redis, Memcached)"] {
      var named = good
      named.skills = [name]
      let meant = name == "SQL" ? "sql, SQL" : "caching, Caching (Redis, Memcached)"
      XCTAssertEqual(
        named.problem(in: TestPack.pack),
        name == "caching"
          ? nil
          : "the skill \"\(name)\" is not in the content pack (did you mean \(meant)?)")
    }
    var empty = good
    empty.text = " \n "
    XCTAssertEqual(empty.problem(in: TestPack.pack), "the text is empty")
    var badDay = good
    badDay.day = "2023-02-29"
    XCTAssertEqual(
      badDay.problem(in: TestPack.pack),
      "the date \"2023-02-29\" is not a day written YYYY-MM-DD")
    var escaped = good
    escaped.outcome = "p95 \u{1b}[2J below 400 ms"
    XCTAssertEqual(
      escaped.problem(in: TestPack.pack),
      "the outcome holds a control character; only line breaks and tabs may be in it")
    var lines = good
    lines.text = "Tuned a query\n\tand its index"
    XCTAssertNil(lines.problem(in: TestPack.pack))
  }

  func testTheSummaryCountsEachEntryOncePerSkill() {
    let summary = EvidenceSummary([
      entry(1, ["sql", "caching"]), entry(2, ["sql"]), entry(3, ["go", "go"]),
    ])
    XCTAssertEqual(summary.counts, ["sql": 2, "caching": 1, "go": 1])
    XCTAssertEqual(summary.count(for: "sql"), 2)
    XCTAssertEqual(summary.count(for: "python"), 0)
    XCTAssertEqual(EvidenceSummary([]).counts, [:])
  }

  func testRatingsOfProficientOrMoreWithoutEvidenceAreUnbacked() {
    let summary = EvidenceSummary([entry(1, ["sql"])])
    let ratings: [String: Rating] = [
      "sql": 4, "go": 3, "python": 4, "java": 2, "caching": 0, "leadership": 3,
    ]
    XCTAssertEqual(summary.unbacked(ratings), ["go", "leadership", "python"])
    XCTAssertEqual(summary.unbacked(ratings, among: ["go", "java", "sql"]), ["go"])
    XCTAssertTrue(summary.isUnbacked("go", rating: 3))
    XCTAssertFalse(summary.isUnbacked("sql", rating: 4))
    XCTAssertFalse(summary.isUnbacked("java", rating: 2))
    XCTAssertFalse(summary.isUnbacked("python", rating: nil))
  }

  func testAGroupOfSkillsCountsEachEntryOnce() {
    let summary = EvidenceSummary([
      entry(1, ["python", "go"]), entry(2, ["go"]), entry(3, ["sql"]),
    ])
    XCTAssertEqual(summary.count(forAnyOf: ["python", "java", "go"]), 2)
    XCTAssertEqual(summary.count(forAnyOf: ["java"]), 0)
    XCTAssertEqual(summary.count(forAnyOf: []), 0)
  }

  func testAStoryBecomesTheTextAndItsResultTheOutcome() {
    let story = StarAnswer(
      situation: "Checkout timed out at peak.", task: " ",
      action: "I profiled it and added an index.", result: " p95 fell to 200 ms. ")
    let draft = EvidenceDraft(story: story, skills: ["sql"], day: "2026-06-01")
    XCTAssertEqual(
      draft.text,
      "Situation: Checkout timed out at peak.\nAction: I profiled it and added an index.")
    XCTAssertEqual(draft.outcome, "p95 fell to 200 ms.")
    XCTAssertEqual(draft.skills, ["sql"])
    XCTAssertNil(EvidenceDraft(story: StarAnswer(), skills: ["sql"], day: "2026-06-01").outcome)
  }

  func testACVBulletIsWhatWasDoneThenWhatCameOfIt() {
    var done = EvidenceEntry(
      id: "evidence-1", day: "2026-01-02", skills: ["sql"],
      text: "cut the report query from 9 s to 300 ms.\nDetails follow.",
      outcome: " PostgreSQL load halved ")
    XCTAssertEqual(
      done.cvBullet, "Cut the report query from 9 s to 300 ms. PostgreSQL load halved.")
    done.outcome = nil
    XCTAssertEqual(done.cvBullet, "Cut the report query from 9 s to 300 ms.")
    let story = EvidenceDraft(
      story: StarAnswer(
        situation: "Checkout lost orders.", action: "I added an idempotency key",
        result: "No lost orders since!"), skills: ["sql"], day: "2026-01-02")
    let fromStory = EvidenceEntry(
      id: "evidence-2", day: story.day, skills: story.skills, text: story.text,
      outcome: story.outcome)
    XCTAssertEqual(fromStory.cvBullet, "I added an idempotency key. No lost orders since!")
  }

  func testTheFootnoteSaysHowManyRatingsLackEvidence() {
    XCTAssertNil(EvidenceSummary.footnote(unbackedCount: 0, marker: "!", scale: .standard))
    XCTAssertEqual(
      EvidenceSummary.footnote(unbackedCount: 3, marker: "!", scale: .standard),
      "! 3 rated Proficient or more with no evidence yet")
  }

  func testOnAShorterScaleTheStrongStepWantsEvidence() {
    let scale = RatingScale(
      first: 1, steps: ["Learning", "Doing", "Leading"].map { RatingScale.Step(name: $0) })
    let summary = EvidenceSummary([entry(1, ["sql"])], scale: scale)
    XCTAssertEqual(summary.strong, 2)
    XCTAssertEqual(summary.unbacked(["sql": 2, "go": 2, "java": 1]), ["go"])
    XCTAssertEqual(
      EvidenceSummary.footnote(unbackedCount: 1, marker: "!", scale: scale),
      "! 1 rated Leading or more with no evidence yet")
  }
}
