import CoachCore
import CoachStore
import Foundation
import XCTest

final class AssessmentStoreTests: StoreTestCase {
  func testStartSaveResumeFinish() throws {
    let start = StoreFixture.date(0.123)
    var assessment = try store.startAssessment(
      mode: .full, years: 3, market: "dk", languages: ["go", "python"], now: start)
    XCTAssertGreaterThan(assessment.id, 0)
    XCTAssertEqual(assessment.startedAt, start)
    XCTAssertNil(assessment.finishedAt)
    XCTAssertEqual(try store.unfinishedAssessment(), assessment)
    XCTAssertNil(try store.latestFinished())

    let rated = SkillAnswer(rating: 3, note: "ran the Go service for two years")
    try store.saveAnswer(assessment: assessment.id, skill: "go", answer: rated, position: 1)
    try store.saveAnswer(assessment: assessment.id, skill: "java", answer: .skip(), position: 2)
    try store.saveAnswer(
      assessment: assessment.id, skill: "sql", answer: SkillAnswer(rating: 1), position: 3)
    // Changing an answer replaces it.
    try store.saveAnswer(
      assessment: assessment.id, skill: "sql", answer: SkillAnswer(rating: 2, note: "indexes"),
      position: 4)
    assessment.answers = [
      "go": rated, "java": .skip(), "sql": SkillAnswer(rating: 2, note: "indexes"),
    ]
    assessment.position = 4
    XCTAssertEqual(try store.assessment(id: assessment.id), assessment)
    XCTAssertEqual(try store.unfinishedAssessment(), assessment)

    try store.savePosition(assessment: assessment.id, position: 2)
    assessment.position = 2
    XCTAssertEqual(try store.assessment(id: assessment.id), assessment)

    let end = StoreFixture.date(600.5)
    try store.finish(assessment: assessment.id, at: end)
    assessment.finishedAt = end
    XCTAssertEqual(try store.latestFinished(), assessment)
    XCTAssertNil(try store.unfinishedAssessment())
    XCTAssertTrue(try XCTUnwrap(store.assessment(id: assessment.id)).isFinished)
  }

  func testQuickAnswers() throws {
    var quick = try store.startAssessment(
      mode: .quick, years: nil, market: nil, languages: [], now: StoreFixture.date(1))
    try store.saveCategoryAnswer(
      assessment: quick.id, category: "data", answer: SkillAnswer(rating: 2), position: 1)
    try store.saveCategoryAnswer(
      assessment: quick.id, category: "soft", answer: .skip(note: "later"), position: 2)
    quick.categoryAnswers = ["data": SkillAnswer(rating: 2), "soft": .skip(note: "later")]
    quick.position = 2
    XCTAssertEqual(try store.assessment(id: quick.id), quick)
    XCTAssertEqual(try store.summaries().first?.answered, 1)
  }

  func testSkippedAnswerKeepsNoRating() {
    let answer = SkillAnswer(rating: 3, note: nil, skipped: true)
    XCTAssertNil(answer.rating)
    XCTAssertNil(answer.effectiveRating)
  }

  func testUnfinishedIsTheLatest() throws {
    let old = try store.startAssessment(
      mode: .full, years: nil, market: nil, languages: [], now: StoreFixture.date(1))
    let new = try store.startAssessment(
      mode: .quick, years: nil, market: nil, languages: [], now: StoreFixture.date(2))
    XCTAssertEqual(try store.unfinishedAssessment()?.id, new.id)
    try store.finish(assessment: new.id, at: StoreFixture.date(3))
    XCTAssertEqual(try store.unfinishedAssessment()?.id, old.id)
    XCTAssertEqual(try store.latestFinished()?.id, new.id)
  }

  func testDeepenStartsAFullAssessmentFromTheQuickOne() throws {
    let quick = try store.startAssessment(
      mode: .quick, years: 4, market: "dk", languages: ["go"], now: StoreFixture.date(1))
    try store.saveCategoryAnswer(
      assessment: quick.id, category: "languages", answer: SkillAnswer(rating: 3), position: 1)
    try store.saveCategoryAnswer(
      assessment: quick.id, category: "data", answer: SkillAnswer(rating: 2), position: 2)
    try store.finish(assessment: quick.id, at: StoreFixture.date(2))
    let quickProfile = try XCTUnwrap(store.assessment(id: quick.id)).profile(
      pack: StoreFixture.pack)

    let full = try store.deepen(quick.id, now: StoreFixture.date(10))
    XCTAssertNotEqual(full.id, quick.id)
    XCTAssertEqual(full.mode, .full)
    XCTAssertNil(full.finishedAt)
    XCTAssertEqual(full.position, 0)
    XCTAssertEqual(full.years, 4)
    XCTAssertEqual(full.market, "dk")
    XCTAssertEqual(full.languages, ["go"])
    XCTAssertEqual(try store.assessment(id: full.id), full)
    XCTAssertEqual(full.profile(pack: StoreFixture.pack).ratings, quickProfile.ratings)
    XCTAssertTrue(quickProfile.isEstimate)
    XCTAssertFalse(full.profile(pack: StoreFixture.pack).isEstimate)
    XCTAssertEqual(try store.unfinishedAssessment()?.id, full.id)
    // The quick one is kept.
    XCTAssertEqual(try store.assessment(id: quick.id)?.mode, .quick)

    try store.saveAnswer(
      assessment: full.id, skill: "sql", answer: SkillAnswer(rating: 4), position: 1)
    let refined = try XCTUnwrap(store.assessment(id: full.id)).profile(pack: StoreFixture.pack)
    XCTAssertEqual(refined.ratings["sql"], 4)
    XCTAssertEqual(refined.ratings["caching"], 2)

    XCTAssertThrowsError(try store.deepen(9999, now: Date())) { error in
      XCTAssertEqual(error as? StoreError, .noSuchAssessment(9999))
    }
  }

