import CoachCore
import CoachStore
import Foundation
import XCTest

/// The languages, databases and cloud a user picks are kept with the assessment.
final class StackPickStoreTests: StoreTestCase {
  func testThePickIsStoredDeepenedAndExported() throws {
    let quick = try store.startAssessment(
      mode: .quick, years: 4.5, market: nil, languages: ["python"], databases: ["sql"],
      cloud: ["caching"], now: StoreFixture.date(0))
    XCTAssertEqual(try store.assessment(id: quick.id)?.databases, ["sql"])
    XCTAssertEqual(try store.assessment(id: quick.id)?.cloud, ["caching"])
    try store.finish(assessment: quick.id, at: StoreFixture.date(1))

    let full = try store.deepen(quick.id, now: StoreFixture.date(2))
    XCTAssertEqual(
      full.pick, StackPick(languages: ["python"], databases: ["sql"], cloud: ["caching"]))

    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    let copy = try CoachStore(folder: other)
    _ = try copy.importJSON(try store.exportJSON(), pack: StoreFixture.pack)
    XCTAssertEqual(try copy.assessments().map(\.pick), try store.assessments().map(\.pick))
  }

  func testAnExportFromBeforeThePickStillReads() throws {
    let old = """
      {"format": "career-coach-export", "version": 1, "exportedAt": "2026-01-01T00:00:00Z",
       "assessments": [{"id": 1, "mode": "quick", "startedAt": "2026-01-01T00:00:00Z",
         "finishedAt": "2026-01-01T00:10:00Z", "years": 3, "market": null,
         "languages": ["go"], "position": 2, "answers": {},
         "categoryAnswers": {"languages": {"rating": 3}}}]}
      """
    XCTAssertEqual(try store.importJSON(Data(old.utf8), pack: StoreFixture.pack).assessments, 1)
    let imported = try XCTUnwrap(store.assessments().first)
    XCTAssertEqual(imported.pick, StackPick(languages: ["go"]))
  }
}
