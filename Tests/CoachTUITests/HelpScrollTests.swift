import XCTest

@testable import CoachTUI

/// The key help scrolls in a short window, and stops where its last line shows: one key
/// back up moves it at once, however often the user pressed down.
final class HelpScrollTests: XCTestCase {
  func testScrollingStopsAtTheLastLine() throws {
    let store = try TestStore()
    var loop = try store.loop("tips", keys: "?", width: 60, height: 18)
    XCTAssertTrue(loop.state.helpVisible)
    XCTAssertTrue(loop.frame().text.contains("↓ more (j/k)"))
    for _ in 0..<40 { loop.send(.key(.character("j"))) }
    let bottom = loop.frame().text
    XCTAssertTrue(bottom.contains("↑ more (j/k)"), bottom)
    XCTAssertFalse(bottom.contains("↑↓"), "at the end")
    let limit = loop.state.helpScroll
    XCTAssertLessThan(limit, 40)
    loop.send(.key(.character("k")))
    XCTAssertEqual(loop.state.helpScroll, limit - 1, "one key up moves at once")
    XCTAssertTrue(loop.frame().text.contains("↑↓ more (j/k)"))
  }
}
