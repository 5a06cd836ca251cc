import CoachCore
import XCTest

@testable import CoachContent

/// Packs loaded on top of each other: the merge of their entries, the clash of an id two
/// layers define, and the loader reading a layer that leaves files out.
final class PackLayersTests: XCTestCase {
  private var folders: [URL] = []

  override func tearDown() {
    for folder in folders { try? FileManager.default.removeItem(at: folder) }
    folders = []
  }

  private func write(_ files: [String: String]) throws -> URL {
    let folder = try PackFixture.write(files)
    folders.append(folder)
    return folder
  }

  private static let teamRole = """
    id: team-questions
    title: Our team's questions
    summary: The questions our interviewers ask.
    sources:
      - id: team
        title: Our interview guide
    sections:
      - id: team-about
        title: About these questions
        body: What our interviewers ask most.
        source: team

    """

  /// One question at the base's junior level about the base's Python skill.
  private static func teamQuestions(id: String = "team-retries") -> String {
    """
    questions:
      - id: \(id)
        text: How do you retry a failed message from a queue?
        kind: technical
        level: junior
        skills: [python]
        key_points:
          - Back off between retries.
          - Send a message that keeps failing to a dead-letter queue.
          - Keep the handler idempotent.
        hint: Think of the same message arriving twice.
        source: team

    """
  }

  private func market(_ id: String) -> Market { Market(id: id, name: id, currency: "EUR") }

  // MARK: The merge

  func testLaterLayersAddTheirEntriesAfterTheFirstAndKeepItsRole() {
    var base = PackLayer.emptyPack
    base.role = Role(
      id: "base", title: "Base", summary: "The base.", sources: [Source(id: "own", title: "Us")],
      sections: [], faq: [])
    base.markets = [market("dk")]
    base.synonyms = Synonyms(["k8s": ["kubernetes"]])
    var team = PackLayer.emptyPack
    team.role = Role(
      id: "team", title: "Team", summary: "The team.",
      sources: [Source(id: "team", title: "Guide")], sections: [], faq: [])
    team.markets = [market("de"), market("se")]
    team.synonyms = Synonyms(["k8s": ["kubernetes", "cluster"], "pg": ["postgresql"]])

    let merged = PackLayer.merge([
      PackLayer(
        folder: "base", pack: base, places: [.market: ["dk": Place(line: 2, column: 9)]]),
      PackLayer(
        folder: "team/", pack: team,
        places: [.market: ["de": Place(line: 2, column: 9), "se": Place(line: 5, column: 9)]]),
    ])

    XCTAssertEqual(merged.diagnostics, [])
    XCTAssertEqual(merged.pack.markets.map(\.id), ["dk", "de", "se"])
    XCTAssertEqual(merged.pack.role.id, "base")
    XCTAssertEqual(merged.pack.role.sources.map(\.id), ["own", "team"])
    XCTAssertEqual(merged.pack.synonyms.terms["k8s"], ["kubernetes", "cluster"])
    XCTAssertEqual(merged.pack.synonyms.terms["pg"], ["postgresql"])
    XCTAssertEqual(
      merged.definitions[.market]?["se"],
      DefinitionPlace(path: "team/salaries.yaml", place: Place(line: 5, column: 9)))
  }

  func testAnIDTwoLayersDefineIsAnErrorAtTheLaterOneNamingTheFirst() {
    let layers = [
      PackLayer(
        folder: "Content/base", pack: PackLayer.emptyPack,
        places: [
          .question: ["q-1": Place(line: 40, column: 9)], .skill: ["go": .init(line: 3, column: 9)],
        ]),
      PackLayer(
        folder: "team", pack: PackLayer.emptyPack,
        places: [.question: ["q-1": Place(line: 12, column: 9)]]),
      PackLayer(
        folder: "more", pack: PackLayer.emptyPack,
        places: [.skill: ["go": .init(line: 7, column: 9)]]),
    ]
    let merged = PackLayer.merge(layers)
    XCTAssertEqual(
      merged.diagnostics.map(\.description),
      [
        "team/questions.yaml:12:9: error: question 'q-1' is already defined in "
          + "Content/base/questions.yaml:40:9",
        "more/skills.yaml:7:9: error: skill 'go' is already defined in Content/base/skills.yaml:3:9",
      ])
  }

  // MARK: Loading layers

  func testAQuestionsOnlyLayerOnAPackAddsItsQuestions() throws {
    let base = try write(PackFixture.files())
    let team = try write(["role.yaml": Self.teamRole, "questions.yaml": Self.teamQuestions()])
    let result = try PackLoader.check(layers: [base, team])
    XCTAssertEqual(result.diagnostics, [])
    XCTAssertEqual(result.pack.questions.map(\.id), ["rest-design", "team-retries"])
    XCTAssertEqual(result.pack.role.id, "test-role")
    XCTAssertEqual(result.pack.skills.map(\.id), ["python", "go"])
    XCTAssertEqual(result.pack.tips.map(\.id), ["cv-metrics"])
    XCTAssertEqual(try PackLoader.load(layers: [base, team]).questions.count, 2)
  }

