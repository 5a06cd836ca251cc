import CoachCore
import CoachStore
import Foundation
import XCTest

/// Years, market, stack, drill focus, CV path and interview date are kept with the plan
/// settings, survive a reopen and an export round trip, and are checked on import.
final class RememberedSettingsStoreTests: StoreTestCase {
  let remembered = Settings(
    hoursPerWeek: 7.5, targetLevel: "mid", objectives: ["sql"], years: 4.5, market: "dk",
    stack: StackPick(languages: ["go", "python"]), drillFocus: "category:data",
    cvPath: "~/cv.md", interviewDate: "2027-01-15")

  func testTheSettingsSurviveAReopen() throws {
    XCTAssertEqual(try store.settings(), .defaults)
    try store.save(remembered)
    try store.save(DrillSettings(newPerDay: 25))
    store = nil
    let reopened = try CoachStore(folder: folder)
    XCTAssertEqual(try reopened.settings(), remembered)
    XCTAssertEqual(try reopened.drillSettings().newPerDay, 25)
  }

  func testSavingTheDrillLimitKeepsTheRememberedValues() throws {
    try store.save(remembered)
    try store.save(DrillSettings(newPerDay: 3))
    XCTAssertEqual(try store.settings(), remembered)
  }

  func testAnExportRoundTripCarriesEveryValue() throws {
    try store.save(remembered)
    try store.save(DrillSettings(newPerDay: 40))
    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    let copy = try CoachStore(folder: other)
    _ = try copy.importJSON(try store.exportJSON(), pack: StoreFixture.pack)
    XCTAssertEqual(try copy.settings(), remembered)
    XCTAssertEqual(try copy.drillSettings().newPerDay, 40)
  }

  func testAnImportWithABadRememberedValueStoresNothing() throws {
    var bad = remembered
    bad.market = "atlantis"
    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    let source = try CoachStore(folder: other)
    try source.save(bad)
    XCTAssertThrowsError(try store.importJSON(try source.exportJSON(), pack: StoreFixture.pack)) {
      XCTAssertTrue("\($0)".contains("market"), "\($0)")
    }
    XCTAssertEqual(try store.settings(), .defaults)
  }

  func testAnExportFromBeforeTheRememberedValuesStillReads() throws {
    let old = """
      {"format": "career-coach-export", "version": 1, "exportedAt": "2026-01-01T00:00:00Z",
       "settings": {"hoursPerWeek": 9, "targetLevel": null, "objectives": []},
       "assessments": []}
      """
    _ = try store.importJSON(Data(old.utf8), pack: StoreFixture.pack)
    XCTAssertEqual(try store.settings(), Settings(hoursPerWeek: 9))
  }
}
