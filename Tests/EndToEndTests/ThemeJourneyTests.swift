import Foundation
import XCTest

/// The app draws in the terminal's own ANSI colours and reads on a light background too: a
/// terminal that announces a light background (COLORFGBG) or a user who asks for the light
/// theme gets blue where a dark background gets cyan, and never yellow or cyan text.
final class ThemeJourneyTests: XCTestCase {
  /// The SGR foreground codes in a captured screen: 33 yellow, 34 blue, 36 cyan...
  private func foregrounds(in screen: String) -> Set<Int> {
    var found = Set<Int>()
    let pattern = try! NSRegularExpression(pattern: "\u{1B}\\[([0-9;]*)m")
    let text = screen as NSString
    for match in pattern.matches(in: screen, range: NSRange(location: 0, length: text.length)) {
      let codes = text.substring(with: match.range(at: 1)).split(separator: ";").compactMap {
        Int($0)
      }
      found.formUnion(codes.filter { (30...37).contains($0) })
    }
    return found
  }

  private func homeColours(_ environment: [String: String], build: AppBuild) throws -> Set<Int> {
    // NO_COLOR set but empty counts as unset: the test runner may set it.
    let pane = try TmuxPane(
      command: "sh -c " + appThenReport(try build.binary(), "--data-dir DATA"),
      environment: environment.merging(["NO_COLOR": ""]) { mine, _ in mine })
    pane.waitFor(text: "Your career coach: Backend Developer")
    // Down once, so the selection is drawn too.
    try pane.press(.down)
    let colours = foregrounds(in: pane.captureWithStyles())
    try pane.quitApp()
    return colours
  }

  func testALightBackgroundGetsTheLightThemeAndADarkOneTheDarkTheme() throws {
    try forEachBuild(on: [.release]) { build in
      let dark = try homeColours(["COLORFGBG": "15;0"], build: build)
      XCTAssertTrue(dark.contains(36), "cyan on a dark background: \(dark.sorted())")
      for light in [["COLORFGBG": "0;15"], ["CAREER_COACH_THEME": "light", "COLORFGBG": "15;0"]] {
        let colours = try homeColours(light, build: build)
        XCTAssertTrue(colours.contains(34), "blue on a light background: \(colours.sorted())")
        XCTAssertTrue(
          colours.isDisjoint(with: [33, 36]), "no yellow or cyan on light: \(colours.sorted())")
      }
    }
  }
}
