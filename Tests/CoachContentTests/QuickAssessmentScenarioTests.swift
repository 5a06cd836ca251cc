import CoachContent
import CoachCore
import Foundation
import TestSupport
import XCTest

/// Quick and full assessments on the shipped pack for people who name their stack, with what an
/// engineering manager would expect: nothing rated that the person does not use, the languages
/// area judged on their language, and a quick estimate never above the same answers in full.
final class QuickAssessmentScenarioTests: XCTestCase {
  private static let pack: Pack? = try? PackLoader.load(from: PackLoader.shippedFolder())
  private let now = Date(timeIntervalSince1970: 1_780_000_000)

  private func shipped() throws -> Pack { try XCTUnwrap(Self.pack, "the shipped pack loads") }

  /// 4.5 years of Django on PostgreSQL (Redis for caching) deployed to AWS.
  private let python = StackPick(
    languages: ["python"], databases: ["postgresql", "redis"], cloud: ["aws"])
  private let pythonAreas: [String: Rating] = [
    "languages": 3, "relational-databases": 3, "nosql": 2, "data-modelling": 3, "apis": 3,
    "cloud": 2, "infrastructure": 2, "security": 2, "architecture": 2, "testing": 3,
    "delivery": 3, "fundamentals": 3, "ways-of-working": 3, "people": 3,
  ]
  /// 6 years of Spring Boot on MySQL, deployed to Azure.
  private let java = StackPick(languages: ["java"], databases: ["mysql"], cloud: ["azure"])

  private func quick(_ pick: StackPick, _ areas: [String: Rating], years: Double = 4.5)
    -> Assessment
  {
    Assessment(
      mode: .quick, startedAt: now, finishedAt: now, years: years, languages: pick.languages,
      databases: pick.databases, cloud: pick.cloud,
      categoryAnswers: areas.mapValues { SkillAnswer(rating: $0) })
  }

  /// The same answers given in full: every skill the full assessment asks (all but the
  /// languages, databases and cloud left out of the pick) rated at its area's rating.
  private func full(sameAs quick: Assessment, pack: Pack) -> Assessment {
    let excluded = quick.pick.excluded(in: pack)
    var answers: [String: SkillAnswer] = [:]
    for skill in pack.skills where !excluded.contains(skill.id) {
      if let rating = quick.categoryAnswers[skill.category]?.rating {
        answers[skill.id] = SkillAnswer(rating: rating)
      }
    }
    var result = quick
    result.mode = .full
    result.categoryAnswers = [:]
    result.answers = answers
    return result
  }

  private func report(_ assessment: Assessment, pack: Pack) -> CareerReport {
    CareerReport.make(pack: pack, profile: assessment.profile(pack: pack))
  }

  func testThePythonDeveloperIsRatedOnlyOnWhatTheyUse() throws {
    let pack = try shipped()
    let profile = quick(python, pythonAreas).profile(pack: pack)
    for other in ["mysql", "oracle", "sql-server", "mongodb", "cassandra", "java", "nodejs", "go"]
      + ["azure", "gcp"]
    {
      XCTAssertNil(profile.rating(of: other), "\(other) was never rated")
    }
    XCTAssertEqual(profile.rating(of: "python"), 3)
    XCTAssertEqual(profile.rating(of: "postgresql"), 3)
    XCTAssertEqual(profile.rating(of: "redis"), 2)
    XCTAssertEqual(profile.rating(of: "aws"), 2)
    XCTAssertEqual(profile.rating(of: "rest-apis"), 3, "an ordinary area stands for its skills")
  }

  func testThePythonDevelopersQuickEstimateAgreesWithTheSameAnswersInFull() throws {
    let pack = try shipped()
    let quickAssessment = quick(python, pythonAreas)
    let quickReport = report(quickAssessment, pack: pack)
    let fullReport = report(full(sameAs: quickAssessment, pack: pack), pack: pack)
    XCTAssertEqual(quickReport.ladder?.level, "mid", "a 4.5-year Django developer is Mid")
    XCTAssertEqual(quickReport.ladder?.level, fullReport.ladder?.level)
    for (q, f) in zip(quickReport.placement.tracks, fullReport.placement.tracks) {
      XCTAssertLessThanOrEqual(q.placedIndex ?? -1, f.placedIndex ?? -1, q.track)
    }
    let estimate = try XCTUnwrap(quickReport.estimateLine(in: pack))
    XCTAssertTrue(estimate.hasPrefix("Estimate from a quick assessment: 14 areas rated"), estimate)
    XCTAssertNil(fullReport.estimateLine(in: pack), "a full assessment is no estimate")
  }

  /// The same developer has never mentored or led anyone and says so: that says nothing about
  /// their problem solving or how they work with their team, and an engineering manager still
  /// calls them Mid, though not Senior.
  func testAMidWhoHasNeverLedAnyoneIsStillMid() throws {
    let pack = try shipped()
    var areas = pythonAreas
    areas["people"] = 1
    let assessment = quick(python, areas)
    let profile = assessment.profile(pack: pack)
    XCTAssertEqual(profile.rating(of: "problem-solving"), 3, "rated with the fundamentals")
    XCTAssertEqual(profile.rating(of: "communication"), 3, "rated with ways of working")
    XCTAssertEqual(profile.rating(of: "collaboration"), 3)
    XCTAssertEqual(profile.rating(of: "mentoring"), 1)
    let placed = report(assessment, pack: pack)
    XCTAssertEqual(placed.ladder?.level, "mid")
    XCTAssertTrue(placed.gaps.contains { $0.skill == "mentoring" }, "Senior asks for mentoring")
  }

