import Foundation
import XCTest

/// `career-coach mock --question ID` opens a real terminal straight into an interview on that
/// question, and leaving it lands on the mock setup with the interview listed.
final class MockOpeningJourneyTests: XCTestCase {
  func testAnInterviewOnAChosenQuestionStartsAtOnce() throws {
    try forEachBuild(on: [.release]) { build in
      let pane = try TmuxPane.app("mock --question dk-rest-api-design", build: build)
      let asked = pane.waitFor(text: "Question 1 of 1")
      XCTAssertTrue(asked.contains("design a RESTful API for managing orders"), asked)
      try pane.type("Plural nouns for resources, POST creates with 201, GET reads.")
      try pane.press(.ctrlD)
      pane.waitFor(text: "Tick what you covered")
      try pane.press(.enter)
      pane.waitFor(text: "Overall: ")
      try pane.press(.enter)
      let setup = pane.waitFor(text: "Past interviews")
      XCTAssertTrue(setup.contains("Chosen questions"), setup)
      try pane.quitApp()
    }
  }
}
