import CoachContent
import CoachCore
import Foundation
import XCTest

/// The shipped pack's interview questions cover what backend interviews ask: the common topics
/// of a loop, every server-side language in depth, every skill, and every level and kind.
final class InterviewTopicCoverageTests: XCTestCase {
  private static let pack: Pack? = try? PackLoader.load(from: PackLoader.shippedFolder())

  private func shipped() throws -> Pack { try XCTUnwrap(Self.pack, "the shipped pack loads") }

  /// A topic interviews ask about, the words that show a question covers it, and, where the
  /// topic belongs to some levels or one kind of question, those.
  private struct Topic {
    var name: String
    var words: [String]
    var levels: Set<String>? = nil
    var kind: QuestionKind? = nil
  }

  private let topics: [Topic] = [
    Topic(name: "DNS resolution", words: ["DNS"]),
    Topic(name: "TCP vs UDP", words: ["UDP"]),
    Topic(name: "TLS handshake", words: ["TLS handshake", "TLS 1.3 handshake"]),
    Topic(name: "HTTP/2", words: ["HTTP/2"]),
    Topic(name: "HTTP/3 and QUIC", words: ["HTTP/3", "QUIC"]),
    Topic(name: "processes vs threads", words: ["process and a thread", "context switch"]),
    Topic(name: "race conditions", words: ["race condition"]),
    Topic(name: "deadlocks", words: ["deadlock"]),
    Topic(name: "locks", words: ["optimistic locking", "pessimistic locking", "mutex"]),
    Topic(name: "replication", words: ["replication"]),
    Topic(name: "strong and eventual consistency", words: ["eventual consistency"]),
    Topic(name: "CAP", words: ["CAP"]),
    Topic(name: "PACELC", words: ["PACELC"]),
    Topic(name: "consensus", words: ["Raft", "Paxos"]),
    Topic(name: "load balancing", words: ["load balancer"]),
    Topic(name: "HTTP caching", words: ["Cache-Control", "ETag"]),
    Topic(name: "CDNs", words: ["CDN"]),
    Topic(name: "sessions and cookies", words: ["session id", "HttpOnly"]),
    Topic(name: "JWT", words: ["JWT"]),
    Topic(name: "OAuth 2", words: ["OAuth 2"]),
    Topic(name: "OpenID Connect", words: ["OpenID Connect", "OIDC"]),
    Topic(name: "single sign-on", words: ["single sign-on", "SSO"]),
    Topic(name: "mTLS", words: ["mutual TLS", "mTLS"]),
    Topic(name: "WebSockets", words: ["WebSocket", "WebSockets"]),
    Topic(name: "Server-Sent Events", words: ["Server-Sent Events"]),
    Topic(name: "gRPC", words: ["gRPC"]),
    Topic(name: "protobuf", words: ["Protocol Buffers", "protobuf"]),
    Topic(name: "stream vs batch processing", words: ["stream processing"]),
    Topic(name: "Kafka", words: ["Kafka"]),
    Topic(name: "Flink", words: ["Flink"]),
    Topic(name: "backpressure", words: ["backpressure"]),
    Topic(name: "overload and load shedding", words: ["load shedding"]),
    Topic(name: "rate limiting", words: ["rate limiting", "token bucket"]),
    Topic(name: "idempotency", words: ["idempotent", "idempotency"]),
    Topic(name: "circuit breakers", words: ["circuit breaker"]),
    Topic(name: "retries with backoff and jitter", words: ["jitter"]),
    Topic(name: "DDD", words: ["Domain-Driven Design", "bounded context"]),
    Topic(name: "CQRS", words: ["CQRS"]),
    Topic(name: "event sourcing", words: ["event sourcing"]),
    Topic(name: "serverless", words: ["serverless"]),
    Topic(name: "distributed tracing", words: ["distributed tracing", "OpenTelemetry"]),
    Topic(name: "SLOs", words: ["SLO", "SLOs"]),
    Topic(name: "error budgets", words: ["error budget"]),
    Topic(name: "incident response", words: ["incident commander"]),
    Topic(name: "postmortems", words: ["postmortem"]),
    Topic(name: "data modelling", words: ["partition key", "aggregate root", "normalised"]),
    Topic(name: "indexing", words: ["covering index", "selectivity"]),
    Topic(name: "query plans", words: ["EXPLAIN"]),
    Topic(name: "schema migrations", words: ["expand and contract", "online schema change"]),
    Topic(name: "sharding", words: ["shard key"]),
    Topic(name: "partitioning", words: ["partition pruning"]),
    Topic(name: "coding round", words: ["Coding round", "live coding"]),
    Topic(name: "complexity", words: ["O(n log n)", "O(n)"]),
    Topic(name: "hash maps", words: ["hash map"]),
    Topic(name: "common coding patterns", words: ["sliding window", "two pointers"]),
    Topic(
      name: "tell me about yourself", words: ["Tell me about yourself"], kind: .behavioural),
    Topic(name: "why are you leaving", words: ["Why are you leaving"], kind: .behavioural),
    Topic(name: "salary expectations", words: ["salary expectations"], kind: .behavioural),
    Topic(name: "offer negotiation", words: ["negotiated"], kind: .behavioural),
    Topic(
      name: "hiring and interviewing others", words: ["interview process", "hiring"],
      levels: ["lead", "cto"]),
    Topic(name: "budgets", words: ["budget"], levels: ["cto"]),
    Topic(name: "vendors", words: ["vendor"], levels: ["cto"]),
    Topic(name: "build vs buy", words: ["build-versus-buy", "in-house or buy"], levels: ["cto"]),
  ]

