import CoachCore
import CoachStore
import Foundation
import XCTest

@testable import CoachTUI

final class StarPracticeScreenTests: XCTestCase {
  func testTabMovesBetweenThePartsAndSaveStoresAllFour() throws {
    let store = try TestStore()
    var loop = try store.loop("star")
    let list = try XCTUnwrap(loop.state.top as? StarQuestionsScreen)
    let question = try XCTUnwrap(list.questions.first)
    XCTAssertEqual(question.kind, .behavioural)
    loop.send(.key(.enter))
    for (index, text) in ["S q?", "T", "A", "R"].enumerated() {
      if index > 0 { loop.send(.key(.tab)) }
      for character in text { loop.send(.key(.character(character))) }
    }
    let screen = try XCTUnwrap(loop.state.top as? StarPracticeScreen)
    XCTAssertEqual(
      screen.answer, StarAnswer(situation: "S q?", task: "T", action: "A", result: "R"))
    XCTAssertTrue(screen.hasUnsavedInput)
    loop.send(.key(.control("d")))
    XCTAssertTrue(loop.state.top is StarQuestionsScreen)
    let saved = try store.store.starAnswers()
    XCTAssertEqual(saved.map(\.questionID), [question.id])
    XCTAssertEqual(saved.first?.answer.result, "R")
    XCTAssertEqual(saved.first?.savedAt, TestStore.fixedNow)
    XCTAssertTrue(loop.frame().text.contains("(1 saved)"))
  }

  func testAnEmptyAnswerIsNotSaved() throws {
    let store = try TestStore()
    let loop = try store.loop("star", keys: "enter ctrl-d")
    XCTAssertTrue(loop.frame().text.contains("Type at least one part before saving."))
    XCTAssertEqual(try store.store.starAnswers(), [])
  }

  func testTheRubricFollowsTheLevelAndTheScopeCheckReadsTheStory() throws {
    let store = try TestStore()
    var loop = try store.loop("star")
    let list = try XCTUnwrap(loop.state.top as? StarQuestionsScreen)
    let staff = try XCTUnwrap(list.questions.firstIndex { $0.level == "staff" })
    for _ in 0..<staff { loop.send(.key(.down)) }
    loop.send(.key(.enter))
    XCTAssertTrue(
      prose(loop).contains("Staff/Principal Engineer scope: a story across 2 or more teams"))
    XCTAssertTrue(prose(loop).contains("the rubric asks for 2 or more teams"), prose(loop))
    for character in "Three teams shared one database" { loop.send(.key(.character(character))) }
    XCTAssertTrue(prose(loop).contains("Your story names 3 teams: that meets the rubric."))
  }

  func testTheScopeIsNamedAfterTheQuestionsOwnLevel() throws {
    let store = try TestStore()
    var loop = try store.loop("star")
    let list = try XCTUnwrap(loop.state.top as? StarQuestionsScreen)
    let mid = try XCTUnwrap(list.questions.firstIndex { $0.level == "mid" })
    for _ in 0..<mid { loop.send(.key(.down)) }
    loop.send(.key(.enter))
    XCTAssertTrue(prose(loop).contains("Mid-Level Backend Developer scope:"), prose(loop))
    XCTAssertFalse(prose(loop).contains("Junior scope"))
  }

  /// The screen's lines joined with single spaces, so wrapped sentences read whole.
  private func prose(_ loop: AppLoop) -> String {
    loop.frame().lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
  }
}
