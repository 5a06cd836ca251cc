import CoachCore
import Foundation
import XCTest

@testable import CoachTUI

/// The drill's focus list filtered by typed text.
final class DrillFocusFilterTests: XCTestCase {
  func setup(_ loop: AppLoop) throws -> DrillSetupScreen {
    try XCTUnwrap(loop.state.top as? DrillSetupScreen)
  }

  func type(_ text: String, _ loop: inout AppLoop) {
    for character in text { loop.send(.key(.character(character))) }
  }

  func testTypedTextNarrowsTheListAndEnterStartsTheFocusFound() throws {
    let store = try TestStore()
    var loop = try store.loop("drill", keys: "esc /")
    XCTAssertTrue(try setup(loop).filtering)
    // j and q are text now, not moves or quitting.
    type("DataBASES", &loop)
    let screen = try setup(loop)
    let choices = try XCTUnwrap(screen.plan?.choices)
    let shown = screen.visible(in: store.pack).map { choices[$0] }
    XCTAssertGreaterThan(shown.count, 1)
    XCTAssertLessThan(shown.count, choices.count)
    for focus in shown {
      XCTAssertTrue(focus.label(in: store.pack).lowercased().contains("databases"))
    }
    XCTAssertEqual(screen.plan?.filter, shown.first, "the cursor is on the first focus found")
    assertGolden(loop.frame().text, named: "drill-setup-filter-80x24")
    loop.send(.key(.down))
    XCTAssertEqual(try setup(loop).plan?.filter, shown[1])
    loop.send(.key(.enter))
    let drill = try XCTUnwrap(loop.state.top as? DrillScreen)
    XCTAssertEqual(drill.filter, shown[1])
  }

  func testEscClearsTheFilterThenLeaves() throws {
    let store = try TestStore()
    var loop = try store.loop("drill", keys: "esc / q")
    XCTAssertFalse(loop.state.quitting)
    XCTAssertEqual(try setup(loop).query.text, "q")
    loop.send(.key(.escape))
    XCTAssertFalse(try setup(loop).filtering)
    XCTAssertEqual(try setup(loop).query.text, "")
    let choices = try XCTUnwrap(try setup(loop).plan?.choices)
    XCTAssertEqual(try setup(loop).visible(in: store.pack).count, choices.count)
    loop.send(.key(.escape))
    XCTAssertTrue(loop.state.top is HomeScreen)
  }

  func testNothingStartsWhenNoFocusMatches() throws {
    let store = try TestStore()
    var loop = try store.loop("drill", keys: "esc /")
    type("no such focus", &loop)
    XCTAssertTrue(loop.frame().text.contains("No focus matches"), loop.frame().text)
    loop.send(.key(.enter))
    XCTAssertTrue(loop.state.top is DrillSetupScreen)
  }
}
