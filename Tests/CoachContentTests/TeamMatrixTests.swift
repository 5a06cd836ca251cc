import CoachContent
import CoachCore
import XCTest

/// A team of five on the shipped pack, and what an engineering manager concludes from it: who
/// stands where, the skills only the staff engineer holds, who can mentor whom.
final class TeamMatrixTests: XCTestCase {
  private static let pack: Pack? = try? PackLoader.load(from: PackLoader.shippedFolder())

  private func shipped() throws -> Pack {
    try XCTUnwrap(Self.pack, "the shipped pack loads")
  }

  /// The mid Java developer, with the database depth of two years on the bank's ledger:
  /// PostgreSQL, query plans and indexes at Expert.
  private static var databaseMid: Persona {
    var mid = Personas.midJava
    for skill in ["postgresql", "query-optimisation", "indexing"] { mid.ratings[skill] = 4 }
    return mid
  }

  /// Sofia, the senior Go developer; Jonas, the junior; Mette, the mid with database depth;
  /// Arne, the staff engineer who designs the platform; Lars, who never finished an
  /// assessment.
  private static var team: [TeamMember] {
    [
      TeamMember(name: "Sofia", source: "sofia.json", profile: Personas.seniorGo.profile),
      TeamMember(name: "Jonas", source: "jonas.json", profile: Personas.juniorPython.profile),
      TeamMember(name: "Mette", source: "mette.json", profile: databaseMid.profile),
      TeamMember(name: "Arne", source: "arne.json", profile: Personas.staffPlatform.profile),
      TeamMember(name: "Lars", source: "lars.json", profile: nil),
    ]
  }

  private func matrix() throws -> TeamMatrix {
    TeamMatrix(people: Self.team, pack: try shipped())
  }

  private func row(_ skill: String, in matrix: TeamMatrix) throws -> TeamMatrix.Row {
    try XCTUnwrap(matrix.rows.first { $0.skill == skill }, "\(skill) is a row")
  }

  private func names(_ people: [Int], in matrix: TeamMatrix) -> [String] {
    people.map { matrix.people[$0].name }
  }

  func testPeopleAreInNameOrderEachPlacedOnTheLadder() throws {
    let matrix = try matrix()
    XCTAssertEqual(matrix.people.map(\.name), ["Arne", "Jonas", "Lars", "Mette", "Sofia"])
    XCTAssertEqual(
      matrix.standings.map { $0.placement?.level }, ["staff", "junior", nil, "mid", "senior"])
    XCTAssertEqual(matrix.unassessed, [2])
    XCTAssertTrue(matrix.rows.allSatisfy { $0.ratings[2] == nil }, "Lars rated nothing")
    XCTAssertEqual(matrix.strong, 3, "Proficient on the shipped scale")
  }

  func testTheTeamIsThinWhereOnlyTheStaffEngineerIsStrong() throws {
    let matrix = try matrix()
    for skill in ["api-gateway", "terraform"] {
      let row = try row(skill, in: matrix)
      XCTAssertTrue(row.isThin, skill)
      XCTAssertEqual(names(row.holders, in: matrix), ["Arne"], skill)
    }
    // Two people hold Kubernetes and REST APIs: losing one would not leave the team bare.
    for skill in ["kubernetes", "rest-apis", "distributed-systems"] {
      XCTAssertFalse(try row(skill, in: matrix).isThin, skill)
    }
    XCTAssertEqual(
      names(try row("indexing", in: matrix).holders, in: matrix), ["Arne", "Mette", "Sofia"])
    // Nobody is strong in business alignment, and the staff engineer needs it for Architect.
    let business = try row("business-alignment", in: matrix)
    XCTAssertTrue(business.holders.isEmpty)
    XCTAssertEqual(names(business.neededBy, in: matrix), ["Arne"])
    XCTAssertTrue(business.isThin)
    let thin = matrix.thinRows
    let firstHeld = try XCTUnwrap(thin.firstIndex { !$0.holders.isEmpty })
    XCTAssertTrue(thin[..<firstHeld].allSatisfy(\.holders.isEmpty), "nobody's skills first")
    XCTAssertTrue(thin[firstHeld...].allSatisfy { $0.holders.count == 1 })
  }

