import CoachContent
import CoachCore
import XCTest

/// CVs read against job ads, on the shipped pack, with what a hiring manager would say: which
/// of the skills the ad asks for the CV shows, which it never mentions, and the line of the CV
/// that comes closest to each of those.
final class CVJobGapTests: XCTestCase {
  private static let pack: Pack? = try? PackLoader.shipped()

  private func compare(cv: String, ad: String) throws -> CVJobGap {
    CVJobGap.compare(cv: cv, ad: ad, pack: try XCTUnwrap(Self.pack, "the shipped pack loads"))
  }

  let djangoCV = """
    Maria Jensen — Backend Developer
    Copenhagen · maria@example.com

    Experience
    - Built the booking API in Python and Django REST Framework, serving 2M requests a day.
    - Moved background jobs to Celery workers; cut the checkout time by 40%.
    - Ran PostgreSQL on AWS RDS; tuned slow queries with EXPLAIN.
    - Wrote unit tests with pytest; CI/CD with GitHub Actions.
    """

  func testADjangoCVAgainstAGoAndKafkaAdMissesGoAndKafka() throws {
    let gap = try compare(
      cv: djangoCV,
      ad: """
        Backend Engineer, Streaming Platform
        We build our event pipeline in Go on Kafka, with PostgreSQL for state.
        You write unit tests and ship through CI/CD.
        """)
    let missing = gap.missing.map(\.skill)
    XCTAssertTrue(missing.contains("go"), "\(missing)")
    XCTAssertTrue(missing.contains("message-queues"), "\(missing)")
    let shown = Dictionary(uniqueKeysWithValues: gap.shown.map { ($0.skill, $0.line.number) })
    XCTAssertEqual(shown["postgresql"], 7)
    XCTAssertEqual(shown["unit-testing"], 8)
    XCTAssertEqual(shown["ci-cd"], 8)
    XCTAssertFalse(missing.contains("postgresql"))
    // Go is missing; the line with another server-side language comes closest.
    let go = try XCTUnwrap(gap.missing.first { $0.skill == "go" })
    XCTAssertEqual(go.closest?.number, 5, "\(String(describing: go.closest))")
    XCTAssertEqual(
      go.adLine, "We build our event pipeline in Go on Kafka, with PostgreSQL for state.")
    let queues = try XCTUnwrap(gap.missing.first { $0.skill == "message-queues" })
    XCTAssertTrue(queues.names.contains("kafka"), "\(queues.names)")
  }

  func testPostgresInTheCVCoversPostgreSQLInTheAd() throws {
    let gap = try compare(
      cv: """
        Tom Berg, backend developer
        * 4 years of Node.js and TypeScript services on Postgres and Redis.
        * Docker images for every service; deployed to Kubernetes with Helm.
        """,
      ad: """
        Mid-level Node.js Developer
        Our stack: Node.js, TypeScript, PostgreSQL, Redis, Docker, Kubernetes.
        """)
    XCTAssertEqual(gap.missing, [])
    XCTAssertEqual(
      Set(gap.shown.map(\.skill)), ["nodejs", "postgresql", "redis", "docker", "kubernetes"])
    XCTAssertEqual(gap.shown.first { $0.skill == "postgresql" }?.line.number, 2)
  }

  func testAJavaCVAgainstACloudAdMissesTerraformAndKubernetesButShowsDocker() throws {
    let gap = try compare(
      cv: """
        Priya Nair
        Senior Java Developer

        Spring Boot microservices on AWS (ECS), packaged with Docker.
        Designed the schema of the payments database in MySQL.
        Mentored two junior developers.
        """,
      ad: """
        Senior Platform Engineer
        You will run our Kubernetes clusters on AWS, managed with Terraform,
        and help Java teams containerise their services with Docker.
        """)
    let missing = gap.missing.map(\.skill)
    XCTAssertTrue(missing.contains("kubernetes"), "\(missing)")
    XCTAssertTrue(missing.contains("terraform"), "\(missing)")
    XCTAssertEqual(Set(gap.shown.map(\.skill)).isSuperset(of: ["aws", "java", "docker"]), true)
    // Kubernetes comes closest to the line with Docker, a skill of the same area.
    let kubernetes = try XCTUnwrap(gap.missing.first { $0.skill == "kubernetes" })
    XCTAssertEqual(kubernetes.closest?.number, 4)
    XCTAssertEqual(
      kubernetes.closest?.text, "Spring Boot microservices on AWS (ECS), packaged with Docker.")
  }

  func testASkillNothingInTheCVComesCloseToHasNoClosestLine() throws {
    let gap = try compare(
      cv: "Anna Lind\nI like cooking and long walks.\n",
      ad: "Backend Developer\nYou know GraphQL.\n")
    XCTAssertEqual(gap.shown, [])
    XCTAssertEqual(gap.missing.map(\.skill), ["graphql"])
    XCTAssertNil(gap.missing[0].closest)
  }

  func testWindowsLineEndsNumberLinesAsAnEditorDoes() throws {
    let gap = try compare(
      cv: "Name\r\nSummary\r\nBuilt services in Go.\r\n", ad: "Go Developer\r\nGo and gRPC.")
    let go = try XCTUnwrap(gap.shown.first { $0.skill == "go" })
    XCTAssertEqual(go.line.number, 3)
    XCTAssertEqual(go.line.text, "Built services in Go.")
    let old = try compare(cv: "Name\rBuilt services in Go.\r", ad: "Go Developer")
    XCTAssertEqual(old.shown.first?.line.number, 2)
  }

  func testALongCVIsComparedInLinearTime() throws {
    let line =
      "- Built services in Python with Django, on PostgreSQL and Redis, shipped by CI/CD.\n"
    let ad = "Senior Go Engineer\nGo, Kafka, Kubernetes, Terraform, GraphQL, PostgreSQL, Redis.\n"
    let small = String(repeating: line, count: 1_000)
    let large = String(repeating: line, count: 8_000)
    let clock = ContinuousClock()
    _ = try compare(cv: small, ad: ad)
    let smallTime = try clock.measure { _ = try compare(cv: small, ad: ad) }
    let largeTime = try clock.measure { _ = try compare(cv: large, ad: ad) }
    XCTAssertLessThan(largeTime, smallTime * 20, "8× the text took \(largeTime) vs \(smallTime)")
  }
}
