import CoachCore
import Foundation
import XCTest

@testable import CoachStore

/// Typed text is bounded the same way on every way in: what the app's text boxes take is
/// stored, and anything longer is refused with the field and the limit named.
final class TextLimitTests: StoreTestCase {
  private let huge = String(repeating: "x", count: 1 << 20)

  func testAStarAnswerOverTheLimitIsRefusedAndOneAtItIsSaved() throws {
    let atLimit = String(repeating: "é", count: TextLimits.starPart)
    XCTAssertNoThrow(
      try store.saveStarAnswer(
        StarAnswer(situation: atLimit), question: "q-talk", now: StoreFixture.date(0)))
    XCTAssertThrowsError(
      try store.saveStarAnswer(
        StarAnswer(situation: "ok", action: atLimit + "x"), question: "q-talk",
        now: StoreFixture.date(1))
    ) { error in
      XCTAssertEqual(
        (error as? StoreError)?.description,
        "cannot save: the Action of the STAR answer is over the limit of 2000 characters.")
    }
    XCTAssertEqual(try store.starAnswers().count, 1)
  }

  func testAMockAnswerAndANoteOverTheLimitAreRefused() throws {
    let interview = try store.startMockInterview(
      length: .questions(1), focus: .all, questions: ["q-sql"], now: StoreFixture.date(0))
    let answer = MockAnswer(
      position: 0, questionID: "q-sql", text: huge, secondsUsed: 10, timedOut: false, ticked: [],
      pointCount: 3)
    XCTAssertThrowsError(try store.saveMockAnswer(answer, interview: interview.id))
    let assessment = try store.startAssessment(
      mode: .full, years: 2, market: "dk", languages: [], now: StoreFixture.date(0))
    XCTAssertThrowsError(
      try store.saveAnswer(
        assessment: assessment.id, skill: "sql", answer: SkillAnswer(rating: 2, note: huge),
        position: 1)
    ) { error in
      XCTAssertEqual(
        (error as? StoreError)?.description,
        "cannot save: the note on sql is over the limit of 2000 characters.")
    }
  }

  func testImportRefusesAMegabyteStarPartNamingTheFieldAndTheLimit() throws {
    try store.saveStarAnswer(
      StarAnswer(situation: "short"), question: "q-talk", now: StoreFixture.date(0))
    let export = try store.exportJSON()
    let other = try CoachStore(folder: StoreFixture.folder())
    let bloated = String(decoding: export, as: UTF8.self).replacingOccurrences(
      of: "\"short\"", with: "\"\(huge)\"")
    XCTAssertThrowsError(try other.importJSON(Data(bloated.utf8), pack: StoreFixture.pack)) {
      error in
      let text = (error as? StoreError)?.description ?? ""
      XCTAssertTrue(text.contains("starAnswers[0]"), text)
      XCTAssertTrue(
        text.contains("the Situation of the STAR answer is over the limit of 2000"), text)
      XCTAssertLessThan(text.count, 300, "the value itself is not quoted")
    }
    XCTAssertEqual(try other.starAnswers(), [])
  }
}
