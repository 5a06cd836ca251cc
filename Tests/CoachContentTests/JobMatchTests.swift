import CoachContent
import CoachCore
import XCTest

/// Job ads as companies write them, with what a hiring manager reads from each: the level it
/// is for and the skills it asks, on the shipped pack.
final class JobMatchTests: XCTestCase {
  private static let pack: Pack? = try? PackLoader.shipped()

  private func match(_ ad: String) throws -> JobMatch {
    JobMatch.match(ad, pack: try XCTUnwrap(Self.pack, "the shipped pack loads"))
  }

  func testASeniorDjangoAdIsSeniorAndAsksItsStack() throws {
    let found = try match(
      """
      Senior Backend Engineer (Python)

      We run a marketplace for second-hand furniture. You will own services written in
      Python and Django on PostgreSQL, deployed to AWS with Docker and Kubernetes (EKS).
      What you bring: 5+ years building web backends, CI/CD with GitHub Actions, and the
      habit of writing unit tests. You will mentor junior engineers and take part in code
      reviews. Nice to have: Kafka, Redis.
      """)
    XCTAssertEqual(found.level, "senior")
    XCTAssertEqual(found.levelReason, "the title says \"Senior\"")
    XCTAssertEqual(found.years, 5)
    let skills = Set(found.skills.map(\.skill))
    for expected in [
      "python", "postgresql", "aws", "docker", "kubernetes", "ci-cd", "unit-testing", "mentoring",
      "code-review", "message-queues", "redis",
    ] {
      XCTAssertTrue(skills.contains(expected), "\(expected) in \(skills.sorted())")
    }
    for absent in ["go", "java", "nodejs", "mysql", "azure"] {
      XCTAssertFalse(skills.contains(absent), absent)
    }
    let python = try XCTUnwrap(found.skills.first { $0.skill == "python" })
    XCTAssertEqual(python.mentions, 3, "Python in the title and the text, and Django")
    XCTAssertEqual(python.line, "Senior Backend Engineer (Python)")
  }

  func testAGraduateAdIsJunior() throws {
    let found = try match(
      """
      Graduate Backend Developer – Node.js

      Join our payments team straight out of university or a bootcamp. You will build REST
      endpoints in Node.js and TypeScript, write SQL against our database, and use Git every
      day. 0-2 years of experience.
      """)
    XCTAssertEqual(found.level, "junior")
    XCTAssertEqual(Set(found.skills.map(\.skill)), ["nodejs", "rest-apis", "sql", "git"])
  }

  func testAStaffPlatformAdIsStaff() throws {
    let found = try match(
      """
      Staff Software Engineer, Platform
      You will set the technical strategy for our internal platform: Kubernetes clusters on
      Google Cloud managed with Terraform, and the Go services around them. We look for 10+
      years of experience, deep knowledge of distributed systems and observability.
      """)
    XCTAssertEqual(found.level, "staff")
    let skills = Set(found.skills.map(\.skill))
    for expected in [
      "kubernetes", "gcp", "terraform", "go", "distributed-systems", "monitoring",
      "strategic-planning",
    ] {
      XCTAssertTrue(skills.contains(expected), "\(expected) in \(skills.sorted())")
    }
  }

  func testWithoutALevelInTheTitleTheYearsDecide() throws {
    let found = try match(
      """
      Backend Developer
      We need someone with 3-5 years of Java and Spring Boot, who knows Kafka and MySQL.
      """)
    XCTAssertEqual(found.years, 3, "a range asks its lower end")
    XCTAssertEqual(found.level, "mid")
    XCTAssertEqual(found.levelReason, "it asks for 3+ years")
    XCTAssertEqual(Set(found.skills.map(\.skill)), ["java", "message-queues", "mysql"])
  }

  func testAFreelanceAdIsTheContractTrack() throws {
    let found = try match(
      """
      Freelance PHP developer (6-month contract)
      Laravel and MySQL, client-facing work with our agency's customers, fully remote.
      """)
    XCTAssertEqual(found.level, "contract")
    XCTAssertEqual(
      Set(found.skills.map(\.skill)), ["php", "mysql", "client-communication"])
  }

  func testOrdinaryWordsAreNoSkills() throws {
    let found = try match(
      """
      Ruby on Rails developer
      Ready to go? We ship fast, go to production daily and value people who get things done.
      """)
    XCTAssertEqual(found.skills.map(\.skill), ["ruby"], "'go' is a verb here, not Go")
    XCTAssertNil(found.level)
    XCTAssertEqual(found.levelReason, "the ad names no level and no years")
  }

  /// A mid-level Django developer reads the senior ad: the bar of Senior for each skill the ad
  /// names, the largest shortfall first, and nothing invented for what they never rated.
  func testTheFitRanksTheGapsAndLeavesUnratedSkillsUnranked() throws {
    let pack = try XCTUnwrap(Self.pack)
    let ad = try match(
      """
      Senior Backend Engineer (Python)
      Python and Django on PostgreSQL; you will mentor junior engineers. Redis is a plus.
      """)
    let profile = Profile(ratings: ["python": 3, "postgresql": 3, "mentoring": 1])
    let fit = JobFit(match: ad, pack: pack, profile: profile)
    let standing = Dictionary(uniqueKeysWithValues: fit.rows.map { ($0.asked.skill, $0.standing) })
    XCTAssertEqual(standing["postgresql"], .meets)
    XCTAssertEqual(standing["redis"], .unrated, "rated by no one: not a gap of a guessed size")
    XCTAssertEqual(fit.gaps.first?.asked.skill, "mentoring", "1 below a bar of 3 comes first")
    XCTAssertFalse(fit.gaps.contains { $0.asked.skill == "redis" })
    let questions = fit.questions(in: pack)
    XCTAssertFalse(questions.isEmpty)
    XCTAssertTrue(
      questions.allSatisfy { question in
        question.skills.contains { skill in fit.gaps.contains { $0.asked.skill == skill } }
      })
  }

  func testAnAdWithWindowsLineEndsTakesItsLevelFromTheFirstLineOnly() throws {
    let found = try match("Backend Developer\r\nYou will mentor junior engineers.\r\n")
    XCTAssertNil(found.level, "\(found.levelReason)")
    XCTAssertEqual(found.skills.first?.line, "You will mentor junior engineers.")
  }
}
