import CoachCore
import XCTest

@testable import CoachTUI

/// The rating screen at the smallest size the app accepts: every option can be reached, the
/// highlighted one is always in view, and its whole description shows.
final class AssessmentSmallScreenTests: XCTestCase {
  private let startFull = "down enter enter enter enter enter enter"
  private let startQuick =
    "enter 5 enter enter down space down down down down down space enter space enter space enter"

  func testGoldensAtTheMinimumSize() throws {
    assertGolden(
      try TestStore().render("assess", 60, 18, keys: startFull + " down down down"),
      named: "assess-full-third-down-60x18")
    let store = try TestStore()
    let skips = Array(repeating: "s", count: store.pack.categories.count - 1)
    assertGolden(
      try store.render(
        "assess", 60, 18,
        keys: ([startQuick] + skips + ["down", "down", "down", "down"]).joined(
          separator: " ")),
      named: "assess-quick-last-60x18")
  }

  func testANoteAndASkipEndAtAWordAtTheMinimumSize() throws {
    let note = Array(repeating: "c a c h e space", count: 14).joined(separator: " ")
    assertGolden(
      try TestStore().render("assess", 60, 18, keys: startFull + " n " + note + " enter"),
      named: "assess-note-60x18")
    assertGolden(
      try TestStore().render("assess", 60, 18, keys: startFull + " s backspace"),
      named: "assess-skipped-60x18")
  }

  func testEveryHighlightedOptionShowsWholeAtTheMinimumSize() throws {
    for start in [startFull, startQuick] {
      var loop = try TestStore().loop("assess", keys: start, width: 60, height: 18)
      var asked = 0
      while let screen = loop.state.top as? AssessmentScreen, let question = screen.current {
        for rating in 0..<question.anchors.count {
          let frame = loop.frame().text
          XCTAssertEqual((loop.state.top as? AssessmentScreen)?.highlighted, rating)
          XCTAssertTrue(
            frame.contains("▸ \(rating) \(RatingScale.standard.name(rating))"),
            "option \(rating) of \(question.id) is not highlighted in view:\n\(frame)")
          // The body keeps a margin of two columns each side; the labels take 15.
          for line in TextWrap.lines(question.anchors[rating], width: 60 - 4 - 15) {
            XCTAssertTrue(
              frame.contains(line), "\(question.id) option \(rating) lacks '\(line)':\n\(frame)")
          }
          loop.send(.key(.down))
        }
        asked += 1
        loop.send(.key(.character("s")))
      }
      XCTAssertGreaterThan(asked, 10)
    }
  }
}
