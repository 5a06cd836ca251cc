import CoachCore
import CoachStore
import Foundation
import XCTest

@testable import CoachTUI

/// An interview the app left before its last answer (a quit or a crash) is offered again on
/// the setup screen and goes on from the first question not answered.
final class MockResumeTests: XCTestCase {
  func testAnInterviewLeftMidwayIsResumedAtItsNextQuestion() throws {
    let store = try TestStore()
    // The app quits after one confirmed answer of three (the default length).
    var left = try store.loop("mock", keys: "enter x ctrl-d enter")
    XCTAssertEqual((left.state.top as? MockInterviewScreen)?.index, 1)
    left.send(.key(.control("c")))

    var loop = try store.loop("mock")
    let setup = try XCTUnwrap(loop.state.top as? MockSetupScreen)
    XCTAssertEqual(setup.resumable?.answers.count, 1)
    let words = loop.frame().text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    XCTAssertTrue(words.contains("stopped after 1 of 3 answers; r resumes it."), words)
    XCTAssertTrue(loop.frame().text.contains("r Resume"))

    loop.send(.key(.character("r")))
    let resumed = try XCTUnwrap(loop.state.top as? MockInterviewScreen)
    XCTAssertEqual(resumed.index, 1)
    XCTAssertEqual(resumed.interview.id, setup.resumable?.id)
    for key in "y".map(Key.character) + [.control("d"), .enter] { loop.send(.key(key)) }
    let interviews = try store.store.mockInterviews()
    XCTAssertEqual(interviews.count, 1, "no new interview")
    XCTAssertEqual(interviews[0].answers.map(\.text), ["x", "y"])
  }

  func testAFinishedOrStoppedInterviewIsNotOffered() throws {
    let store = try TestStore()
    var stopped = try store.loop("mock", keys: "enter x ctrl-d enter")
    stopped.send(.key(.escape))
    try MockInterviewScreenTests.addInterview(store)
    let loop = try store.loop("mock")
    XCTAssertNil((loop.state.top as? MockSetupScreen)?.resumable)
    XCTAssertFalse(loop.frame().text.contains("r Resume"))
    var pressed = loop
    pressed.send(.key(.character("r")))
    XCTAssertTrue(pressed.state.top is MockSetupScreen)
  }
}
