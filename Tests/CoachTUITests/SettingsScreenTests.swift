import CoachCore
import CoachStore
import XCTest

@testable import CoachTUI

/// The settings screen shows and changes what `config` does, and the screens that ask the
/// same questions start from the stored answers and store the new ones.
final class SettingsScreenTests: XCTestCase {
  /// A store with a few remembered values, as `config set` leaves them.
  private func remembering() throws -> TestStore {
    let store = try TestStore()
    var config = UserConfig()
    for (key, value) in [
      (ConfigKey.years, "4.5"), (.market, "dk"), (.languages, "go,python"),
      (.databases, "postgresql"), (.cloud, "aws"), (.cv, "~/cv.md"),
    ] {
      try key.set(value, in: &config, pack: store.pack)
    }
    try store.store.save(config)
    return store
  }

  func testGoldens() throws {
    let store = try remembering()
    assertGolden(try store.render("settings", 80, 24), named: "settings-80x24")
    assertGolden(try store.render("settings", 120, 40), named: "settings-120x40")
    assertGolden(
      try store.render("settings", 80, 24, keys: "down enter"), named: "settings-choice-80x24")
    assertGolden(
      try store.render("settings", 80, 24, keys: "enter 9 9 enter"),
      named: "settings-bad-value-80x24")
  }

  func testATypedValueIsStored() throws {
    let store = try remembering()
    _ = try store.loop("settings", keys: "G up enter 2 0 2 7 - 0 1 - 1 5 enter")
    XCTAssertEqual(try store.store.settings().interviewDate, "2027-01-15")
  }

  func testTheNameIsTypedOnItsRow() throws {
    let store = try remembering()
    let screen = try store.loop("settings", keys: "G enter A n a enter").frame().text
    XCTAssertEqual(try store.store.settings().name, "Ana")
    XCTAssertTrue(screen.contains("name               Ana"), screen)
  }

  func testAChosenValueIsStoredAndNotSetClearsIt() throws {
    let store = try remembering()
    _ = try store.loop("settings", keys: "down enter down enter")
    XCTAssertEqual(try store.store.settings().market, "eu")
    _ = try store.loop("settings", keys: "down enter G enter")
    XCTAssertNil(try store.store.settings().market)
  }

  func testABadValueKeepsTheOldOneAndSaysWhy() throws {
    let store = try remembering()
    let loop = try store.loop("settings", keys: "enter x enter")
    let screen = loop.frame().text
    XCTAssertTrue(screen.contains("years does not take \"x\""), screen)
    XCTAssertEqual(try store.store.settings().years, 4.5)
    // Esc cancels the change; the stored value is shown again.
    let after = try store.loop(
      "settings", keys: "enter x enter esc"
    ).frame().text
    XCTAssertTrue(after.contains("years              4.5"), after)
    XCTAssertFalse(after.contains("does not take"), after)
  }

  func testEmptyTextClearsAndTypingReplacesTheValueShown() throws {
    let store = try remembering()
    try store.store.save(Settings(hoursPerWeek: 12))
    // hours-per-week is the tenth row: clearing it puts back the default.
    _ = try store.loop(
      "settings",
      keys: "down down down down down down down down down enter backspace backspace enter")
    XCTAssertEqual(try store.store.settings().hoursPerWeek, StudyPlan.defaultHoursPerWeek)
    // Typing replaces the value shown; End (or any editing key) edits it instead.
    _ = try store.loop("settings", keys: "enter 3 enter")
    XCTAssertEqual(try store.store.settings().years, 3)
    _ = try store.loop("settings", keys: "enter end 5 enter")
    XCTAssertEqual(try store.store.settings().years, 35)
  }

  func testTheAssessmentSetupStartsFromTheStoredAnswers() throws {
    let store = try remembering()
    // Quick, then Enter through years, market and the three picks: all as remembered.
    let years = try store.render("assess", 80, 24, keys: "enter")
    XCTAssertTrue(years.contains("4.5"), years)
    _ = try store.loop("assess", keys: "enter enter enter enter enter enter")
    let started = try XCTUnwrap(try store.store.unfinishedAssessment())
    XCTAssertEqual(started.years, 4.5)
    XCTAssertEqual(started.market, "dk")
    XCTAssertEqual(started.languages, ["go", "python"])
    XCTAssertEqual(started.databases, ["postgresql"])
    XCTAssertEqual(started.cloud, ["aws"])
  }

  func testTheAssessmentSetupStoresWhatIsChosen() throws {
    let store = try TestStore()
    // Quick, 7 years, the second market, the first language, no database or cloud.
    _ = try store.loop("assess", keys: "enter 7 enter down enter space enter enter enter")
    let settings = try store.store.settings()
    XCTAssertEqual(settings.years, 7)
    XCTAssertEqual(settings.market, store.pack.markets[1].id)
    XCTAssertEqual(settings.stack.languages.count, 1)
    // Typing replaces the remembered years rather than adding to them.
    // The assessment just started is offered first: down starts a new one.
    _ = try store.loop("assess", keys: "down enter enter 3 enter enter enter enter enter")
    XCTAssertEqual(try store.store.settings().years, 3)
  }

  func testTheCVCheckOffersTheRememberedPath() throws {
    let store = try remembering()
    let screen = try store.render("cv", 80, 24)
    XCTAssertTrue(screen.contains("CV file: ~/cv.md"), screen)
  }

  func testTheDrillSetupOpensOnTheRememberedFocus() throws {
    let store = try TestStore()
    try store.store.updateSettings { $0.drillFocus = "category:relational-databases" }
    let top = try store.loop("drill").state.top
    let setup = try XCTUnwrap(top as? DrillScreen, "\(top.title)")
    XCTAssertEqual(setup.filter, .category("relational-databases"))
    // Starting a drill on another focus keeps that one for next time.
    _ = try store.loop("drill", keys: "esc g enter")
    XCTAssertEqual(try store.store.settings().drillFocus, "all")
  }
}
