import CoachContent
import CoachCore
import Foundation
import XCTest

/// Questions as a team writes them: no key points, level or skills, a kind of the pack's own.
final class OpenQuestionTests: XCTestCase {
  static let values = QuestionKind(id: "values", name: "Values and motivation")
  static let leadership = QuestionKind(id: "leadership", name: "Leadership", star: true)

  static func question(
    _ id: String, kind: QuestionKind = .behavioural, level: String? = nil,
    skills: [String] = [], points: [String] = []
  ) -> Question {
    Question(
      id: id, text: "Tell me about \(id).", kind: kind, level: level, skills: skills,
      keyPoints: points, hint: nil, tags: ["acme"])
  }

  func testAnAnswerWithNoKeyPointsToCheckHasNoScore() {
    XCTAssertNil(MockScore.overall([(0, 0)]))
    XCTAssertNil(MockScore.overall([(0, 0), (0, 0)]))
    XCTAssertEqual(MockScore.overall([(1, 2), (0, 0)]), 0.5)
    let interview = MockInterview(
      startedAt: Date(timeIntervalSince1970: 0), length: .questions(1), focus: .all,
      questions: ["a"],
      answers: [
        MockAnswer(
          position: 0, questionID: "a", text: "An answer", secondsUsed: 30, timedOut: false,
          ticked: [], pointCount: 0)
      ])
    XCTAssertNil(interview.score)
    XCTAssertEqual(interview.missedPointCount, 0)
  }

  func testAQuestionWithoutSkillsOrLevelIsOnlyUnderAll() throws {
    var pack = try PackLoader.shipped()
    let open = Self.question("open")
    pack.questions = [open, Self.question("placed", level: "mid", skills: ["sql"])]
    let filters = DrillFilter.choices(pack: pack, hasGaps: true)
    XCTAssertTrue(filters.contains(.level("mid")) && filters.contains(.skill("sql")))
    for filter in filters {
      XCTAssertEqual(
        filter.matches(open, pack: pack, gapSkills: ["sql"]), filter == .all, filter.code)
    }
    pack.questions = [open]
    XCTAssertEqual(DrillFilter.choices(pack: pack, hasGaps: true), [.all, .gaps])
  }

  func testTheKindsAreThePacksOwn() {
    let values = Self.question("why-here", kind: Self.values)
    XCTAssertTrue(MockPlan.matches(values, focus: .kind("values"), gapSkills: []))
    XCTAssertFalse(MockPlan.matches(values, focus: .kind("behavioural"), gapSkills: []))
    XCTAssertEqual(Self.values.mockSeconds, 180)
    XCTAssertEqual(Self.leadership.mockSeconds, 120)
    XCTAssertEqual(values.tagLine, "Tags: acme")
  }

  func testAStarKindOfThePacksOwnReadsTheStoryParts() {
    let points = [
      "Situation: the slow query.", "Task: your part.", "Action: what you did.",
      "Result: the numbers.", "Learning: what you do now.",
    ]
    let story = """
      Our search query was slow for weeks. I was asked to fix it. I profiled it and added an
      index. Latency fell 60% in a day. I learned to check plans in review.
      """
    var question = Self.question("slow-query", kind: Self.leadership, points: points)
    question.text = "Tell me about a slow query you fixed."
    XCTAssertEqual(KeyPointMatch.covered(question, by: story, synonyms: .none), [0, 1, 2, 3, 4])
    question.kind = Self.values
    XCTAssertEqual(KeyPointMatch.covered(question, by: story, synonyms: .none), [])
  }
}
