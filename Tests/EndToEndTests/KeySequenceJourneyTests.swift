import Foundation
import XCTest

/// Home, End, PgUp and PgDn work whatever sequence the terminal sends for them, under the TERM
/// values people use inside and outside tmux: none of them reads as Esc and leaves the screen.
final class KeySequenceJourneyTests: XCTestCase {
  /// What terminals send, by key: application mode, tmux and screen, and xterm's own.
  private let ends = ["\u{1B}OF", "\u{1B}[4~", "\u{1B}[F", "\u{1B}[8~"]
  private let homes = ["\u{1B}OH", "\u{1B}[1~", "\u{1B}[H", "\u{1B}[7~"]

  func testEverySequenceForHomeAndEndMovesTheDocumentAndStaysOnTheScreen() throws {
    try forEachBuild(on: [.release]) { build in
      for term in ["xterm-256color", "tmux-256color", "screen-256color"] {
        let pane = try TmuxPane(
          command: "sh -c " + appThenReport(try build.binary(), "--data-dir DATA"),
          environment: ["TERM": term])
        try pane.openHomeEntry("Tips and advice")
        pane.waitFor(text: "↓ more")
        for (end, home) in zip(ends, homes) {
          try pane.type(end)
          let bottom = pane.waitFor("\(term): End as \(end.debugDescription)") {
            $0.contains("↑ more") && !$0.contains("↑↓ more")
          }
          XCTAssertTrue(bottom.contains("› Tips"), "\(term) \(end.debugDescription):\n\(bottom)")
          try pane.type(home)
          let top = pane.waitFor("\(term): Home as \(home.debugDescription)") {
            $0.contains("↓ more") && !$0.contains("↑")
          }
          XCTAssertTrue(top.contains("› Tips"), "\(term) \(home.debugDescription):\n\(top)")
        }
        // Ctrl-PgDn and Shift-Down come with modifiers; they page and scroll, not leave.
        try pane.type("\u{1B}[6;5~")
        pane.waitFor(text: "↑↓ more")
        try pane.type("\u{1B}[1;2B")
        XCTAssertTrue(pane.capture().contains("› Tips"))
        try pane.quitApp()
      }
    }
  }
}
