import Foundation
import XCTest

/// A manager fills a review in the full-screen app at 80x24: the screens titled with whose
/// review it is, the person's own rating beside the question, a comment; the answers land in
/// the file, the manager's data folder stays empty, and the import shows them.
final class ReviewJourneyTests: XCTestCase {
  func testAManagerFillsAReviewOnTheAssessmentScreens() throws {
    try forEachBuild(on: [.release]) { build in
      let binary = try build.binary()
      let folder = dataFolderForRestarts()
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let mine = folder.appendingPathComponent("me").path
      let answers = folder.appendingPathComponent("answers.yaml")
      try CommandLineTests.goodAnswers.write(to: answers, atomically: true, encoding: .utf8)
      XCTAssertEqual(
        try shell([binary, "assess", "--answers", answers.path, "--data-dir", mine]).status, 0)
      let file = folder.appendingPathComponent("review.json").path
      let request = try shell([
        binary, "review", "request", "--output", file, "--name", "Ana Berg", "--show-ratings",
        "--data-dir", mine,
      ])
      XCTAssertEqual(request.status, 0, request.err)

      let pane = try TmuxPane(
        command: "sh -c " + appThenReport(binary, "review \(file) --data-dir DATA"), width: 80,
        height: 24)
      let first = pane.waitFor(text: "Review for Ana Berg")
      XCTAssertTrue(first.contains("Their own rating: "), first)
      XCTAssertFalse(first.contains("Evidence"), first)
      let total = try XCTUnwrap(TmuxPane.questionCount(in: first), first)
      try pane.press("n")
      try pane.type("Ready to lead this")
      try pane.press(.enter)
      pane.waitFor(text: "Note: Ready to lead this")
      for index in 0..<total {
        try pane.press("2")
        if index + 1 < total { pane.waitFor(text: "\(index + 1)/\(total) answered") }
      }
      let end = pane.waitFor(text: "EXIT:0")
      XCTAssertTrue(end.contains("\(total) of \(total) skills rated"), end)
      let untouched = try FileManager.default.contentsOfDirectory(atPath: pane.dataDir.path)
      XCTAssertEqual(untouched, [], "the reviewer's data folder was written to")

      let imported = try shell([binary, "review", "import", file, "--data-dir", mine])
      XCTAssertEqual(imported.status, 0, imported.err)
      XCTAssertTrue(imported.out.contains("Comments\n"), imported.out)
      XCTAssertTrue(imported.out.contains(": Ready to lead this\n"), imported.out)
      XCTAssertTrue(imported.out.contains("disagree on"), imported.out)
    }
  }
}
