import CoachCore
import Foundation
import XCTest

@testable import CoachStore

/// Sending an interview's missed key points to the drills is stored at once, survives a
/// restart, and travels through an export and back.
final class MissedPointsStoreTests: StoreTestCase {
  private func answer(_ position: Int, ticked: [Int]) -> MockAnswer {
    MockAnswer(
      position: position, questionID: "q\(position + 1)", text: "answer", secondsUsed: 42,
      timedOut: false, ticked: ticked, pointCount: 3)
  }

  private func interview() throws -> MockInterview {
    let started = try store.startMockInterview(
      length: .questions(2), focus: .chosen, questions: ["q1", "q2"], now: StoreFixture.date(0))
    try store.saveMockAnswer(answer(0, ticked: [0, 2]), interview: started.id)
    try store.saveMockAnswer(answer(1, ticked: []), interview: started.id)
    try store.finishMockInterview(started.id, at: StoreFixture.date(300))
    return started
  }

  func testSendingIsStoredAndSurvivesReopening() throws {
    let started = try interview()
    let sent = try store.sendMissedPointsToDrills(started.id, at: StoreFixture.date(301))
    XCTAssertEqual(sent.missedSentToDrillsAt, StoreFixture.date(301))
    XCTAssertEqual(sent.missedPointCount, 4, "one of three, then three of three")
    store = nil
    let reopened = try CoachStore(folder: folder)
    let stored = try XCTUnwrap(try reopened.mockInterview(id: started.id))
    XCTAssertEqual(stored.missedSentToDrillsAt, StoreFixture.date(301))
    XCTAssertEqual(stored.focus, .chosen)
    XCTAssertThrowsError(try reopened.sendMissedPointsToDrills(999, at: StoreFixture.date(1)))
  }

  func testAnExportCarriesItBack() throws {
    let started = try interview()
    _ = try store.sendMissedPointsToDrills(started.id, at: StoreFixture.date(301))
    let data = try store.exportJSON(now: .distantPast)
    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    let copy = try CoachStore(folder: other)
    _ = try copy.importJSON(data, pack: MockStoreTests.pack)
    XCTAssertEqual(try copy.mockInterviews(), try store.mockInterviews())
    XCTAssertEqual(try copy.exportJSON(now: .distantPast), data)
  }

  func testABadDateInAnImportIsRefusedWhole() throws {
    let started = try interview()
    _ = try store.sendMissedPointsToDrills(started.id, at: StoreFixture.date(301))
    let text = String(decoding: try store.exportJSON(now: .distantPast), as: UTF8.self)
    let broken = try XCTUnwrap(
      text.replacingOccurrences(
        of: #""missedToDrillsAt" : "[^"]*""#, with: #""missedToDrillsAt" : "soon""#,
        options: .regularExpression
      ).data(using: .utf8))
    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    let copy = try CoachStore(folder: other)
    XCTAssertThrowsError(try copy.importJSON(broken, pack: MockStoreTests.pack)) { error in
      XCTAssertTrue("\(error)".contains("missedToDrillsAt"), "\(error)")
    }
    XCTAssertEqual(try copy.mockInterviews(), [])
  }
}
