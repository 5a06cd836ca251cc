import XCTest

@testable import CoachCore

final class KeyPointMatchTests: XCTestCase {
  func testStemmingDropsOneCommonEnding() {
    XCTAssertEqual(KeyPointMatch.stem("caching"), "cach")
    XCTAssertEqual(KeyPointMatch.stem("caches"), "cach")
    XCTAssertEqual(KeyPointMatch.stem("cached"), "cach")
    XCTAssertEqual(KeyPointMatch.stem("indexes"), "index")
    XCTAssertEqual(KeyPointMatch.stem("queries"), "queri")
    XCTAssertEqual(KeyPointMatch.stem("bus"), "bus", "too short to stem")
    XCTAssertEqual(KeyPointMatch.stem("sing"), "sing", "the root would be too short")
  }

  func testSignificantWordsSkipStopWordsShortWordsAndCase() {
    XCTAssertEqual(
      KeyPointMatch.significantWords("Use an INDEX on the columns that the query filters by"),
      ["index", "column", "query", "filter"])
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
    XCTAssertEqual(KeyPointMatch.significantWords("キャッシュ—cache/TTL"), ["キャッシュ", "cache", "ttl"])
  }
}
