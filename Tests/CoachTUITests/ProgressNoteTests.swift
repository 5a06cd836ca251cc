import XCTest

@testable import CoachTUI

/// Work that may take long says so on screen before it starts.
final class ProgressNoteTests: XCTestCase {
  func testCheckingACVShowsANoteFirst() throws {
    let store = try TestStore()
    var loop = try store.loop("cv")
    var shown: [String] = []
    loop.showProgress = { shown.append($0.text) }
    for key in "Tests/CVSamples/weak.txt".map(Key.character) + [.enter] { loop.send(.key(key)) }
    XCTAssertEqual(shown.count, 1)
    XCTAssertTrue(shown[0].contains("Reading and checking the CV…"), shown[0])
    XCTAssertTrue(loop.frame().text.contains("Common mistakes found"))
    XCTAssertFalse(loop.frame().text.contains("Reading and checking"))
  }
}
