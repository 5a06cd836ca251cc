import Foundation
import XCTest

/// Closing the terminal window while the app runs ends the app at once: no process is left
/// behind, spinning or waiting.
final class ClosedTerminalTests: XCTestCase {
  /// Waits until the process is gone (or only a zombie waiting for its parent).
  private func waitForExit(
    _ pid: Int32, timeout: TimeInterval = 5, file: StaticString = #filePath, line: UInt = #line
  ) {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
        return
      }
      // The state follows the command name in parentheses.
      if let close = stat.lastIndex(of: ")"), stat[close...].dropFirst(2).first == "Z" { return }
      Thread.sleep(forTimeInterval: 0.05)
    }
    XCTFail(
      "process \(pid) still runs \(timeout) s after its terminal closed", file: file, line: line)
  }

  func testClosingTheWindowEndsTheApp() throws {
    try forEachBuild { build in
      let pane = try TmuxPane.app(build: build)
      pane.waitFor(text: "Keys and help")
      let pid = try pane.appPID()
      try pane.closeWindow()
      waitForExit(pid)
    }
  }

  /// A terminal can go away without a hang-up signal reaching the app (the app in a session
  /// of its own); reading it then fails at once, and the app must leave rather than loop.
  func testATerminalThatGoesAwayWithoutAHangUpSignalEndsTheApp() throws {
    try forEachBuild { build in
      let pane = try TmuxPane(
        command: "setsid -w \(try build.binary()) --data-dir DATA", width: 100, height: 30)
      pane.waitFor(text: "Keys and help")
      let pid = try pane.appPID()
      try pane.closeWindow()
      waitForExit(pid)
    }
  }

  func testATypedMockAnswerSurvivesAClosedWindowWithItsTimeLeft() throws {
    try forEachBuild { build in
      let data = dataFolderForRestarts()
      let pane = try TmuxPane.app(dataDir: data, build: build)
      try pane.openHomeEntry("Mock interview")
      pane.waitFor(text: "No mock interviews yet")
      try pane.press(.enter)
      let first = pane.waitFor(text: "Your answer")
      let full = try XCTUnwrap(Countdown.seconds(in: first), first)
      try pane.type("An index on the foreign key")
      pane.waitFor(text: "An index on the foreign key")
      // Kept within a few seconds; then the window closes, as a crash would end it.
      pane.waitFor("the countdown to move on", timeout: 10) {
        (Countdown.seconds(in: $0) ?? full) <= full - 3
      }
      let pid = try pane.appPID()
      try pane.closeWindow()
      waitForExit(pid)

      let again = try TmuxPane.app(dataDir: data, build: build)
      again.waitFor(text: "Your unsaved mock interview answer was kept")
      try again.openHomeEntry("Mock interview")
      again.waitFor(text: "r Resume")
      try again.press("r")
      let resumed = again.waitFor(text: "An index on the foreign key")
      let left = try XCTUnwrap(Countdown.seconds(in: resumed), resumed)
      XCTAssertLessThan(left, full, "the clock goes on with the time that was left")
      XCTAssertGreaterThan(left, full - 20, resumed)
      // Ctrl-C asks first; a second one leaves at once, keeping the answer as a draft.
      try again.press(.ctrlC)
      again.waitFor(text: "What you typed has not been saved.")
      try again.press(.ctrlC)
      again.waitFor(text: "EXIT:130")
    }
  }
}

/// Reads the mock interview's countdown ("2:58 left") off a screen.
enum Countdown {
  static func seconds(in screen: String) -> Int? {
    guard let range = screen.range(of: #"\d+:\d\d left"#, options: .regularExpression) else {
      return nil
    }
    let parts = screen[range].dropLast(5).split(separator: ":").compactMap { Int($0) }
    return parts.count == 2 ? parts[0] * 60 + parts[1] : nil
  }
}
