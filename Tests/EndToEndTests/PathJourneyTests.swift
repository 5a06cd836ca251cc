import Foundation
import XCTest

/// A user browses the career path and searches the pack in a real terminal.
final class PathJourneyTests: XCTestCase {
  func testALevelsSalaryFollowsTheMarket() throws {
    try forEachBuild(on: [.release]) { build in
      let pane = try TmuxPane.app(build: build)
      try pane.openHomeEntry("Career path")
      pane.waitFor(text: "Enter opens a level")
      XCTAssertTrue(pane.capture().contains("├─→ Lead Backend Developer"), pane.capture())
      try pane.press(.down, .down, .down, .enter)
      pane.waitFor(text: "Salary in Denmark (DKK)")
      XCTAssertTrue(pane.capture().contains("800,000 DKK or more a year"), pane.capture())
      XCTAssertTrue(pane.capture().contains("Senior Backend Developer"), pane.capture())
      try pane.press("m")
      let europe = pane.waitFor(text: "Salary in Europe (EUR)")
      XCTAssertTrue(europe.contains("No public figure for this level in Europe."), europe)
      XCTAssertTrue(europe.contains("For the role as a whole (all levels)"), europe)
      XCTAssertTrue(europe.contains("50,000 to 95,000 EUR a year"), europe)
      XCTAssertFalse(europe.contains("DKK a year"), europe)
      try pane.quitApp()
    }
  }

  func testSearchFindsAQuestionByAWordInItAndOpensIt() throws {
    try forEachBuild(on: [.release]) { build in
      let pane = try TmuxPane.app(build: build)
      pane.waitFor(text: "Career path")
      try pane.press("/")
      pane.waitFor(text: "Find:")
      try pane.type("hundreds")
      pane.waitFor(text: "Question  A popular cache key expires")
      try pane.press(.enter)
      let question = pane.waitFor(text: "Key points of a good answer")
      XCTAssertTrue(question.contains("A popular cache key expires"), question)
      XCTAssertTrue(question.contains("Hint") || question.contains("more"), question)
      try pane.press(.escape)
      pane.waitFor(text: "Find: hundreds")
      try pane.press(.escape)
      pane.waitFor(text: "Check my CV")
      try pane.quitApp()
    }
  }
}
