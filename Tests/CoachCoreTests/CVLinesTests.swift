import TestSupport
import XCTest

@testable import CoachCore

/// The CV check reads the text once, searching each keyword and pattern over all of it; the
/// lines it finds are those a line-by-line check finds.
final class CVLinesTests: XCTestCase {
  private let checks: [CVCheck] = [
    TestPack.check("words", keywords: ["go", "SQL Server", "C++", "résumé", "a"]),
    TestPack.check("numbers", keywords: [], patterns: [#"\d+(\.\d+)?\s*%"#, #"\b\d+\s*ms\b"#]),
    TestPack.check("lines", keywords: [], patterns: [#"^\s*objective\s*$"#, #"^go"#, #"go$"#]),
    TestPack.check("spans", keywords: [], patterns: [#"go\s+sql"#, #"x*"#, #"\s{2,}"#]),
    TestPack.check("whole", keywords: [], patterns: [#"\Ago"#, #"ms\z"#]),
    TestPack.check(
      "guarded", keywords: [],
      patterns: [#"(?i)^(?=.*\bsecur)(?!.*(tls|jwt)).*\b(secure|security)\b"#]),
  ]

  func testFindsTheLinesALineByLineCheckFinds() {
    var random = SeededGenerator(seed: 7)
    let pieces = [
      "go", "Go", "SQL", "server", "C++", "résumé", "RÉSUMÉ", "12", "%", "ms", " ", "  ", "\n",
      "\r\n", "\r", "objective", "secure", "tls", "é", "日本", "a", "x", ".", "5",
    ]
    for _ in 0..<1_500 {
      let count = Int.random(in: 0..<30, using: &random)
      let text = (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
      let cv = CVLines(text)
      let lines = CVAnalysis.splitLines(text)
      for check in checks {
        XCTAssertEqual(
          cv.lineNumbers(of: check), Self.lineByLine(check, lines),
          "\(check.id) in \(text.debugDescription)")
      }
    }
  }

  func testAMegabyteOfShortLinesIsCheckedWholeWithLineNumbers() {
    let line = "Cut p95 latency by 40% on the billing API\nResponsible for duties\n"
    let text = String(repeating: line, count: 1_000_000 / line.utf8.count)
    let report = CVAnalysis.analyse(text: text, pack: TestPack.pack)
    let lineCount = 2 * (1_000_000 / line.utf8.count)
    XCTAssertEqual(report.lineCount, lineCount)
    let metrics = report.present.first { $0.check.id == "metrics" }
    XCTAssertEqual(metrics?.lines.count, lineCount / 2)
    XCTAssertEqual(metrics?.lines.last, lineCount - 1)
    XCTAssertEqual(report.mistakes.first { $0.check.id == "duties" }?.lines.count, lineCount / 2)
  }

  /// The rule spelled out: each line checked alone, its keywords and patterns one by one.
  private static func lineByLine(_ check: CVCheck, _ lines: [Substring]) -> [Int] {
    let keywords = check.keywords.map { CVAnalysis.Keyword($0) }.filter { !$0.characters.isEmpty }
    let patterns = check.patterns.compactMap { CVAnalysis.compile($0) }
    return lines.indices.filter { index in
      let lowered = Array(lines[index].lowercased())
      return keywords.contains { $0.occurs(in: lowered) }
        || patterns.contains { CVAnalysis.matches($0, String(lines[index])) }
    }.map { $0 + 1 }
  }
}
