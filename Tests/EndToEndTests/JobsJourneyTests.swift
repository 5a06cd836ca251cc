import Foundation
import XCTest

/// A user pastes a job ad on the Jobs screen, sees its fit, and `job list` shows it.
final class JobsJourneyTests: XCTestCase {
  func testAPastedAdIsSavedAndListed() throws {
    try forEachBuild(on: [.release]) { build in
      let pane = try TmuxPane.app(build: build)
      try pane.openHomeEntry("Jobs")
      pane.waitFor(text: "No job ads saved yet")
      try pane.press("a")
      pane.waitFor(text: "Paste the job ad below.")
      try pane.type("Senior Backend Engineer")
      try pane.press(.enter)
      try pane.type("We need 5+ years of Go, PostgreSQL and Kafka.")
      try pane.press(.ctrlD)
      pane.waitFor(text: "Skills the ad asks for")
      try pane.press(.escape)
      pane.waitFor(text: "job-1")
      try pane.quitApp()
      let list = try shell(
        [try build.binary(), "job", "list", "--data-dir", pane.dataDir.path])
      XCTAssertTrue(list.out.contains("job-1  Senior Backend Engineer"), list.out + list.err)
    }
  }
}
