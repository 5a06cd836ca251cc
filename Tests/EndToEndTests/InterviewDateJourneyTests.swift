import Foundation
import XCTest

/// A user with an interview in twelve days: home counts down at 80x24, the drills open on the
/// interview's questions, and once the day has passed home asks how it went.
final class InterviewDateJourneyTests: XCTestCase {
  private func day(_ offset: Int) -> String {
    let calendar = Calendar(identifier: .gregorian)
    let date = calendar.date(byAdding: .day, value: offset, to: Date())!
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
  }

  func testHomeCountsDownAndTheDayAfterAsksHowItWent() throws {
    try forEachBuild(on: [.release]) { build in
      let data = FileManager.default.temporaryDirectory
        .appendingPathComponent("cc-interview-\(UUID().uuidString)")
      defer { try? FileManager.default.removeItem(at: data) }
      let binary = try build.binary()
      func config(_ arguments: String...) throws {
        let result = try shell([binary, "config", "set"] + arguments + ["--data-dir", data.path])
        XCTAssertEqual(result.status, 0, result.err)
      }
      try config("target", "senior")
      try config("interview-date", day(12))

      var pane: TmuxPane? = try TmuxPane.app(dataDir: data, width: 80, height: 24, build: build)
      pane?.waitFor(text: "Interview for Senior Backend Developer in 12 days (\(day(12))).")
      pane?.waitFor(text: "new on its skills; Interview prep drills them.")
      try pane?.openHomeEntry("Interview prep")
      pane?.waitFor(text: "▸ My interview")
      try pane?.press(.enter)
      pane?.waitFor(text: "My interview ·")
      try pane?.quitApp()
      pane = nil

      try config("interview-date", day(-1))
      let after = try TmuxPane.app(dataDir: data, width: 80, height: 24, build: build)
      after.waitFor(text: "press o to say how it went")
      try after.press(.character("o"))
      after.waitFor(text: "How did your interview of \(day(-1)) go?")
      try after.press(.enter)
      after.waitFor(text: "Congratulations.")
      try after.quitApp()
      let date = try shell([binary, "config", "get", "interview-date", "--data-dir", data.path])
      XCTAssertEqual(date.out, "not set\n", date.err)
    }
  }
}
