import CoachCore
import XCTest

@testable import CoachContent

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

  /// A pack that gives no scope: a level's place on its track decides, so seven developer
  /// levels go own work, own, own, people, people, teams, teams.
  func testRubricByPlaceOnTheTrackWithoutAStoryScope() {
    var pack = TestPack.pack
    pack.levels = (1...7).map {
      Level(id: "d\($0)", name: "Developer \($0)", overview: "", source: "s", requirements: [])
    }
    pack.tracks = [Track(id: "t", name: "T", source: "s", levels: pack.levels.map(\.id))]
    XCTAssertEqual(
      pack.levels.map { pack.storyScope(of: $0.id) },
      [.own, .own, .people, .people, .teams, .teams, .teams])
    XCTAssertEqual(pack.storyScope(of: "nowhere"), .own)
  }

  func testRubricPerLevel() throws {
    let shipped = try PackLoader.shipped()
    XCTAssertEqual(
      ScopeRubric.forScope(.own, name: "Mid-Level Backend Developer").name,
      "Mid-Level Backend Developer")
    XCTAssertEqual(ScopeRubric.forLevel("mid", in: shipped).people, 0)
    XCTAssertEqual(ScopeRubric.forLevel("senior", in: shipped).people, 3)
    XCTAssertEqual(ScopeRubric.forLevel("lead", in: shipped).people, 3)
    XCTAssertEqual(ScopeRubric.forLevel("staff", in: shipped).teams, 2)
    XCTAssertEqual(ScopeRubric.forLevel("architect", in: shipped).teams, 2)
    XCTAssertTrue(ScopeRubric.forLevel("junior", in: shipped).isMet(by: StoryScope()))
    XCTAssertFalse(ScopeRubric.forLevel("senior", in: shipped).isMet(by: StoryScope(people: 2)))
    XCTAssertTrue(ScopeRubric.forLevel("senior", in: shipped).isMet(by: StoryScope(people: 3)))
    XCTAssertFalse(
      ScopeRubric.forLevel("staff", in: shipped).isMet(by: StoryScope(people: 30, teams: 1)))
    XCTAssertEqual(ScopeRubric.forLevel("contract", in: shipped).people, 3)
    XCTAssertEqual(ScopeRubric.forLevel("cto", in: shipped).teams, 2)
    XCTAssertTrue(ScopeRubric.forLevel("staff", in: shipped).isMet(by: StoryScope(teams: 2)))
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
