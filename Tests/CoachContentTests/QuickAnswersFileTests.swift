import CoachContent
import CoachCore
import Foundation
import XCTest

/// `assess --answers` takes a quick assessment (`mode: quick`, per-area ratings) and the
/// languages, databases and cloud the user works with.
final class QuickAnswersFileTests: XCTestCase {
  private func parse(_ text: String) throws -> AnswersFile {
    try AnswersFileFixture.parse(text)
  }

  private func problem(_ text: String) -> String { AnswersFileFixture.problem(text) }

  func testReadsAQuickAssessmentWithItsPick() throws {
    let file = try parse(
      """
      mode: quick
      areas: {languages: 3, relational-databases: 3, cloud: 2, people: null}
      years: 4.5
      languages: [python]
      databases: [postgresql, redis]
      cloud: [aws]
      """)
    XCTAssertEqual(file.mode, .quick)
    XCTAssertEqual(file.areas, ["languages": 3, "relational-databases": 3, "cloud": 2])
    XCTAssertEqual(file.ratings, [:])
    XCTAssertEqual(
      file.pick,
      StackPick(languages: ["python"], databases: ["postgresql", "redis"], cloud: ["aws"]))
    let assessment = file.assessment(
      pack: try AnswersFileFixture.pack.get(), now: Date(timeIntervalSince1970: 0))
    XCTAssertEqual(assessment.mode, .quick)
    XCTAssertEqual(assessment.categoryAnswers["languages"]?.rating, 3)
    XCTAssertEqual(assessment.databases, ["postgresql", "redis"])
    XCTAssertTrue(assessment.isFinished)
  }

  func testAFullFileAddsRatedLanguagesToThePickItNames() throws {
    let file = try parse("ratings: {python: 3, java: 2, go: 0}\nlanguages: [python]")
    XCTAssertEqual(file.mode, .full)
    XCTAssertEqual(file.pick.languages, ["python", "java"], "a rated language is one they use")
    XCTAssertEqual(file.pick.databases, [], "no pick named: nothing is left out")
  }

  func testEachProblemNamesTheFileAndTheField() {
    XCTAssertEqual(
      problem("mode: quick\nareas: {}\nratings: {python: 3}"),
      "answers.yaml: \"ratings\" belongs to a full assessment; a quick one rates \"areas\".")
    XCTAssertEqual(
      problem("mode: quick\nyears: 3"), "answers.yaml: the quick assessment has no \"areas\".")
    XCTAssertTrue(
      problem("areas: {languages: 3}").hasPrefix(
        "answers.yaml: \"areas\" belongs to a quick assessment; add \"mode: quick\""))
    XCTAssertEqual(
      problem("mode: brief\nratings: {}"),
      "answers.yaml: \"mode\" must be quick or full (line 1, column 7).")
    XCTAssertTrue(
      problem("mode: quick\nareas: {frontend: 2}").hasPrefix(
        "answers.yaml: unknown area \"frontend\" in \"areas\"; the pack has languages,"))
    XCTAssertEqual(
      problem("mode: quick\nareas: {cloud: 5}"),
      "answers.yaml: the rating of the area \"cloud\" must be a whole number 0-4 (line 2, column 16)."
    )
    XCTAssertTrue(
      problem("ratings: {}\ndatabases: [python]").hasPrefix(
        "answers.yaml: \"python\" in \"databases\" is not one of the databases (postgresql,"))
    XCTAssertEqual(
      problem("mode: quick\nareas: {cloud: 2, relational-databases: 3}"),
      "answers.yaml: the area \"cloud\" is rated but \"cloud\" names none of its skills, so the "
        + "rating would stand for nothing; list the ones you work with (line 2, column 8).")
    XCTAssertTrue(
      problem("ratings: {}\ncloud: [heroku]").hasPrefix(
        "answers.yaml: unknown skill \"heroku\" in \"cloud\""))
  }
}
