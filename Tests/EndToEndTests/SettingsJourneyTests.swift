import Foundation
import XCTest

/// A user changes their settings on the settings screen at 80x24, and `config` sees the
/// change.
final class SettingsJourneyTests: XCTestCase {
  func testAValueChosenOnTheScreenIsWhatConfigPrints() throws {
    try forEachBuild(on: [.release]) { build in
      let pane = try TmuxPane.app(width: 80, height: 24, build: build)
      try pane.openHomeEntry("Settings")
      pane.waitFor(text: "What the app remembers between runs")
      try pane.press(.down, .enter)
      pane.waitFor(text: "Choose the market:")
      // The cursor starts on the current value, "not set", the last row.
      try pane.press(.up, .enter)
      pane.waitFor(text: "market             us")
      try pane.press(.up, .enter)
      pane.waitFor(text: "New years:")
      try pane.type("200")
      try pane.press(.enter)
      pane.waitFor(text: "years does not take \"200\"")
      try pane.press(.escape)
      pane.waitFor(text: "years              not set")
      try pane.quitApp()
      let market = try shell(
        [try build.binary(), "config", "get", "market", "--data-dir", pane.dataDir.path])
      XCTAssertEqual(market.out, "us\n", market.err)
      let years = try shell(
        [try build.binary(), "config", "get", "years", "--data-dir", pane.dataDir.path])
      XCTAssertEqual(years.out, "not set\n", years.err)
    }
  }
}