  func testDeleteRemovesTheAnswersToo() throws {
    let first = try store.startAssessment(
      mode: .full, years: nil, market: nil, languages: [], now: StoreFixture.date(1))
    let second = try store.startAssessment(
      mode: .full, years: nil, market: nil, languages: [], now: StoreFixture.date(2))
    try store.saveAnswer(
      assessment: first.id, skill: "go", answer: SkillAnswer(rating: 2), position: 1)
    try store.delete(assessment: first.id)
    XCTAssertNil(try store.assessment(id: first.id))
    XCTAssertEqual(try store.summaries().map(\.id), [second.id])
    try store.delete(assessment: 12345)
  }

  func testSummariesNewestFirst() throws {
    let a = try store.startAssessment(
      mode: .full, years: nil, market: nil, languages: [], now: StoreFixture.date(1))
    let b = try store.startAssessment(
      mode: .quick, years: nil, market: nil, languages: [], now: StoreFixture.date(2))
    try store.saveAnswer(assessment: a.id, skill: "go", answer: SkillAnswer(rating: 2), position: 1)
    try store.saveAnswer(assessment: a.id, skill: "sql", answer: .skip(), position: 2)
    try store.finish(assessment: a.id, at: StoreFixture.date(5))
    XCTAssertEqual(
      try store.summaries(),
      [
        AssessmentSummary(
          id: b.id, mode: .quick, startedAt: StoreFixture.date(2), finishedAt: nil, answered: 0),
        AssessmentSummary(
          id: a.id, mode: .full, startedAt: StoreFixture.date(1),
          finishedAt: StoreFixture.date(5), answered: 1),
      ])
    XCTAssertEqual(try store.assessments().map(\.id), [b.id, a.id])
    let picked = try store.assessments(ids: [a.id, 999, b.id])
    XCTAssertEqual(picked.map(\.id), [a.id, b.id], "in the order asked; unknown ids left out")
    XCTAssertEqual(picked[0].answers["sql"], .skip())
    XCTAssertEqual(try store.assessments(ids: []), [])
  }

  func testSettingsRoundTrip() throws {
    XCTAssertEqual(try store.settings(), .defaults)
    let settings = Settings(hoursPerWeek: 7.5, targetLevel: "mid", objectives: ["sql", "go"])
    try store.save(settings)
    XCTAssertEqual(try store.settings(), settings)
    try store.save(Settings())
    XCTAssertEqual(try store.settings(), Settings())
    XCTAssertThrowsError(try store.save(Settings(hoursPerWeek: -1)))
  }

  func testRefusesBadValues() throws {
    let assessment = try store.startAssessment(
      mode: .full, years: nil, market: nil, languages: [], now: Date())
    XCTAssertThrowsError(
      try store.saveAnswer(
        assessment: assessment.id, skill: "go", answer: SkillAnswer(rating: 5), position: 1))
    XCTAssertThrowsError(
      try store.saveAnswer(
        assessment: assessment.id, skill: "go", answer: SkillAnswer(rating: 2), position: -1))
    XCTAssertThrowsError(
      try store.saveAnswer(
        assessment: 999, skill: "go", answer: SkillAnswer(rating: 2), position: 1)
    ) { error in
      XCTAssertEqual(error as? StoreError, .noSuchAssessment(999))
    }
    XCTAssertThrowsError(try store.finish(assessment: 999, at: Date()))
    XCTAssertEqual(try store.assessment(id: assessment.id)?.answers, [:])
  }

  func testAddStoresAWholeAssessmentAtOnce() throws {
    let whole = Assessment(
      id: 77, mode: .full, startedAt: StoreFixture.date(1), finishedAt: StoreFixture.date(1),
      years: 2, market: "dk", languages: ["python"],
      answers: ["python": SkillAnswer(rating: 3), "sql": SkillAnswer(rating: 2)], position: 6)
    let stored = try store.add(whole)
    var expected = whole
    expected.id = stored.id
    XCTAssertEqual(stored, expected)
    XCTAssertEqual(try store.assessment(id: stored.id), expected)
  }
}
