import CoachCore
import CoachStore
import Foundation
import XCTest

@testable import CoachTUI

/// `career-coach mock --question ID` opens the app straight into an interview on the questions
/// named, in their order, and leaving it lands on the mock setup, which does not start it again.
final class MockOpeningTests: XCTestCase {
  private func opened(_ store: TestStore, questions: [String]) -> AppLoop {
    var loop = AppLoop(
      state: AppState(root: HomeScreen(), size: Size(width: 80, height: 24), data: store.data),
      effects: store.effects, context: DrawContext())
    loop.send(.started)
    loop.send(.open(.mockInterview(questions: questions)))
    return loop
  }

  func testTheInterviewStartsOnTheChosenQuestionsInTheirOrder() throws {
    let store = try TestStore()
    let pack = try XCTUnwrap(store.data.pack)
    let chosen = [pack.questions[2].id, pack.questions[0].id]
    var loop = opened(store, questions: chosen)
    let screen = try XCTUnwrap(loop.state.top as? MockInterviewScreen)
    XCTAssertEqual(screen.interview.questions, chosen)
    XCTAssertEqual(screen.interview.focus, .chosen)
    let words = loop.frame().text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let opening = pack.questions[2].text.split(separator: " ").prefix(6).joined(separator: " ")
    XCTAssertTrue(words.contains(opening), words)

    loop.send(.key(.escape))
    loop.send(.key(.enter))
    while !(loop.state.top is MockSetupScreen), loop.state.stack.count > 1 {
      loop.send(.key(.escape))
    }
    XCTAssertTrue(loop.state.top is MockSetupScreen, "the interview returns to its setup")
    XCTAssertEqual(try store.store.mockInterviews().count, 1, "not started a second time")
  }

  func testWithoutQuestionsItOpensTheSetup() throws {
    let store = try TestStore()
    let loop = opened(store, questions: [])
    let setup = try XCTUnwrap(loop.state.top as? MockSetupScreen)
    XCTAssertTrue(setup.chosen.isEmpty)
    XCTAssertEqual(try store.store.mockInterviews().count, 0)
  }
}
