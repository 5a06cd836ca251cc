import CoachCore
import CoachStore
import Foundation
import XCTest

@testable import CoachTUI

/// The command palette (`:` or Ctrl-P) lists every action of every screen by name with its
/// key, filters as the user types, and runs the chosen one, as lazygit users asked for.
final class CommandPaletteTests: XCTestCase {
  func testItListsThisScreensKeysThenEveryScreenFilteredAsTyped() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store)
    assertGolden(try store.render("results", 80, 24, keys: ":"), named: "palette-results-80x24")
    let filtered = try store.render("results", 80, 24, keys: ": d r i l l")
    assertGolden(filtered, named: "palette-filtered-80x24")
    XCTAssertTrue(filtered.contains("Interview prep  Start the drill  (Enter)"), filtered)
  }

  func testCtrlPOpensItAndEscLeavesIt() throws {
    let store = try TestStore()
    var loop = try store.loop("home", keys: "ctrl-p")
    XCTAssertTrue(loop.state.top is PaletteScreen)
    loop.send(.key(.escape))
    XCTAssertTrue(loop.state.top is HomeScreen)
  }

  func testAKeyOfThisScreenRunsOnIt() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store)
    let loop = try store.loop("results", keys: ": p l a n enter")
    XCTAssertTrue(loop.state.top is PlanScreen, "\(type(of: loop.state.top))")
    XCTAssertEqual(loop.state.stack.count, 3, "home, results, plan: the palette is gone")
  }

  func testAnotherScreensKeyOpensThatScreenFirst() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store)
    // From the level page deep in Career path: Results' "Gaps" (a) goes home, opens Results,
    // then presses a.
    var loop = try store.loop("path", keys: "enter")
    for key in ": r e s u l t s space g a p s".split(separator: " ") {
      loop.send(.key(key == "space" ? .space : .character(Character(String(key)))))
    }
    loop.send(.key(.enter))
    XCTAssertTrue(loop.state.top is GapsScreen, "\(type(of: loop.state.top))")
    XCTAssertTrue(loop.state.stack[1] is ResultsScreen)
  }

  func testUnsavedTypingIsNeverDroppedByAPaletteCommand() throws {
    let store = try TestStore()
    // A mock answer submitted but not yet confirmed: unsaved, and the checklist takes keys.
    var loop = try store.loop("mock", keys: "enter x ctrl-d : g o space t o space p l a n enter")
    XCTAssertTrue(loop.state.top is MockInterviewScreen)
    XCTAssertEqual(
      loop.state.status, "Finish or leave what you are typing first; the command would drop it.")
    loop.send(.key(.enter))
    XCTAssertEqual(try store.store.mockInterviews().first?.answers.count, 1, "still confirmed")
  }
}
