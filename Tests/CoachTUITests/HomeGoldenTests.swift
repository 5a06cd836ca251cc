import CoachContent
import CoachTUI
import XCTest

final class HomeGoldenTests: XCTestCase {
  private func render(_ screen: String, _ width: Int, _ height: Int, keys: [Key] = []) throws
    -> String
  {
    try Snapshot.render(
      screen: screen, size: Size(width: width, height: height), keys: keys,
      data: AppData(pack: try PackLoader.shipped()))
  }

  func testHomeAt80x24() throws { assertGolden(try render("home", 80, 24), named: "home-80x24") }
  func testHomeAt120x40() throws { assertGolden(try render("home", 120, 40), named: "home-120x40") }
  func testHelpAt80x24() throws { assertGolden(try render("help", 80, 24), named: "help-80x24") }
  func testHelpAt120x40() throws { assertGolden(try render("help", 120, 40), named: "help-120x40") }
  func testTooSmall() throws { assertGolden(try render("home", 40, 10), named: "too-small-40x10") }

  func testHomeAtTheMinimumSizeKeepsEveryEntryReachable() throws {
    let top = try render("home", 60, 18)
    XCTAssertTrue(top.contains("▸ Assess my skills"), top)
    XCTAssertFalse(top.contains("too small"))
    let bottom = try render("home", 60, 18, keys: [.character("G")])
    XCTAssertTrue(bottom.contains("▸ Quit"), bottom)
    XCTAssertTrue(bottom.contains("Keys and help"), bottom)
  }

  func testUnknownScreenIsAnError() {
    XCTAssertThrowsError(try render("nowhere", 80, 24)) { error in
      XCTAssertTrue("\(error)".contains("unknown screen 'nowhere'"))
    }
  }
}

/// Home says where the user is once there is something of theirs to say.
final class HomeSummaryTests: XCTestCase {
  func testAFirstRunShowsWhatTheAppDoes() throws {
    let store = try TestStore()
    let screen = try store.render("home", 80, 24)
    XCTAssertTrue(screen.contains(HomeScreen.intro(for: store.pack)[0]), screen)
  }

  func testHomeShowsTheLatestPlacementAndTodaysFlashcards() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store)
    assertGolden(try store.render("home", 80, 24), named: "home-returning-80x24")
    let screen = try store.render("home", 80, 24)
    XCTAssertTrue(screen.contains("You stand at"), screen)
    XCTAssertTrue(screen.contains("new ready"), screen)
  }

  func testComingBackHomeAfterAnAssessmentStartsShowsItInProgress() throws {
    let store = try TestStore()
    var loop = try store.loop("home")
    XCTAssertFalse(loop.frame().text.contains("In progress"))
    _ = try store.store.startAssessment(
      mode: .quick, years: 3, market: nil, languages: [], now: TestStore.fixedNow)
    loop.send(.key(.enter))
    loop.send(.key(.escape))
    XCTAssertTrue(loop.frame().text.contains("In progress: a quick assessment"), loop.frame().text)
  }
}