  /// Whether `text` holds `word` as a whole word (or phrase), ignoring case.
  private func mentions(_ text: String, _ word: String) -> Bool {
    var searchRange = text.startIndex..<text.endIndex
    while let found = text.range(of: word, options: .caseInsensitive, range: searchRange) {
      let before =
        found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
      let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
      let isBoundary = { (character: Character?) in
        guard let character else { return true }
        return !(character.isLetter || character.isNumber)
      }
      if isBoundary(before) && isBoundary(after) { return true }
      searchRange = found.upperBound..<text.endIndex
    }
    return false
  }

  private func mentions(_ question: Question, anyOf words: [String]) -> Bool {
    let texts = [question.text] + question.keyPoints
    return texts.contains { text in words.contains { mentions(text, $0) } }
  }

  func testTheWordMatchKeepsToWholeWords() {
    XCTAssertTrue(mentions("Raft elects a leader", "raft"))
    XCTAssertFalse(mentions("Write a draft first", "raft"))
    XCTAssertTrue(mentions("sorting costs O(n log n) time", "O(n log n)"))
    XCTAssertFalse(mentions("HTTP/2 and HTTP/3", "HTTP/1"))
  }

  func testEveryInterviewTopicHasAQuestion() throws {
    let pack = try shipped()
    for topic in topics {
      let matching = pack.questions.filter { question in
        (topic.levels.map { question.level.map($0.contains) ?? false } ?? true)
          && (topic.kind.map { $0 == question.kind } ?? true)
          && mentions(question, anyOf: topic.words)
      }
      XCTAssertFalse(matching.isEmpty, "no question covers \(topic.name) (\(topic.words))")
    }
  }

  func testEveryLanguageHasFiveQuestionsOneOfThemSeniorOrAbove() throws {
    let pack = try shipped()
    let seniorOrAbove: Set<String> = ["senior", "staff", "architect", "cto", "lead"]
    let languages = pack.skills(in: "languages").map(\.id)
    XCTAssertEqual(
      Set(languages), ["nodejs", "python", "java", "ruby", "php", "csharp", "go", "rust"])
    for language in languages {
      let questions = pack.questions.filter { $0.skills.contains(language) }
      XCTAssertGreaterThanOrEqual(questions.count, 5, "questions on \(language)")
      XCTAssertTrue(
        questions.contains { $0.level.map(seniorOrAbove.contains) ?? false },
        "\(language) has no question at senior level or above")
    }
  }

  func testEverySkillHasAtLeastTwoQuestions() throws {
    let pack = try shipped()
    for skill in pack.skills {
      let count = pack.questions.filter { $0.skills.contains(skill.id) }.count
      XCTAssertGreaterThanOrEqual(count, 2, "questions on \(skill.id)")
    }
  }

  func testEveryLevelAndKindHasDepth() throws {
    let pack = try shipped()
    let perLevel: [String: Int] = [
      "junior": 50, "mid": 70, "senior": 70, "staff": 30, "architect": 20, "cto": 15,
      "lead": 20, "contract": 10,
    ]
    for (level, least) in perLevel {
      let count = pack.questions.filter { $0.level == level }.count
      XCTAssertGreaterThanOrEqual(count, least, "questions at level \(level)")
    }
    let perKind: [QuestionKind: Int] = [.technical: 150, .systemDesign: 50, .behavioural: 80]
    for (kind, least) in perKind {
      let count = pack.questions.filter { $0.kind == kind }.count
      XCTAssertGreaterThanOrEqual(count, least, "\(kind.id) questions")
    }
  }
}
