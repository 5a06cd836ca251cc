import XCTest

@testable import CoachTUI

final class UpdateTests: XCTestCase {
  private func start(_ size: Size = Size(width: 80, height: 24)) -> AppState {
    AppState(root: HomeScreen(), size: size, data: AppData())
  }

  private func send(_ state: AppState, _ messages: Message...) -> AppState {
    messages.reduce(state) { update($0, $1).0 }
  }

  /// Every key name `snapshot --keys` lists in its help is one it takes.
  func testEveryListedKeyNameParses() {
    let names = Key.names.split(separator: " ").map(String.init)
    XCTAssertEqual(names.compactMap { Key(name: $0) }.count, names.count)
    XCTAssertEqual(Key(name: "shift-tab"), .backTab)
    XCTAssertEqual(Key(name: "ctrl-X"), .control("x"))
  }

  func testQuestionMarkOpensHelpAndEscapeClosesIt() {
    let open = send(start(), .key(.character("?")))
    XCTAssertTrue(open.helpVisible)
    XCTAssertFalse(send(open, .key(.escape)).helpVisible)
    XCTAssertFalse(send(open, .key(.character("?"))).helpVisible)
  }

  func testQQuitsFromHomeAndFromHelp() {
    XCTAssertTrue(send(start(), .key(.character("q"))).quitting)
    XCTAssertTrue(send(start(), .key(.character("?")), .key(.character("q"))).quitting)
    XCTAssertTrue(send(start(), .key(.control("c"))).quitting)
  }

  func testEscapeOnHomeStaysHome() {
    let state = send(start(), .key(.escape))
    XCTAssertFalse(state.quitting)
    XCTAssertEqual(state.stack.count, 1)
  }

  func testArrowsMoveTheMenuAndEnterOpensTheEntry() {
    let moved = send(start(), .key(.down))
    XCTAssertEqual((moved.top as? HomeScreen)?.menu.selected, 1)
    let last = send(moved, .key(.character("G")))
    XCTAssertTrue(send(last, .key(.enter)).quitting, "the last entry is Quit")
    let help = send(last, .key(.character("k")))
    XCTAssertTrue(send(help, .key(.enter)).helpVisible, "the one above it opens the help")
    let first = send(help, .key(.character("g")))
    XCTAssertEqual((first.top as? HomeScreen)?.menu.selected, 0)
  }

  func testResizeBelowTheMinimumShowsTooSmallAndIgnoresKeysButQuit() {
    let small = send(start(), .resize(Size(width: 59, height: 30)))
    XCTAssertTrue(small.isTooSmall)
    XCTAssertFalse(send(small, .key(.character("?"))).helpVisible)
    XCTAssertTrue(send(small, .key(.character("q"))).quitting)
    let grown = send(small, .resize(Size(width: 60, height: 18)))
    XCTAssertFalse(grown.isTooSmall)
    XCTAssertTrue(view(grown, context: DrawContext()).text.contains("Keys and help"))
  }

  func testSignalLeavesThroughTheNormalPathAndRemembersWhich() {
    let state = send(start(), .signal(15))
    XCTAssertTrue(state.quitting)
    XCTAssertEqual(state.exitSignal, 15)
  }

  func testClickOnAMenuRowSelectsAndOpensIt() {
    let lines = view(start(), context: DrawContext()).lines
    let quitRow = try! XCTUnwrap(lines.firstIndex { $0.contains("Quit ") && $0.contains("Leave") })
    XCTAssertTrue(send(start(), .click(x: 5, y: quitRow)).quitting)
  }

  func testTheFooterShowsTheKeysOfTheTable() {
    let footer = view(start(), context: DrawContext()).lines.last ?? ""
    XCTAssertTrue(footer.contains("Enter Open"))
    XCTAssertTrue(footer.contains("? Help"))
    XCTAssertTrue(footer.contains("q Quit"))
  }

  func testTheLoopRunsUntilQuitOnAMemoryTerminal() {
    let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
    terminal.queuedEvents = [.key(.character("?")), .key(.escape), .key(.character("q"))]
    var loop = AppLoop(state: start(), effects: NoEffects(), context: DrawContext())
    loop.run(on: terminal)
    XCTAssertTrue(loop.state.quitting)
    XCTAssertGreaterThanOrEqual(terminal.framesDrawn, 3)
  }

  func testASignalStopsTheLoop() {
    let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
    terminal.pendingSignal = 2
    var loop = AppLoop(state: start(), effects: NoEffects(), context: DrawContext())
    loop.run(on: terminal)
    XCTAssertEqual(loop.state.exitSignal, 2)
  }

  func testMonochromeSelectionUsesReverseVideo() {
    let onHelp = send(start(), .key(.character("G")), .key(.up))
    let canvas = view(onHelp, context: DrawContext(theme: .monochrome, glyphs: .ascii))
    let row = try! XCTUnwrap(canvas.lines.firstIndex { $0.contains("Keys and help") })
    XCTAssertTrue(canvas[4, row].style.reverse)
    XCTAssertNil(canvas[4, row].style.background)
    XCTAssertTrue(canvas.lines[row].contains("> Keys and help"), "ASCII pointer without UTF-8")
  }
}