  func testQuickIsNeverAboveTheSameAnswersInFull() throws {
    let pack = try shipped()
    var generator = SeededGenerator(seed: 14)
    let areas = pack.categories.map(\.id)
    for _ in 0..<150 {
      var answers: [String: Rating] = [:]
      for area in areas where generator.next() % 8 != 0 {
        answers[area] = Int(generator.next() % 5)
      }
      let picks = [python, java, StackPick(languages: ["go", "rust"])]
      let pick = picks[Int(generator.next() % UInt64(picks.count))]
      let quickAssessment = quick(pick, answers)
      let q = Placement.report(pack: pack, profile: quickAssessment.profile(pack: pack))
      let f = Placement.report(
        pack: pack, profile: full(sameAs: quickAssessment, pack: pack).profile(pack: pack))
      for (a, b) in zip(q.tracks, f.tracks) {
        XCTAssertLessThanOrEqual(a.placedIndex ?? -1, b.placedIndex ?? -1, "\(answers) \(pick)")
        for (x, y) in zip(a.fits, b.fits) { XCTAssertLessThanOrEqual(x.fit, y.fit + 1e-9) }
      }
    }
  }

  func testThePythonDeveloperHasNoJavaGapQuestionOrDrillCard() throws {
    let pack = try shipped()
    let assessment = full(sameAs: quick(python, pythonAreas), pack: pack)
    let report = report(assessment, pack: pack)
    let others: Set<String> = ["nodejs", "java", "ruby", "php", "csharp", "go", "rust"]
    let target = try XCTUnwrap(report.target)
    for gap in report.gaps + report.unrated {
      XCTAssertTrue(others.isDisjoint(with: gap.requirement.skills), gap.requirement.key)
      for question in Gaps.questions(for: gap, target: target, in: pack) {
        XCTAssertTrue(others.isDisjoint(with: question.skills), question.id)
      }
    }
    let queue = DrillQueue.make(
      pack: pack, cards: [:], filter: .gaps, gapSkills: DrillQueue.gapSkills(of: report),
      leftOut: report.profile.excluded, newPerDay: 1000, introducedToday: 0, now: now)
    let cards = queue.new.compactMap { id in pack.questions.first { $0.id == id } }
    XCTAssertFalse(cards.isEmpty)
    XCTAssertFalse(cards.contains { !others.isDisjoint(with: $0.skills) }, "no Java card")
  }

  func testTheLanguagesAreaIsJudgedOnPython() throws {
    let pack = try shipped()
    let profile = full(sameAs: quick(python, pythonAreas), pack: pack).profile(pack: pack)
    let senior = try XCTUnwrap(pack.level("senior"))
    let languages = try XCTUnwrap(
      AreaStanding.all(level: senior, pack: pack, profile: profile).first {
        $0.category == "languages"
      })
    XCTAssertEqual(languages.yours, 3, "Python at 3, not the average of eight languages")
    let requirement = try XCTUnwrap(senior.requirements.first { $0.skills.contains("python") })
    let result = RequirementResult(requirement: requirement, profile: profile)
    XCTAssertEqual(result.requirement.skills, ["python"])
    XCTAssertEqual(result.rating, 3)
  }

  func testTheJavaDeveloperIsJudgedOnJavaMySQLAndAzure() throws {
    let pack = try shipped()
    var areas = pythonAreas
    areas["architecture"] = 3
    areas["people"] = 3
    let quickAssessment = quick(java, areas, years: 6)
    let profile = quickAssessment.profile(pack: pack)
    for other in ["python", "postgresql", "oracle", "mongodb", "redis", "aws", "gcp"] {
      XCTAssertNil(profile.rating(of: other), "\(other) was never rated")
    }
    XCTAssertEqual(profile.rating(of: "java"), 3)
    XCTAssertEqual(profile.rating(of: "mysql"), 3)
    XCTAssertEqual(profile.rating(of: "sql"), 3, "SQL comes with every relational database")
    XCTAssertEqual(profile.rating(of: "azure"), 2)
    let mid = try XCTUnwrap(pack.level("mid"))
    let reasons = mid.requirements.map { RequirementResult(requirement: $0, profile: profile) }
    let nosql = try XCTUnwrap(reasons.first { $0.requirement.label == "A NoSQL database" })
    XCTAssertTrue(nosql.unknown, "no NoSQL database picked: not rated, not invented")
    let quickReport = report(quickAssessment, pack: pack)
    XCTAssertTrue(quickReport.gaps.allSatisfy { !$0.unknown })
    let fullReport = report(full(sameAs: quickAssessment, pack: pack), pack: pack)
    XCTAssertEqual(quickReport.ladder?.level, fullReport.ladder?.level)
  }
}
