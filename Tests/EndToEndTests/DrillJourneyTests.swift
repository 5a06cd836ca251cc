import Foundation
import XCTest

/// A user drills three flashcards in a real terminal, leaves, comes back to their statistics.
final class DrillJourneyTests: XCTestCase {
  private func launch(data: URL) throws -> TmuxPane {
    try TmuxPane(
      command: "sh -c " + appThenReport(try binaryPath(), "--data-dir \(data.path)"), width: 100,
      height: 30)
  }

  func testThreeCardsGradedThenStatisticsAfterARestart() throws {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cc-drill-journey-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: data) }
    let pane = try launch(data: data)
    pane.waitFor(text: "Interview prep")
    try pane.openHomeEntry("Interview prep")
    pane.waitFor(text: "Press Enter to start")
    try pane.send("Enter")
    pane.waitFor(text: "0 reviewed")
    for (index, grade) in ["3", "1", "4"].enumerated() {
      try pane.send("Space")
      pane.waitFor(text: "Key points")
      try pane.send(grade)
      pane.waitFor(text: "\(index + 1) reviewed")
    }
    pane.waitFor(text: "Easy: next review in 8 days")
    try pane.send("q")
    pane.waitFor(text: "EXIT:0")

    let again = try launch(data: data)
    again.waitFor(text: "Statistics")
    try again.openHomeEntry("Statistics")
    let screen = again.waitFor(text: "Reviews per day, last 30 days: 3 (3 of all time)")
    XCTAssertTrue(screen.contains("Retention per category"), screen)
    try again.send("Escape")
    try again.openHomeEntry("Interview prep")
    // The card graded Again is back in a minute; the others are scheduled, not new.
    again.waitFor(text: "not seen yet")
    XCTAssertTrue(again.capture().contains("New today     7 "), again.capture())
  }
}
