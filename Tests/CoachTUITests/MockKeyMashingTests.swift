import CoachCore
import Foundation
import XCTest

@testable import CoachTUI

/// Random keys, and ticks between them, on the mock interview and STAR screens
/// never crash and never leave the text area's cursor outside its text.
final class MockKeyMashingTests: XCTestCase {
  static let keys: [Key] =
    [
      .up, .down, .left, .right, .enter, .escape, .tab, .backTab, .backspace, .delete, .pageUp,
      .pageDown, .home, .end, .space, .control("d"), .character("?"),
      .character("日"), .character("🚀"), .character("e\u{301}"), .character("\u{1B}"),
    ] + "abc xyz.".map { Key.character($0) }

  func mash(_ screen: String, seed: UInt64) throws {
    let store = try TestStore()
    var loop = try store.loop(screen, width: 70, height: 20)
    var generator = SplitMix64(seed: seed)
    var now = TestStore.fixedNow
    for step in 0..<1500 {
      let key = Self.keys[Int(generator.next() % UInt64(Self.keys.count))]
      // Back at home (Esc), go to the screen again rather than mash the home menu.
      if loop.state.top is HomeScreen, !loop.state.helpVisible {
        for routeKey in [.home] + (ScreenDirectory.route(to: screen) ?? []) {
          loop.send(.key(routeKey))
        }
      }
      // q is left out (it would end the run); a dialog that opens anyway is answered no.
      loop.send(.key(key))
      if loop.state.dialog != nil { loop.send(.key(.character("n"))) }
      if step % 7 == 0 {
        now = now.addingTimeInterval(Double(generator.next() % 40))
        loop.send(.tick(now))
      }
      if step % 500 == 0 { loop.send(.resize(Size(width: 60 + step % 61, height: 18 + step % 23))) }
      XCTAssertFalse(loop.state.quitting, "step \(step) key \(key) \(loop.state.breadcrumb)")
      if loop.state.quitting { return }
      if let interview = loop.state.top as? MockInterviewScreen {
        XCTAssertLessThanOrEqual(interview.answer.cursor, interview.answer.characters.count)
        XCTAssertFalse(interview.answer.text.contains("\u{1B}"))
      }
      if step % 5 == 0 { _ = loop.frame() }
    }
  }

  func testMockInterviewSurvivesRandomKeys() throws {
    try mash("mock", seed: 7)
  }

  func testStarPracticeSurvivesRandomKeys() throws {
    try mash("star", seed: 11)
  }
}
