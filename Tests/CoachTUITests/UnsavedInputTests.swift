import CoachCore
import XCTest

@testable import CoachTUI

/// Leaving a screen with typed, unsaved text asks first, whatever key leaves it.
final class UnsavedInputTests: XCTestCase {
  func testEscapeFromATypedStarAnswerAsksAndKeepsTheTextOnNo() throws {
    let store = try TestStore()
    var loop = try store.loop("star", keys: "enter W e space s h i p p e d")
    let typed = try XCTUnwrap(loop.state.top as? StarPracticeScreen)
    XCTAssertFalse(typed.answer.isEmpty)
    loop.send(.key(.escape))
    XCTAssertNotNil(loop.state.dialog, "typed text is not dropped without asking")
    XCTAssertTrue(loop.frame().text.contains("What you typed has not been saved."))
    loop.send(.key(.character("n")))
    let kept = try XCTUnwrap(loop.state.top as? StarPracticeScreen)
    XCTAssertEqual(kept.answer, typed.answer)
    loop.send(.key(.escape))
    loop.send(.key(.character("y")))
    XCTAssertTrue(loop.state.top is StarQuestionsScreen, "\(type(of: loop.state.top))")
  }

  func testEscapeWithNothingTypedLeavesAtOnce() throws {
    let store = try TestStore()
    var loop = try store.loop("star", keys: "enter")
    XCTAssertTrue(loop.state.top is StarPracticeScreen)
    loop.send(.key(.escape))
    XCTAssertNil(loop.state.dialog)
    XCTAssertTrue(loop.state.top is StarQuestionsScreen)
  }
}
