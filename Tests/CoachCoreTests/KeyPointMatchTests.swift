import XCTest

@testable import CoachCore

final class KeyPointMatchTests: XCTestCase {
  func testStemmingDropsOneCommonEnding() {
    XCTAssertEqual(KeyPointMatch.stem("caching"), "cach")
    XCTAssertEqual(KeyPointMatch.stem("caches"), "cach")
    XCTAssertEqual(KeyPointMatch.stem("cached"), "cach")
    XCTAssertEqual(KeyPointMatch.stem("indexes"), "index")
    XCTAssertEqual(KeyPointMatch.stem("queries"), "quer")
    XCTAssertEqual(KeyPointMatch.stem("query"), "quer")
    XCTAssertEqual(KeyPointMatch.stem("idempotency"), KeyPointMatch.stem("idempotent"))
    XCTAssertEqual(KeyPointMatch.stem("bus"), "bus", "too short to stem")
    XCTAssertEqual(KeyPointMatch.stem("sing"), "sing", "the root would be too short")
  }

  func testSignificantWordsSkipStopWordsShortWordsAndCase() {
    XCTAssertEqual(
      KeyPointMatch.significantWords("Use an INDEX on the columns that the query filters by"),
      ["index", "column", "quer", "filt"])
  }

  func testAPointIsPreTickedWhenHalfItsWordsAppearAtMostThree() {
    // Words: index, column, query, filter: two are needed.
    let point = "Adds an index on the columns the query filters by."
    XCTAssertTrue(KeyPointMatch.isCovered(point, by: "I would add indexes; the QUERY is slow."))
    XCTAssertFalse(KeyPointMatch.isCovered(point, by: "An index helps."))
    // Eight significant words: three are enough.
    let long =
      "Measures latency percentiles, throughput, saturation and errors before changing configuration anything."
    XCTAssertEqual(KeyPointMatch.needed(for: 8), 3)
    XCTAssertTrue(KeyPointMatch.isCovered(long, by: "check latency, errors and throughput"))
    XCTAssertFalse(KeyPointMatch.isCovered(long, by: "check latency and errors"))
    // One significant word: that word is needed.
    XCTAssertTrue(KeyPointMatch.isCovered("Idempotency.", by: "idempotency keys"))
    XCTAssertFalse(
      KeyPointMatch.isCovered("It is all of them.", by: "it is all of them"), "no significant word")
  }

  func testCoveredGivesTheIndicesOfTheCoveredPoints() {
    let points = [
      "Caches hot reads in Redis with a TTL.", "Invalidates the cache entry on write.",
      "Monitors the hit ratio.",
    ]
    let answer = "Put Redis in front for hot reads, and invalidate the entry when we write."
    XCTAssertEqual(KeyPointMatch.covered(points, by: answer), [0, 1])
    XCTAssertEqual(KeyPointMatch.covered(points, by: ""), [])
  }

  func testWideCharactersAndPunctuationAreWordBoundaries() {
    XCTAssertEqual(KeyPointMatch.significantWords("キャッシュ—cache/TTL"), ["キャッシュ", "cach", "ttl"])
  }

  func testAbbreviationsMeetTheWordsTheyStandFor() {
    let point = "Kubernetes restarts the pod on another node"
    let synonyms = Synonyms(["k8s": ["kubernetes"]])
    XCTAssertTrue(KeyPointMatch.isCovered(point, by: "k8s restarts the pod", synonyms: synonyms))
    XCTAssertFalse(KeyPointMatch.isCovered(point, by: "k8s restarts the pod"), "no synonyms")
    XCTAssertFalse(
      KeyPointMatch.isCovered(
        "k8s restarts it", by: "Kubernetes restarts the pod", synonyms: synonyms),
      "a term stands for its words in the answer only")
  }

  func testWordsTheQuestionUsesCountLessThanWordsOfThePointAlone() {
    let question = Question(
      id: "q", text: "How do you cache orders?", kind: .technical, level: "junior",
      skills: ["caching"],
      keyPoints: ["Cache orders with a TTL", "Invalidate orders in the cache on write"],
      hint: "")
    XCTAssertEqual(KeyPointMatch.covered(question, by: "I cache the orders.", synonyms: .none), [])
    XCTAssertEqual(
      KeyPointMatch.covered(question, by: "Invalidate on every write.", synonyms: .none), [1])
  }

  func testStoryPartsAreSuggestedOnlyOnBehaviouralQuestionsAboutTheirTopic() {
    let points = [
      "Situation: the slow query.", "Task: your part.", "Action: what you did.",
      "Result: the numbers.", "Learning: what you do now.",
    ]
    let question = Question(
      id: "q", text: "Tell me about a slow query you fixed.", kind: .behavioural,
      level: "mid", skills: ["sql"], keyPoints: points, hint: "")
    let story = """
      Our search query was slow for weeks. I was asked to fix it. I profiled it and added an
      index. Latency fell 60% in a day. I learned to check plans in review.
      """
    XCTAssertEqual(KeyPointMatch.covered(question, by: story, synonyms: .none), [0, 1, 2, 3, 4])
    var technical = question
    technical.kind = .technical
    XCTAssertEqual(KeyPointMatch.covered(technical, by: story, synonyms: .none), [])
    let elsewhere = "Our team grew fast. I was asked to hire. I interviewed people. I learned."
    XCTAssertEqual(KeyPointMatch.covered(question, by: elsewhere, synonyms: .none), [])
    XCTAssertEqual(
      KeyPointMatch.covered(question, by: "I always test my queries well.", synonyms: .none), [])
  }
}
