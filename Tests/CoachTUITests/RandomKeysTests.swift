import CoachCore
import XCTest

@testable import CoachTUI

/// Thousands of random keys and sizes on every screen: the app must neither crash nor draw
/// outside the frame, and every frame must keep its size.
final class RandomKeysTests: XCTestCase {
  static let keys: [Key] =
    [
      .up, .down, .left, .right, .enter, .escape, .tab, .backTab, .backspace, .delete, .pageUp,
      .pageDown, .home, .end, .character(" "), .character("?"), .character("/"), .character("é"),
      .character("語"), .character("😀"), .control("d"), .control("a"),
    ] + "abcdefghijklmnoprstuvwxyzGHJKL0123456789+-=[]".map { Key.character($0) }

  func testTenThousandRandomKeysOnEveryScreen() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store, shift: -1, at: -86_400)
    try ReportScreensTests.addFinished(store)
    var random = SeededGenerator(seed: 2026)
    for name in ScreenDirectory.names {
      var loop = try store.loop(name, width: 80, height: 24)
      for press in 0..<10_000 {
        if press % 500 == 0 {
          let size = Size(
            width: Int.random(in: 1...300, using: &random),
            height: Int.random(in: 1...100, using: &random))
          loop.send(.resize(size))
          check(loop.frame(), size: size, screen: name)
        }
        loop.send(.key(Self.keys.randomElement(using: &random)!))
        // Enter on the home menu's Quit entry leaves; start again where this screen is.
        if loop.state.quitting { loop = try store.loop(name, width: 80, height: 24) }
        if press % 97 == 0 { check(loop.frame(), size: loop.state.size, screen: name) }
        if loop.state.dialog != nil { loop.send(.key(.character("n"))) }
      }
    }
  }

  private func check(_ canvas: Canvas, size: Size, screen: String) {
    XCTAssertEqual(canvas.width, size.width, screen)
    XCTAssertEqual(canvas.height, size.height, screen)
    XCTAssertFalse(canvas.text.contains("\u{1b}"), "\(screen): an escape byte reached the frame")
  }
}
