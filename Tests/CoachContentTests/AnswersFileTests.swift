import CoachContent
import CoachCore
import Foundation
import TestSupport
import XCTest

/// The answers file of `assess --answers`: what it accepts, and the one sentence naming the
/// file and the field for what it refuses.
final class AnswersFileTests: XCTestCase {
  /// The first tests of a whole run: the release build the journeys need starts here, on
  /// the core the unit tests leave free.
  override class func setUp() {
    super.setUp()
    ReleaseBuild.shared.startForWholeRun()
  }

  private func parse(_ text: String) throws -> AnswersFile {
    try AnswersFileFixture.parse(text)
  }

  private func problem(_ text: String) -> String { AnswersFileFixture.problem(text) }

  func testReadsRatingsYearsMarketAndLanguages() throws {
    let file = try parse(
      """
      ratings: {python: 3, postgresql: 2, docker: null}
      years: 4
      market: dk
      languages: [python, python]
      """)
    XCTAssertEqual(file.ratings, ["python": 3, "postgresql": 2])
    XCTAssertEqual(file.years, 4)
    XCTAssertEqual(file.market, "dk")
    XCTAssertEqual(file.languages, ["python"])
  }

  func testJSONIsAcceptedToo() throws {
    let file = try parse(#"{"ratings": {"python": 1}}"#)
    XCTAssertEqual(file.ratings, ["python": 1])
    XCTAssertNil(file.years)
  }

  func testEachProblemNamesTheFileAndTheField() throws {
    XCTAssertEqual(problem(""), "answers.yaml: the file is empty.")
    XCTAssertEqual(problem("years: 3"), "answers.yaml: the file has no \"ratings\".")
    XCTAssertEqual(
      problem("ratings: {cobol: 2}"),
      "answers.yaml: unknown skill \"cobol\" in \"ratings\" (line 1, column 11).")
    XCTAssertEqual(
      problem("ratings: {python: 7}"),
      "answers.yaml: the rating of \"python\" is 7, outside 0-4 (line 1, column 19).")
    XCTAssertTrue(
      problem("ratings: {}\nmarket: mars").hasPrefix("answers.yaml: unknown market \"mars\""))
    XCTAssertTrue(
      problem("ratings: {}\ncolour: blue").hasPrefix("answers.yaml: unknown key \"colour\""))
    XCTAssertEqual(
      problem("[1, 2]"),
      "answers.yaml: the file must be a mapping with \"ratings\", not a list (line 1, column 1).")
  }

  func testYearsMayBeDecimalAndNonsenseIsRefused() throws {
    XCTAssertEqual(try parse("ratings: {}\nyears: 4.5\n").years, 4.5)
    XCTAssertEqual(try parse("ratings: {}\nyears: 12\n").years, 12)
    XCTAssertTrue(problem("ratings: {}\nyears: many\n").contains("such as 3 or 4.5"))
    XCTAssertTrue(problem("ratings: {}\nyears: 95\n").contains("outside 0-80"))
  }
}
