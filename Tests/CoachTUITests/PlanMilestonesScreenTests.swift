import CoachCore
import CoachStore
import XCTest

@testable import CoachTUI

/// The Plan screen's milestones, checkpoints and target date, over a real store.
final class PlanMilestonesScreenTests: XCTestCase {
  func testMoreHoursAWeekBringThePlansDateCloser() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store)
    func doneBy(_ screen: String) -> String? {
      screen.split(separator: "\n").first { $0.contains("done by") }.map {
        String($0.split(separator: " ").last ?? "")
      }
    }
    let before = try XCTUnwrap(doneBy(try store.render("plan", 120, 40)))
    let after = try XCTUnwrap(doneBy(try store.render("plan", 120, 40, keys: "+ + + + +")))
    XCTAssertLessThan(after, before)
    let screen = try store.render("plan", 120, 40)
    XCTAssertTrue(screen.contains("Checkpoint: re-rate"), screen)
    XCTAssertTrue(screen.contains("re-assess and the gaps, milestones and date follow"), screen)
  }
}
