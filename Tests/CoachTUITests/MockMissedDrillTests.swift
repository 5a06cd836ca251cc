import CoachCore
import CoachStore
import Foundation
import XCTest

@testable import CoachTUI

/// On the review of a mock interview, one key sends the key points the user missed to the
/// drills; the offer goes once taken, and the interview remembers it.
final class MockMissedDrillTests: XCTestCase {
  func testFSendsTheMissedPointsOnceAndSaysWhereTheyWent() throws {
    let store = try TestStore()
    // One answer with nothing ticked, then Esc stops the interview at its review.
    var loop = try store.loop("mock", keys: "enter x ctrl-d")
    let screen = try XCTUnwrap(loop.state.top as? MockInterviewScreen)
    for _ in screen.ticked { loop.send(.key(.space)) }
    for key: Key in [.enter, .escape] { loop.send(.key(key)) }
    let review = try XCTUnwrap(loop.state.top as? MockInterviewScreen)
    XCTAssertEqual(review.phase, .review)
    let missed = review.interview.missedPointCount
    XCTAssertGreaterThan(missed, 0)
    let before = loop.frame().text
    XCTAssertTrue(before.contains("Press f to drill the \(missed) key points you missed"), before)
    XCTAssertTrue(before.contains("f Flashcards of what I missed"), before)

    loop.send(.key(.character("f")))
    let after = loop.frame().text
    XCTAssertTrue(after.contains("Your missed key points are in your drills"), after)
    XCTAssertFalse(after.contains("f Flashcards"), "offered once")
    let stored = try XCTUnwrap(try store.store.mockInterviews().first)
    XCTAssertNotNil(stored.missedSentToDrillsAt)
  }
}
