import CoachCore
import CoachStore
import Foundation
import XCTest

final class AssessmentProfileTests: XCTestCase {
  let pack = StoreFixture.pack

  func testFullProfileUsesTheSkillAnswers() {
    let assessment = Assessment(
      mode: .full, startedAt: Date(), years: 3, market: "dk", languages: ["go"],
      answers: [
        "go": SkillAnswer(rating: 3), "sql": SkillAnswer(rating: 0, note: "none yet"),
        "java": .skip(), "caching": SkillAnswer(rating: nil, note: "unsure"),
      ])
    let profile = assessment.profile(pack: pack)
    XCTAssertEqual(profile.ratings, ["go": 3, "sql": 0])
    XCTAssertEqual(profile.years, 3)
    XCTAssertEqual(profile.market, "dk")
    XCTAssertEqual(profile.primaryLanguages, ["go"])
    XCTAssertEqual(profile.excluded, ["python", "java"], "the languages the user did not pick")
    XCTAssertFalse(profile.isEstimate)
  }

  func testQuickProfileSpreadsEachCategory() {
    let assessment = Assessment(
      mode: .quick, startedAt: Date(), languages: ["python"],
      categoryAnswers: [
        "languages": SkillAnswer(rating: 3), "data": SkillAnswer(rating: 2), "soft": .skip(),
      ])
    XCTAssertEqual(
      assessment.profile(pack: pack).ratings, ["python": 3, "sql": 2, "caching": 2])
  }

  func testQuickProfileWithoutLanguagesRatesNoLanguage() {
    let assessment = Assessment(
      mode: .quick, startedAt: Date(), categoryAnswers: ["languages": SkillAnswer(rating: 2)])
    XCTAssertEqual(
      assessment.profile(pack: pack).ratings, [:], "a rating of languages names none of them")
    XCTAssertEqual(assessment.profile(pack: pack).quickAreasRated, 1)
  }

  func testQuickIgnoresSkillAnswersAndFullOverridesCategories() {
    var assessment = Assessment(
      mode: .quick, startedAt: Date(), answers: ["sql": SkillAnswer(rating: 4)],
      categoryAnswers: ["data": SkillAnswer(rating: 1)])
    XCTAssertEqual(assessment.profile(pack: pack).ratings, ["sql": 1, "caching": 1])
    assessment.mode = .full
    assessment.answers["caching"] = .skip()
    XCTAssertEqual(assessment.profile(pack: pack).ratings, ["sql": 4])
  }

  func testAnsweredCount() {
    let assessment = Assessment(
      mode: .full, startedAt: Date(),
      answers: ["go": SkillAnswer(rating: 1), "sql": .skip()],
      categoryAnswers: ["data": SkillAnswer(rating: 1)])
    XCTAssertEqual(assessment.answeredCount, 1)
  }
}
