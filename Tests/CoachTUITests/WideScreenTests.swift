import XCTest

/// On a wide terminal the columns take the room there is: no name that fits is cut.
final class WideScreenTests: XCTestCase {
  private func storeWithTwoAssessments() throws -> TestStore {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store, shift: -1, at: -86_400 * 30)
    try ReportScreensTests.addFinished(store)
    return store
  }

  func testGoldensAt200x60() throws {
    let store = try storeWithTwoAssessments()
    assertGolden(try store.render("results", 200, 60), named: "results-200x60")
    // Figures stay beside the names rather than at the far edge.
    assertGolden(try store.render("gaps", 200, 60), named: "gaps-200x60")
    assertGolden(try store.render("plan", 200, 60), named: "plan-200x60")
    assertGolden(
      try store.render("history", 200, 60, keys: "space down space enter"),
      named: "compare-200x60")
  }

  func testNoNameIsCutAt200x60() throws {
    let store = try storeWithTwoAssessments()
    let screens = [
      ("home", ""), ("results", ""), ("results", "G"), ("gaps", ""), ("gaps", "enter"),
      ("plan", ""), ("path", ""), ("path", "enter"), ("history", ""),
      ("history", "space down space enter"), ("history", "space down space enter G"),
    ]
    for (screen, keys) in screens {
      let text = try store.render(screen, 200, 60, keys: keys)
      XCTAssertFalse(text.contains("…"), "\(screen) \(keys):\n\(text)")
    }
  }
}