  func testALayersRoleNeedsOnlyItsSourcesAndAddsWhatItGives() throws {
    let base = try write(PackFixture.files())
    let role = """
      sources:
        - id: team
          title: Our interview guide
      faq:
        - question: Who wrote these questions?
          answer: Our interviewers.
          source: team

      """
    let team = try write(["role.yaml": role, "questions.yaml": Self.teamQuestions()])
    let result = try PackLoader.check(layers: [base, team])
    XCTAssertEqual(result.diagnostics, [])
    XCTAssertEqual(result.pack.role.title, "Test Role")
    XCTAssertEqual(result.pack.role.sources.map(\.id), ["000", "own", "team"])
    XCTAssertEqual(result.pack.role.sections.map(\.id), ["what"])
    XCTAssertEqual(result.pack.role.faq.map(\.question), ["Why?", "Who wrote these questions?"])

    let withoutSources = try write(["role.yaml": "faq: []\n"])
    XCTAssertEqual(
      try PackLoader.check(layers: [base, withoutSources]).diagnostics.map(\.description),
      ["\(withoutSources.path)/role.yaml:1:1: error: missing field 'sources'"])
  }

  func testALayersClashAndUnknownReferenceAreReportedInItsFiles() throws {
    let base = try write(PackFixture.files())
    let questions = Self.teamQuestions(id: "rest-design")
      .replacingOccurrences(of: "skills: [python]", with: "skills: [pyhton]")
    let team = try write(["role.yaml": Self.teamRole, "questions.yaml": questions])
    let result = try PackLoader.check(layers: [base, team])
    XCTAssertEqual(
      result.diagnostics.map(\.description).sorted(),
      [
        "\(team.path)/questions.yaml:2:9: error: question 'rest-design' is already defined in "
          + "\(base.path)/questions.yaml:2:9",
        "\(team.path)/questions.yaml:6:14: error: unknown skill 'pyhton'",
      ])
    XCTAssertThrowsError(try PackLoader.load(layers: [base, team]))
  }

  func testTheFirstPackMustBeWholeWhileALayerMayLeaveOutRequiredFiles() throws {
    let team = try write([
      "questions.yaml": Self.teamQuestions().replacingOccurrences(
        of: "source: team", with: "source: own")
    ])
    let base = try write(PackFixture.files())
    XCTAssertEqual(try PackLoader.check(layers: [base, team]).diagnostics, [])
    let teamFirst = try PackLoader.check(layers: [team, base]).diagnostics.map(\.description)
    XCTAssertTrue(
      teamFirst.contains("\(team.path)/skills.yaml:1:1: error: file is missing"), "\(teamFirst)")
  }

  func testSkillsALayerAddsFollowTheWholePacksRuleOnStudyHours() throws {
    let base = try write(PackFixture.files())
    let skills = """
      categories:
        - id: ops
          name: Operations
          description: Running services.
          anchors: {0: Never., 1: Read., 2: Helped., 3: Alone., 4: Teaches.}
      skills:
        - id: on-call
          name: On call
          category: ops
          description: Answering pages.
          anchors: {0: Never., 1: Read., 2: Helped., 3: Alone., 4: Teaches.}

      """
    let levels = """
      levels:
        - id: staff
          name: Staff
          overview: Leads across teams.
          source: own
          requirements:
            - skill: on-call
              min: 3
      tracks:
        - id: ops-ladder
          name: Operations ladder
          source: own
          levels: [junior, staff]

      """
    let team = try write([
      "skills.yaml": skills, "levels.yaml": levels,
    ])
    let result = try PackLoader.check(layers: [base, team])
    XCTAssertEqual(
      result.diagnostics.map(\.description),
      [
        "\(team.path)/skills.yaml:7:9: error: skill 'on-call' has no hours_per_step while 2 "
          + "skills have one; give every skill hours_per_step, or none (then the app makes no "
          + "study plan)"
      ])
    XCTAssertEqual(result.pack.tracks.map(\.id), ["ladder", "ops-ladder"])
  }

  func testOneFolderIsCheckedAsAPackAlone() throws {
    let base = try write(PackFixture.files())
    let alone = try PackLoader.check(base)
    let layered = try PackLoader.check(layers: [base])
    XCTAssertEqual(layered.pack, alone.pack)
    XCTAssertEqual(layered.diagnostics, alone.diagnostics)
  }

  func testAFolderGivenTwiceIsRefused() throws {
    let base = try write(PackFixture.files())
    let again = URL(fileURLWithPath: base.path + "/.")
    XCTAssertThrowsError(try PackLoader.check(layers: [base, again])) { error in
      XCTAssertEqual(
        (error as? PackError)?.description,
        "the content folder \(base.path)/. is given twice; give each pack once, the base first")
    }
  }

  func testContentFoldersAreTheFlagsInOrderElseTheEnvironmentsOne() throws {
    let environment = ["CAREER_COACH_CONTENT": "/from/env"]
    XCTAssertEqual(
      try PackLoader.contentFolders(explicit: ["/base", "/team"], environment: environment)
        .map(\.path), ["/base", "/team"])
    XCTAssertEqual(
      try PackLoader.contentFolders(explicit: [], environment: environment).map(\.path),
      ["/from/env"])
  }
}
