import Foundation
import XCTest

/// A user assesses themselves in a real terminal, leaves, comes back.
final class AssessmentJourneyTests: XCTestCase {
  /// The app in a pane with a data folder that outlives restarts of the app.
  private func launch(data: URL, build: AppBuild) throws -> TmuxPane {
    try TmuxPane.app(dataDir: data, width: 120, height: 40, build: build)
  }

  func testAWholeAssessmentThenResultsGapsAndHistoryAfterARestart() throws {
    try forEachBuild { build in
      let data = dataFolderForRestarts()
      let pane = try launch(data: data, build: build)
      try pane.startFullAssessment()
      let total = try XCTUnwrap(TmuxPane.questionCount(in: pane.capture()))
      for index in 0..<total {
        try pane.press(index % 3 == 0 ? "2" : "3")
        if index % 10 == 9 { pane.waitFor(text: "\(index + 1)/\(total) answered") }
      }
      pane.waitFor(text: "Engineering ladder", timeout: 15)
      try pane.press("a")
      pane.waitFor(text: "Target")
      try pane.quitApp()

      let again = try launch(data: data, build: build)
      try again.openHomeEntry("History")
      again.waitFor(text: "full")
      XCTAssertTrue(again.capture().contains("finished"), again.capture())
    }
  }

  func testKillNineMidAssessmentLosesNoAnswer() throws {
    try forEachBuild { build in
      let data = dataFolderForRestarts()
      let pane = try launch(data: data, build: build)
      try pane.startFullAssessment()
      let total = try XCTUnwrap(TmuxPane.questionCount(in: pane.capture()))
      for _ in 0..<7 { try pane.press("3") }
      pane.waitFor(text: "7/\(total) answered")
      try pane.killApp()

      let again = try launch(data: data, build: build)
      again.waitFor(text: "Assess my skills")
      try again.press(.enter)
      again.waitFor(text: "Resume where you left off (full, 7 of \(total) answered)")
      try again.press(.enter)
      again.waitFor(text: "7/\(total) answered")
    }
  }
}
