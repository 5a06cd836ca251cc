import XCTest

@testable import CoachCore

final class StarTests: XCTestCase {
  func testTheFourFieldsReadAndWriteByName() {
    var answer = StarAnswer()
    XCTAssertTrue(answer.isEmpty)
    for field in StarAnswer.Field.allCases { answer[field] = field.name }
    XCTAssertEqual(answer.situation, "Situation")
    XCTAssertEqual(answer.result, "Result")
    XCTAssertTrue(answer.isComplete)
    answer.task = "  "
    XCTAssertFalse(answer.isComplete)
    XCTAssertEqual(
      StarAnswer.Field.allCases.map(\.name), ["Situation", "Task", "Action", "Result"])
  }

  func testRubricPerLevel() {
    XCTAssertEqual(
      ScopeRubric.forLevel("mid", name: "Mid-Level Backend Developer").name,
      "Mid-Level Backend Developer")
    XCTAssertEqual(ScopeRubric.forLevel("mid", name: "mid").people, 0)
    XCTAssertEqual(ScopeRubric.forLevel("senior", name: "senior").people, 3)
    XCTAssertEqual(ScopeRubric.forLevel("lead", name: "lead").people, 3)
    XCTAssertEqual(ScopeRubric.forLevel("staff", name: "staff").teams, 2)
    XCTAssertEqual(ScopeRubric.forLevel("architect", name: "architect").teams, 2)
    XCTAssertTrue(ScopeRubric.forLevel("junior", name: "junior").isMet(by: StoryScope()))
    XCTAssertFalse(ScopeRubric.forLevel("senior", name: "senior").isMet(by: StoryScope(people: 2)))
    XCTAssertTrue(ScopeRubric.forLevel("senior", name: "senior").isMet(by: StoryScope(people: 3)))
    XCTAssertFalse(
      ScopeRubric.forLevel("staff", name: "staff").isMet(by: StoryScope(people: 30, teams: 1)))
    XCTAssertTrue(ScopeRubric.forLevel("staff", name: "staff").isMet(by: StoryScope(teams: 2)))
  }

  func testScopeReadsNumbersOfPeopleAndTeams() {
    XCTAssertEqual(StoryScope.read("We were 4 engineers."), StoryScope(people: 4))
    XCTAssertEqual(StoryScope.read("I led five backend developers"), StoryScope(people: 5))
    XCTAssertEqual(StoryScope.read("a team of six"), StoryScope(people: 6))
    XCTAssertEqual(
      StoryScope.read("Three teams agreed; then 2 platform teams joined"), StoryScope(teams: 3))
    XCTAssertEqual(
      StoryScope.read("Two squads and 12 people"), StoryScope(people: 12, teams: 2))
    XCTAssertEqual(StoryScope.read("I fixed it in 3 days, on my own."), StoryScope())
    XCTAssertEqual(StoryScope.read(""), StoryScope())
  }
}
