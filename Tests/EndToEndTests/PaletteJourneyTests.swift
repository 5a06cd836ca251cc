import Foundation
import XCTest

/// A user who does not know where a command lives finds it by name with `:` at 80x24, and
/// Ctrl-P opens the same list.
final class PaletteJourneyTests: XCTestCase {
  func testTypingANameFindsTheCommandAndRunsIt() throws {
    try forEachBuild(on: [.release]) { build in
      let pane = try TmuxPane.app(width: 80, height: 24, build: build)
      pane.waitFor(text: "Assess my skills")
      try pane.press(.character(":"))
      pane.waitFor(text: "type to filter, Enter runs.")
      try pane.type("settings")
      pane.waitFor(text: "Edit the setting  (Enter)")
      try pane.press(.enter)
      pane.waitFor(text: "What the app remembers between runs")
      try pane.press(.escape)
      pane.waitFor(text: "Assess my skills")
      try pane.press(.character("C-p"))
      pane.waitFor(text: "type to filter, Enter runs.")
      try pane.type("statis")
      pane.waitFor(text: "Statistics")
      try pane.press(.escape)
      pane.waitFor(text: "Assess my skills")
      try pane.quitApp()
    }
  }
}
