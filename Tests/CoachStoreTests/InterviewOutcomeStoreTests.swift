import CoachCore
import CoachStore
import Foundation
import XCTest

/// How an interview went is kept with the settings, clears the date, and travels with an
/// export.
final class InterviewOutcomeStoreTests: StoreTestCase {
  func testAnOutcomeIsKeptAndTheDateCleared() throws {
    try store.updateSettings {
      $0.interviewDate = "2026-11-17"
      $0.targetLevel = "senior"
    }
    try store.recordInterviewOutcome(.noOffer)
    let settings = try store.settings()
    XCTAssertNil(settings.interviewDate)
    XCTAssertEqual(settings.targetLevel, "senior")
    XCTAssertEqual(
      settings.pastInterviews,
      [PastInterview(day: "2026-11-17", target: "senior", outcome: .noOffer)])
  }

  func testWithoutADateNothingIsKept() throws {
    try store.recordInterviewOutcome(.offer)
    XCTAssertEqual(try store.settings().pastInterviews, [])
  }

  func testPastInterviewsSurviveAReopenAndAnExport() throws {
    try store.updateSettings { $0.interviewDate = "2026-10-01" }
    try store.recordInterviewOutcome(.nextRound)
    try store.updateSettings { $0.interviewDate = "2026-10-20" }
    try store.recordInterviewOutcome(.offer)
    let expected = try store.settings().pastInterviews
    XCTAssertEqual(expected.map(\.outcome), [.nextRound, .offer])
    store = nil
    let reopened = try CoachStore(folder: folder)
    XCTAssertEqual(try reopened.settings().pastInterviews, expected)
    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    let copy = try CoachStore(folder: other)
    _ = try copy.importJSON(try reopened.exportJSON(), pack: StoreFixture.pack)
    XCTAssertEqual(try copy.settings().pastInterviews, expected)
  }
}
