import CoachCore
import Foundation
import XCTest

final class CVAnalysisTests: XCTestCase {
  let cv = """
    Jane Doe, backend developer
    Responsible for the billing API.
    Cut p95 latency by 40% with a Redis cache.
    Built services in Golang on AWS.
    Worked with PostgreSQL and SQL Servers.
    Google Cloud, Django

    Latency-sensitive work; awsome tools
    """

  func testChecksAndMistakesWithLineNumbers() {
    let report = CVAnalysis.analyse(text: cv, pack: TestPack.pack)
    XCTAssertEqual(report.lineCount, 8)
    XCTAssertEqual(report.present.map(\.check.id), ["metrics", "databases", "cloud"])
    XCTAssertEqual(report.present.map(\.lines), [[3, 8], [3, 5], [4]])
    XCTAssertEqual(report.missing.map(\.id), ["languages"])
    XCTAssertEqual(report.missing.first?.suggestion, "Suggestion for languages.")
    XCTAssertEqual(report.mistakes.map(\.check.id), ["duties"])
    XCTAssertEqual(report.mistakes.map(\.lines), [[2]])
    XCTAssertEqual(report.mistakes.first?.check.suggestion, "Suggestion for duties.")
    XCTAssertEqual(report.total, 4)
    XCTAssertEqual(report.score, 0.75)
  }

  func testKeywordsMatchOnWordBoundariesCaseInsensitively() {
    func lines(_ keywords: [String], _ text: String) -> [Int] {
      let check = TestPack.check("k", keywords: keywords)
      return CVLines(text).lineNumbers(of: check)
    }
    XCTAssertEqual(lines(["Go"], "golang\nI write GO daily\ngo-to person\nergo"), [2, 3])
    XCTAssertEqual(lines(["SQL Server"], "sql servers\nMS SQL SERVER, 2019"), [2])
    XCTAssertEqual(lines(["C++"], "C++17 and c++\nxC++"), [1], "no end boundary after +")
    XCTAssertEqual(lines(["requests/second"], "10K requests/second"), [1])
    XCTAssertEqual(lines(["", "  "], "anything"), [], "empty keywords never match")
    XCTAssertEqual(lines(["résumé"], "My RÉSUMÉ here"), [1])
  }

  func testPatternsAreCaseInsensitiveAndInvalidOnesAreSkipped() {
    let check = TestPack.check(
      "p", keywords: [], patterns: [#"\bk8s\b"#, "[unclosed", #"\d+\s*ms\b"#])
    let cv = CVLines("Ran K8S clusters\nk8sctl\np99 of 120 ms\n120msx")
    XCTAssertEqual(cv.lineNumbers(of: check), [1, 3])
  }

  func testLineEndingsAndEmptyText() {
    XCTAssertEqual(CVAnalysis.splitLines("a\r\nb\rc\n").map(String.init), ["a", "b", "c"])
    XCTAssertEqual(CVAnalysis.splitLines("a\n\nb").count, 3)
    let report = CVAnalysis.analyse(text: "", pack: TestPack.pack)
    XCTAssertEqual(report.lineCount, 0)
    XCTAssertEqual(report.present, [])
    XCTAssertEqual(report.missing.count, 4)
    XCTAssertEqual(report.score, 0)
    XCTAssertEqual(CVAnalysis.analyse(text: "x", checks: [], mistakes: []).score, 0)
  }

  func testCRLFKeepsLineNumbers() {
    let crlf = cv.replacingOccurrences(of: "\n", with: "\r\n")
    let report = CVAnalysis.analyse(text: crlf, pack: TestPack.pack)
    XCTAssertEqual(report.present.map(\.lines), [[3, 8], [3, 5], [4]])
  }
}
