import Foundation
import XCTest

/// A user rating a skill adds evidence for it from the assessment, at 80x24, and finds it
/// counted beside that rating on the results; `evidence list` shows the same entry.
final class EvidenceJourneyTests: XCTestCase {
  func testEvidenceAddedWhileRatingIsCountedOnTheResults() throws {
    try forEachBuild(on: [.release]) { build in
      let pane = try TmuxPane.app(width: 80, height: 24, build: build)
      let first = try pane.startFullAssessment()
      let total = try XCTUnwrap(TmuxPane.questionCount(in: first), first)

      try pane.press("e")
      pane.waitFor(text: "Skill         Python")
      try pane.type("Ported the billing jobs to Python 3.12")
      try pane.press(.ctrlD)
      pane.waitFor(text: "0/\(total) answered")

      for index in 0..<total {
        try pane.press("3")
        if index % 10 == 9 { pane.waitFor(text: "\(index + 1)/\(total) answered") }
      }
      pane.waitFor(text: "Engineering ladder", timeout: 15)
      // The strongest skills sit below the first page: scroll down a line at a time until
      // the line under them shows, at most a few pages.
      let footnote = "rated Proficient or more with no evidence yet"
      var screen = pane.capture()
      for _ in 0..<60 where !screen.contains(footnote) {
        try pane.press("j")
        let before = screen
        screen = pane.waitFor("the page to scroll", timeout: 2) {
          $0 != before || $0.contains(footnote)
        }
      }
      let results = pane.waitFor(text: footnote)
      let python = results.split(separator: "\n").first { $0.contains("Python") } ?? ""
      XCTAssertTrue(python.contains("1 evidence entry"), results)
      try pane.quitApp()

      let list = try shell(
        [try build.binary(), "evidence", "list", "--data-dir", pane.dataDir.path])
      XCTAssertTrue(list.out.contains("Python"), list.out + list.err)
      XCTAssertTrue(list.out.contains("  Ported the billing jobs to Python 3.12\n"), list.out)
    }
  }
}