  func testTheSeniorCanMentorTheJuniorInAPIsAndTheMidInIndexing() throws {
    let matrix = try matrix()
    let pairs = matrix.pairings.map {
      "\($0.skill) \(matrix.people[$0.mentor].name)>\(matrix.people[$0.mentee].name)"
    }
    XCTAssertTrue(pairs.contains("rest-apis Sofia>Jonas"), "\(pairs)")
    XCTAssertTrue(pairs.contains("indexing Mette>Jonas"), "\(pairs)")
    // One step apart is not mentoring: Mette (3) learns REST APIs beside Sofia (4).
    XCTAssertFalse(pairs.contains("rest-apis Sofia>Mette"), "\(pairs)")
    XCTAssertFalse(pairs.contains { $0.contains("Lars") }, "nobody pairs with the unrated")
    let apis = matrix.pairings.filter { $0.skill == "rest-apis" }
      .map { "\(matrix.people[$0.mentor].name)>\(matrix.people[$0.mentee].name)" }
    XCTAssertEqual(apis, ["Arne>Jonas", "Sofia>Jonas"], "the best mentor first, then by name")
    XCTAssertTrue(matrix.pairings.allSatisfy { $0.mentorRating - $0.menteeRating >= 2 })
    XCTAssertTrue(matrix.pairings.allSatisfy { $0.mentorRating >= 3 })
  }

  func testTheSameTeamInAnyOrderGivesTheSameMatrix() throws {
    let pack = try shipped()
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<5 {
      let shuffled = TeamMatrix(people: Self.team.shuffled(using: &generator), pack: pack)
      XCTAssertEqual(shuffled, try matrix())
    }
  }

  func testAThinSkillNeedsOneHolderOrANeedAndAMentorTwoStepsAbove() throws {
    let pack = try shipped()
    let people = [
      TeamMember(name: "b", profile: Profile(ratings: ["go": 3, "sql": 3, "redis": 1])),
      TeamMember(name: "a", profile: Profile(ratings: ["go": 1, "sql": 3, "redis": 2])),
      TeamMember(name: "c", profile: Profile(ratings: ["go": 2])),
    ]
    let matrix = TeamMatrix(people: people, pack: pack)
    XCTAssertEqual(matrix.people.map(\.name), ["a", "b", "c"])
    let go = try row("go", in: matrix)
    XCTAssertEqual(go.ratings, [1, 3, 2])
    XCTAssertTrue(go.isThin)
    XCTAssertFalse(try row("sql", in: matrix).isThin, "two hold SQL")
    // Nobody rated Git, and Junior asks for it: a row with no rating, needed by all, thin.
    let git = try row("git", in: matrix)
    XCTAssertEqual(git.ratings, [nil, nil, nil])
    XCTAssertEqual(git.neededBy, [0, 1, 2])
    XCTAssertTrue(git.isThin)
    // c rated no database, and Junior asks for one of eight: c needs one of them, not all.
    let databases =
      ["sql", "postgresql", "mysql", "oracle", "sql-server", "mongodb"]
      + ["cassandra", "redis"]
    XCTAssertEqual(
      matrix.rows.filter { databases.contains($0.skill) && $0.neededBy.contains(2) }.count, 1)
    XCTAssertEqual(
      matrix.pairings.map { "\($0.skill) \($0.mentor)>\($0.mentee)" }, ["go 1>0"],
      "b mentors a in Go; c, one step below, and the unrated, are not paired")
    XCTAssertFalse(
      matrix.rows.contains { $0.skill == "kubernetes" }, "a skill nobody rated or needs is left out"
    )
  }
}
