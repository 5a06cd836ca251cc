import CoachContent
import CoachCore
import XCTest

final class CalibrationTests: XCTestCase {
  static let pack = try! PackLoader.load(from: PackLoader.shippedFolder())

  /// The ids of the shipped questions on a skill.
  func questions(on skill: String) -> [String] {
    Self.pack.questions.filter { $0.skills.contains(skill) }.map(\.id)
  }

  /// `reviews` reviews spread over the skill's questions, `remembered` of them graded Good.
  func tallies(_ skill: String, reviews: Int, remembered: Int) -> [String: ReviewTally] {
    let ids = questions(on: skill)
    var result: [String: ReviewTally] = [:]
    for index in 0..<reviews {
      let id = ids[index % ids.count]
      let tally = ReviewTally(reviews: 1, remembered: index < remembered ? 1 : 0)
      result[id] = (result[id] ?? ReviewTally(reviews: 0, remembered: 0)) + tally
    }
    return result
  }

  func testSQLRatedFourButMostCardsFailedIsOverConfidentWithTheCount() throws {
    let profile = Profile(ratings: ["sql": 4, "python": 3])
    let evidence = SkillEvidence.perSkill(
      pack: Self.pack, reviewTallies: tallies("sql", reviews: 20, remembered: 9), mockAnswers: [])
    let calibration = Calibration.make(pack: Self.pack, profile: profile, evidence: evidence)
    let line = try XCTUnwrap(calibration.lines.first { $0.skill == "sql" })
    XCTAssertEqual(line.confidence, .over)
    XCTAssertEqual(line.evidence.reviews.reviews, 20)
    XCTAssertEqual(try XCTUnwrap(line.recall), 0.45, accuracy: 1e-9)
    XCTAssertEqual(
      Calibration.sentence(line, in: Self.pack),
      "You rated SQL 4 (Expert); you recall 45% of its cards (20 reviews).")
    XCTAssertEqual(calibration.calibrated(profile).ratings["sql"], 3)
    XCTAssertEqual(calibration.calibrated(profile).ratings["python"], 3)
  }

  func testTooFewReviewsAreNotFlagged() {
    let profile = Profile(ratings: ["sql": 4])
    let evidence = SkillEvidence.perSkill(
      pack: Self.pack, reviewTallies: tallies("sql", reviews: 4, remembered: 0), mockAnswers: [])
    let calibration = Calibration.make(pack: Self.pack, profile: profile, evidence: evidence)
    XCTAssertTrue(calibration.lines.isEmpty)
    XCTAssertEqual(calibration.calibrated(profile), profile)
  }

  func testMockAnswersShowUnderConfidenceAndNeverRaise() throws {
    let profile = Profile(ratings: ["sql": 1])
    let ids = questions(on: "sql")
    let answers = (0..<2).map { index in
      MockAnswer(
        position: index, questionID: ids[index], text: "…", secondsUsed: 60, timedOut: false,
        ticked: [0, 1, 2, 3], pointCount: 4)
    }
    let evidence = SkillEvidence.perSkill(pack: Self.pack, reviewTallies: [:], mockAnswers: answers)
    let calibration = Calibration.make(pack: Self.pack, profile: profile, evidence: evidence)
    let line = try XCTUnwrap(calibration.lines.first { $0.skill == "sql" })
    XCTAssertEqual(line.confidence, .under)
    XCTAssertEqual(line.mock, 1)
    XCTAssertNil(line.recall)
    XCTAssertTrue(Calibration.sentence(line, in: Self.pack).contains("(2 answers)"))
    XCTAssertEqual(calibration.calibrated(profile), profile)
  }

  func testGoodRecallBelowTheMockBarIsNotOverConfident() {
    let profile = Profile(ratings: ["sql": 3])
    let ids = questions(on: "sql")
    let answers = (0..<2).map { index in
      MockAnswer(
        position: index, questionID: ids[index], text: "…", secondsUsed: 60, timedOut: false,
        ticked: [0], pointCount: 4)
    }
    let evidence = SkillEvidence.perSkill(
      pack: Self.pack, reviewTallies: tallies("sql", reviews: 10, remembered: 9),
      mockAnswers: answers)
    let calibration = Calibration.make(pack: Self.pack, profile: profile, evidence: evidence)
    XCTAssertEqual(calibration.lines.map(\.confidence), [.matched])
  }
}
