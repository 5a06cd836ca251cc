import XCTest

@testable import CoachTUI

/// `g` goes to the first row or the top, and `G` to the last row or the bottom, on every list
/// and document, as in less, lazygit and tig.
final class FirstKeyTests: XCTestCase {
  /// Each screen by its route from home and the keys that open it there.
  private let screens: [(String, String)] = [
    ("home", ""), ("assess", ""), ("results", ""), ("gaps", ""), ("gaps", "enter"), ("plan", ""),
    ("path", ""), ("path", "enter"), ("tips", ""), ("tips", "tab"), ("history", ""),
    ("history", "space down space enter"), ("stats", ""), ("assess", "down enter enter enter"),
    ("assess", "down enter enter enter enter enter enter"),
  ]

  func testGGoesBackToTheFirstRowOrTheTopAfterG() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store, shift: -1, at: -86_400 * 30)
    try ReportScreensTests.addFinished(store)
    for (screen, keys) in screens {
      // An assessment started by one render would be resumed by the next: each gets a store.
      func render(_ more: String) throws -> String {
        try (screen == "assess" ? TestStore() : store).render(screen, 80, 24, keys: keys + more)
      }
      XCTAssertEqual(try render(" G g"), try render(""), "\(screen) \(keys)")
      XCTAssertEqual(try render(" end"), try render(" G"), "\(screen) \(keys)")
    }
  }

  func testGMovesOnScreensWithMoreThanOneRowOrPage() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store)
    let moving = [
      ("home", ""), ("results", ""), ("tips", ""), ("path", "enter"), ("plan", ""), ("assess", ""),
      ("assess", "down enter enter enter"), ("assess", "down enter enter enter enter enter enter"),
    ]
    for (screen, keys) in moving {
      func render(_ more: String) throws -> String {
        try (screen == "assess" ? TestStore() : store).render(screen, 80, 24, keys: keys + more)
      }
      XCTAssertNotEqual(try render(" G"), try render(""), "\(screen) \(keys)")
    }
  }

  func testAOpensTheGapsFromResults() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store)
    let loop = try store.loop("results", keys: "a")
    XCTAssertEqual(loop.state.top.title, "Gaps")
    XCTAssertTrue(try store.render("results", 80, 24).contains("a Gaps  p Plan"))
  }
}
