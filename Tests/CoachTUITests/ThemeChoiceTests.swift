import XCTest

@testable import CoachTUI

/// Which colour theme a terminal gets, and the rule that keeps the light one readable.
final class ThemeChoiceTests: XCTestCase {
  func testTheChoiceFollowsTheUserThenTheTerminalsBackground() {
    XCTAssertEqual(Theme.colour(chosen: nil, colorFGBG: nil), .color, "dark by default")
    XCTAssertEqual(Theme.colour(chosen: nil, colorFGBG: "0;15"), .light)
    XCTAssertEqual(Theme.colour(chosen: nil, colorFGBG: "0;default;7"), .light)
    XCTAssertEqual(Theme.colour(chosen: nil, colorFGBG: "15;0"), .color)
    XCTAssertEqual(Theme.colour(chosen: nil, colorFGBG: "nonsense"), .color)
    XCTAssertEqual(Theme.colour(chosen: "Light", colorFGBG: "15;0"), .light)
    XCTAssertEqual(Theme.colour(chosen: "dark", colorFGBG: "0;15"), .color)
    XCTAssertEqual(Theme.colour(chosen: "sepia", colorFGBG: "0;15"), .light, "unknown: auto")
  }

  func testTheLightThemeHasNoTextThatFadesOnALightBackground() {
    let light = Theme.light
    let styles = [
      light.text, light.muted, light.title, light.header, light.footer, light.footerKey,
      light.selected, light.accent, light.good, light.warning, light.bad, light.border,
    ]
    for style in styles where style.background == nil && !style.reverse {
      XCTAssertFalse(
        [.yellow, .cyan, .white].contains(style.foreground), "\(style) on a light background")
    }
    for style in styles where style.background != nil {
      XCTAssertNotEqual(style.foreground, style.background)
    }
  }
}
