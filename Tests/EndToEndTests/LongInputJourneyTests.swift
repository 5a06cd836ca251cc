import Foundation
import XCTest

/// Long input never freezes the app: a megabyte of CV is checked while the screen says so,
/// and the keys work at once afterwards.
final class LongInputJourneyTests: XCTestCase {
  func testAMegabyteCVIsCheckedAndTheAppStillAnswersKeys() throws {
    let folder = dataFolderForRestarts()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let cv = folder.appendingPathComponent("long-cv.txt")
    let line = "Cut p95 latency of the billing API by 40% with Redis; responsible for duties\n"
    try String(repeating: line, count: 1_000_000 / line.utf8.count).write(
      to: cv, atomically: true, encoding: .utf8)
    try forEachBuild { build in
      let pane = try TmuxPane.app(build: build)
      try pane.openHomeEntry("Check my CV")
      pane.waitFor(text: "CV file:")
      try pane.type(cv.path)
      try pane.send("Enter")
      let report = pane.waitFor(text: "Common mistakes found", timeout: 30)
      XCTAssertTrue(report.contains("12987 lines"), report)
      try pane.send("j")
      try pane.send("e")
      pane.waitFor("the path to be edited again") { $0.contains("Enter Check the file") }
      try pane.send("C-c")
      pane.waitFor(text: "EXIT:130", timeout: 5)
    }
  }
}
