import CoachCore
import Foundation
import XCTest

@testable import CoachStore

/// Importing what is already there adds nothing and says so; a record made at the same
/// moment as a stored one but different is reported and left out, never merged.
final class RepeatedImportTests: StoreTestCase {
  private func fill() throws {
    let full = try store.startAssessment(
      mode: .full, years: 5, market: "dk", languages: ["go"], now: StoreFixture.date(10))
    try store.saveAnswer(
      assessment: full.id, skill: "go", answer: SkillAnswer(rating: 3), position: 1)
    try store.finish(assessment: full.id, at: StoreFixture.date(20))
    let interview = try store.startMockInterview(
      length: .questions(1), focus: .all, questions: ["q-sql"], now: StoreFixture.date(30))
    try store.saveMockAnswer(
      MockAnswer(
        position: 0, questionID: "q-sql", text: "joins", secondsUsed: 40, timedOut: false,
        ticked: [0], pointCount: 3), interview: interview.id)
    _ = try store.saveStarAnswer(
      StarAnswer(situation: "s"), question: "q-talk", now: StoreFixture.date(40))
    for offset in 0..<3 {
      _ = try store.recordReview(
        question: "q-go", grade: .good, at: StoreFixture.date(60 + 86_400 * Double(offset)),
        secondsSpent: 10)
    }
  }

  func testImportingTheSameExportTwiceAddsNothingTheSecondTime() throws {
    try fill()
    let data = try store.exportJSON()
    let copy = try CoachStore(folder: StoreFixture.folder())
    let first = try copy.importJSON(data, pack: StoreFixture.pack)
    XCTAssertEqual(first.stored, 6)
    XCTAssertEqual(first.alreadyPresent, 0)
    let second = try copy.importJSON(data, pack: StoreFixture.pack)
    XCTAssertEqual(second.stored, 0)
    XCTAssertEqual(second.alreadyPresent, 6)
    XCTAssertEqual(second.conflicts, [])
    XCTAssertEqual(try copy.exportJSON(now: .distantPast), try store.exportJSON(now: .distantPast))
  }

  func testImportingIntoTheStoreItCameFromAddsNothing() throws {
    try fill()
    let summary = try store.importJSON(try store.exportJSON(), pack: StoreFixture.pack)
    XCTAssertEqual(summary.stored, 0)
    XCTAssertEqual(summary.alreadyPresent, 6)
    XCTAssertEqual(try store.summaries().count, 1)
  }

  func testARecordThatDiffersFromTheStoredOneIsReportedAndLeftOut() throws {
    try fill()
    let changed = String(decoding: try store.exportJSON(), as: UTF8.self)
      .replacingOccurrences(of: "\"rating\" : 3", with: "\"rating\" : 1")
    let summary = try store.importJSON(Data(changed.utf8), pack: StoreFixture.pack)
    XCTAssertEqual(summary.stored, 0)
    XCTAssertEqual(summary.alreadyPresent, 5)
    XCTAssertEqual(summary.conflicts, ["the assessment started 2023-11-14T22:13:30.000Z"])
    XCTAssertEqual(try store.latestFinished()?.answers["go"]?.rating, 3, "nothing merged")
  }

  /// An old export brings a card as it was then; the card reviewed since is kept.
  func testAnOlderCardNeverWindsTheStoredOneBack() throws {
    try fill()
    let old = try store.exportJSON()
    let since = try store.recordReview(
      question: "q-go", grade: .easy, at: StoreFixture.date(1e7), secondsSpent: 5)
    _ = try store.importJSON(old, pack: StoreFixture.pack)
    XCTAssertEqual(try store.cardStates()["q-go"], since)
  }
}
