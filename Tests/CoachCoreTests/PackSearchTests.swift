import CoachCore
import XCTest

final class PackSearchTests: XCTestCase {
  func testEveryWordMustMatchCaseInsensitively() {
    let hits = PackSearch.search("CACHE invalidate", in: TestPack.pack)
    XCTAssertEqual(hits.map(\.target), [.question("q-cache")])
    XCTAssertEqual(PackSearch.search("cache zebra", in: TestPack.pack), [])
    XCTAssertEqual(PackSearch.search("   ", in: TestPack.pack), [])
  }

  func testNameMatchesComeFirstThenTextMatches() {
    // "Caching" names a skill; the cache questions hold "cache" only in their text or name.
    let hits = PackSearch.search("cach", in: TestPack.pack)
    XCTAssertEqual(hits.first?.target, .skill("caching"))
    XCTAssertTrue(hits.first?.nameMatches ?? false)
    let firstText = hits.firstIndex { !$0.nameMatches } ?? hits.count
    XCTAssertTrue(hits[..<firstText].allSatisfy(\.nameMatches))
    XCTAssertTrue(hits[firstText...].allSatisfy { !$0.nameMatches })
  }

  func testFindsLevelsTipsAndQuestionsByTheirText() {
    XCTAssertEqual(PackSearch.search("staff", in: TestPack.pack).first?.target, .level("staff"))
    XCTAssertTrue(
      PackSearch.search("text of any-sql", in: TestPack.pack).contains {
        $0.target == .tip("any-sql")
      })
    XCTAssertEqual(
      PackSearch.search("staleness", in: TestPack.pack).map(\.target), [.question("q-cache")],
      "a word of the hint")
    XCTAssertEqual(PackSearch.search("cach", in: TestPack.pack, limit: 1).count, 1)
  }
}
