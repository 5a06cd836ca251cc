import CoachCore
import XCTest

@testable import CoachTUI

/// The checklist shows what the app suggests as a suggestion, and only while it stays ticked.
final class MockSuggestionScreenTests: XCTestCase {
  /// How many points carry the tag; the instructions above the list name it once.
  func occurrences(of tag: String, in text: String) -> Int {
    text.components(separatedBy: tag).count - text.components(separatedBy: "marked " + tag).count
  }

  func testUntickingASuggestedPointRemovesItsLabel() throws {
    let store = try TestStore()
    var loop = try store.loop("mock", keys: "left down right enter", width: 120, height: 40)
    let question = try XCTUnwrap((loop.state.top as? MockInterviewScreen)?.question)
    for character in question.keyPoints[0] { loop.send(.key(.character(character))) }
    loop.send(.key(.control("d")))
    var screen = try XCTUnwrap(loop.state.top as? MockInterviewScreen)
    XCTAssertTrue(screen.found.contains(0))
    let suggested = screen.found.count
    var text = loop.frame().text
    XCTAssertEqual(occurrences(of: "(suggested)", in: text), suggested, text)
    XCTAssertFalse(text.contains("in your answer"), text)
    // The first point is selected: untick it, and its label goes with the tick.
    loop.send(.key(.space))
    screen = try XCTUnwrap(loop.state.top as? MockInterviewScreen)
    XCTAssertFalse(screen.ticked.contains(0))
    text = loop.frame().text
    XCTAssertEqual(occurrences(of: "(suggested)", in: text), suggested - 1, text)
    // Ticking it again brings the label back.
    loop.send(.key(.space))
    XCTAssertEqual(occurrences(of: "(suggested)", in: loop.frame().text), suggested)
  }

  func testAPointTheUserTicksIsNotLabelledSuggested() throws {
    let store = try TestStore()
    var loop = try store.loop("mock", keys: "left down right enter", width: 120, height: 40)
    loop.send(.key(.control("d")))
    let screen = try XCTUnwrap(loop.state.top as? MockInterviewScreen)
    XCTAssertTrue(screen.found.isEmpty, "nothing typed, nothing suggested")
    loop.send(.key(.space))
    XCTAssertEqual(occurrences(of: "(suggested)", in: loop.frame().text), 0)
  }
}
