import XCTest

/// Every screen at the smallest size the app accepts: lines shorten their wording, wrap, or
/// end at a word with an ellipsis, never mid-word without one.
final class SmallScreenTests: XCTestCase {
  func testGoldensAt60x18() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store, shift: -1, at: -86_400 * 30)
    try ReportScreensTests.addFinished(store)
    let screens = [
      ("results", "", "results"), ("gaps", "enter", "gap-detail"), ("plan", "", "plan"),
      ("path", "", "path"), ("cv", "", "cv"), ("tips", "", "tips-for-you"),
      ("tips", Array(repeating: "tab", count: 8).joined(separator: " "), "tips-role"),
      ("history", "space down space enter", "compare"), ("tips", "?", "tips-help"),
      ("home", "", "home"), ("drill", "", "drill"), ("star", "", "star"),
      ("mock", "", "mock-setup"), ("stats", "", "stats"),
    ]
    for (screen, keys, name) in screens {
      assertGolden(try store.render(screen, 60, 18, keys: keys), named: "\(name)-60x18")
    }
  }

  func testAssessmentSetupAt60x18() throws {
    assertGolden(try TestStore().render("assess", 60, 18), named: "assess-setup-60x18")
    assertGolden(
      try TestStore().render("assess", 60, 18, keys: "down enter"), named: "assess-years-60x18")
  }
}
