import Foundation
import XCTest

/// A user saves a STAR story, then turns it into evidence with `v` from its saved answers, at
/// 80x24: the evidence form opens with the story as the text and its result as the outcome,
/// and `evidence list` shows the entry for the question's skill.
final class StarEvidenceJourneyTests: XCTestCase {
  func testASavedStoryBecomesEvidenceForTheQuestionsSkill() throws {
    try forEachBuild(on: [.release]) { build in
      let pane = try TmuxPane.app(width: 80, height: 24, build: build)
      try pane.openHomeEntry("STAR practice")
      pane.waitFor(text: "Tell me about a bug you introduced")
      try pane.press(.enter)
      pane.waitFor(text: "Situation: Where and when")
      try pane.type("The order export skipped discounted orders after my change.")
      try pane.press(.tab)
      try pane.type("Find the cause and resend the missing orders.")
      try pane.press(.tab)
      try pane.type("I wrote a failing test, fixed the filter and re-ran the export.")
      try pane.press(.tab)
      try pane.type("All 312 orders went out that afternoon.")
      try pane.press(.ctrlD)
      pane.waitFor(text: "(1 saved)")

      try pane.press(.enter)
      pane.waitFor(text: "1 saved answer")
      try pane.press("v")
      let form = pane.waitFor(text: "Add evidence")
      XCTAssertTrue(form.contains("Skill         Debugging"), form)
      XCTAssertTrue(form.contains("All 312 orders went out that afternoon."), form)
      try pane.press(.ctrlD)
      let saved = pane.waitFor(text: "Saved evidence-1 for Debugging")
      XCTAssertTrue(saved.contains("Saved answers"), saved)
      try pane.quitApp()

      let list = try shell(
        [
          try build.binary(), "evidence", "list", "--format", "json", "--data-dir",
          pane.dataDir.path,
        ]
      )
      XCTAssertTrue(list.out.contains("\"debugging\""), list.out + list.err)
      XCTAssertTrue(list.out.contains("re-ran the export"), list.out)
      XCTAssertTrue(list.out.contains("All 312 orders went out that afternoon."), list.out)
    }
  }
}
