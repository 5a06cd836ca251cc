import Foundation
import XCTest

/// A user drills three flashcards in a real terminal, leaves, comes back to their statistics.
final class DrillJourneyTests: XCTestCase {
  func testThreeCardsGradedThenStatisticsAfterARestart() throws {
    try forEachBuild(on: [.release]) { build in
      let data = dataFolderForRestarts()
      let pane = try TmuxPane.app(dataDir: data, build: build)
      try pane.openHomeEntry("Interview prep")
      pane.waitFor(text: "Press Enter to start")
      try pane.press(.enter)
      pane.waitFor(text: "0 reviewed")
      for (index, grade) in ["3", "1", "4"].enumerated() {
        try pane.press(.space)
        pane.waitFor(text: "Key points")
        try pane.press(.character(grade))
        pane.waitFor(text: "\(index + 1) reviewed")
      }
      pane.waitFor(text: "Easy: next review in 8 days")
      try pane.quitApp()

      let again = try TmuxPane.app(dataDir: data, build: build)
      try again.openHomeEntry("Statistics")
      let screen = again.waitFor(text: "Reviews per day, last 30 days: 3 (3 of all time)")
      XCTAssertTrue(screen.contains("Retention per category"), screen)
      try again.press(.escape)
      try again.openHomeEntry("Interview prep")
      // The card graded Again is back in a minute; the others are scheduled, not new.
      again.waitFor(text: "not seen")
      XCTAssertTrue(again.capture().contains("New today  7 "), again.capture())
    }
  }
}
