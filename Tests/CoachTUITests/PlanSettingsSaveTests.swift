import CoachCore
import CoachStore
import XCTest

@testable import CoachTUI

/// The report screens store only their part of the settings.
final class PlanSettingsSaveTests: XCTestCase {
  func testSavingThePlanKeepsTheRememberedValues() throws {
    let store = try TestStore()
    try store.store.updateSettings { $0.market = "dk" }
    // A copy loaded before the market was set, as a plan screen open meanwhile holds.
    let loaded = Settings(hoursPerWeek: 9, targetLevel: "senior")
    XCTAssertNil(store.effects.run(.saveSettings(loaded)))
    let stored = try store.store.settings()
    XCTAssertEqual(stored.hoursPerWeek, 9)
    XCTAssertEqual(stored.targetLevel, "senior")
    XCTAssertEqual(stored.market, "dk")
    guard case .failure = store.effects.run(.saveSettings(Settings(hoursPerWeek: -1))) else {
      return XCTFail("negative hours were stored")
    }
  }
}
