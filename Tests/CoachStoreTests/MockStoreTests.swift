import CoachCore
import Foundation
import GRDB
import XCTest

@testable import CoachStore

final class MockStoreTests: StoreTestCase {
  static let pack: Pack = {
    var pack = StoreFixture.pack
    pack.questions = ["q1", "q2", "q3"].map { id in
      Question(
        id: id, text: "\(id)?", kind: .technical, level: "mid", skills: ["sql"],
        keyPoints: ["One.", "Two.", "Three."], hint: "Hint.")
    }
    return pack
  }()

  func answer(_ position: Int, ticked: [Int], timedOut: Bool = false) -> MockAnswer {
    MockAnswer(
      position: position, questionID: "q\(position + 1)", text: "ünïcode ✓ answer\nline two",
      secondsUsed: 42 + position, timedOut: timedOut, ticked: ticked, pointCount: 3)
  }

  /// Two interviews, one finished, and two STAR answers.
  @discardableResult
  func fill() throws -> MockInterview {
    let old = try store.startMockInterview(
      length: .minutes(10), focus: .kind("system-design"), questions: ["q3"],
      now: StoreFixture.date(0.001))
    try store.saveMockAnswer(answer(0, ticked: [0], timedOut: true), interview: old.id)
    let new = try store.startMockInterview(
      length: .questions(2), focus: .level("mid"), questions: ["q1", "q2"],
      now: StoreFixture.date(60))
    try store.saveMockAnswer(answer(0, ticked: [0, 2]), interview: new.id)
    try store.saveMockAnswer(answer(1, ticked: []), interview: new.id)
    try store.finishMockInterview(new.id, at: StoreFixture.date(400.5))
    try store.saveStarAnswer(
      StarAnswer(situation: "S", task: "T", action: "A with 4 engineers", result: "R ✓"),
      question: "q1", now: StoreFixture.date(500))
    try store.saveStarAnswer(
      StarAnswer(situation: "Only S"), question: "q2", now: StoreFixture.date(600))
    return try XCTUnwrap(try store.mockInterview(id: new.id))
  }

  func testInterviewsAreListedNewestFirstWithTheirScores() throws {
    let new = try fill()
    let interviews = try store.mockInterviews()
    XCTAssertEqual(interviews.map(\.id), [new.id, new.id - 1])
    XCTAssertEqual(interviews[0].length, .questions(2))
    XCTAssertEqual(interviews[0].focus, .level("mid"))
    XCTAssertEqual(interviews[0].questions, ["q1", "q2"])
    XCTAssertEqual(interviews[0].finishedAt, StoreFixture.date(400.5))
    XCTAssertEqual(interviews[0].answers.map(\.ticked), [[0, 2], []])
    XCTAssertEqual(interviews[0].answers[0].text, "ünïcode ✓ answer\nline two")
    XCTAssertEqual(interviews[0].answers[0].secondsUsed, 42)
    XCTAssertEqual(interviews[0].score ?? -1, 2.0 / 6, accuracy: 1e-9)
    XCTAssertNil(interviews[1].finishedAt)
    XCTAssertTrue(interviews[1].answers[0].timedOut)
    XCTAssertEqual(interviews[1].score ?? -1, 1.0 / 3, accuracy: 1e-9)
  }

  func testAnAnswerIsStoredAtOnceAndSurvivesReopening() throws {
    let interview = try store.startMockInterview(
      length: .questions(3), focus: .all, questions: ["q1", "q2", "q3"], now: StoreFixture.date(0))
    try store.saveMockAnswer(answer(0, ticked: [1]), interview: interview.id)
    store = nil
    let reopened = try CoachStore(folder: folder)
    let stored = try XCTUnwrap(try reopened.mockInterview(id: interview.id))
    XCTAssertEqual(stored.answers, [answer(0, ticked: [1])])
    XCTAssertFalse(stored.isFinished)
  }

  func testSavingAnAnswerAgainReplacesIt() throws {
    let interview = try store.startMockInterview(
      length: .questions(1), focus: .all, questions: ["q1"], now: StoreFixture.date(0))
    try store.saveMockAnswer(answer(0, ticked: [1]), interview: interview.id)
    try store.saveMockAnswer(answer(0, ticked: [0, 1, 2]), interview: interview.id)
    XCTAssertEqual(try store.mockInterview(id: interview.id)?.score, 1)
  }

  func testBadAnswersAreRefusedAndNothingIsStored() throws {
    let interview = try store.startMockInterview(
      length: .questions(1), focus: .all, questions: ["q1"], now: StoreFixture.date(0))
    XCTAssertThrowsError(try store.saveMockAnswer(answer(0, ticked: [3]), interview: interview.id))
    XCTAssertThrowsError(try store.saveMockAnswer(answer(0, ticked: [0]), interview: 999))
    XCTAssertThrowsError(try store.finishMockInterview(999, at: StoreFixture.date(1)))
    XCTAssertEqual(try store.mockInterview(id: interview.id)?.answers, [])
  }

  func testStarAnswersAreListedNewestFirst() throws {
    try fill()
    let stars = try store.starAnswers()
    XCTAssertEqual(stars.map(\.questionID), ["q2", "q1"])
    XCTAssertEqual(stars[1].answer.action, "A with 4 engineers")
    XCTAssertEqual(stars[1].savedAt, StoreFixture.date(500))
  }

  func testExportAndImportCarryInterviewsAndStarAnswersLosslessly() throws {
    try fill()
    let data = try store.exportJSON(now: .distantPast)
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    XCTAssertEqual((object["mockInterviews"] as? [Any])?.count, 2)
    XCTAssertEqual((object["starAnswers"] as? [Any])?.count, 2)
    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    let copy = try CoachStore(folder: other)
    let summary = try copy.importJSON(data, pack: Self.pack)
    XCTAssertEqual([summary.mockInterviews, summary.starAnswers], [2, 2])
    XCTAssertEqual(try copy.mockInterviews(), try store.mockInterviews())
    XCTAssertEqual(try copy.starAnswers(), try store.starAnswers())
    XCTAssertEqual(try copy.exportJSON(now: .distantPast), data)
  }

  func testAnExportWithoutInterviewsStillImports() throws {
    let json = #"{"format": "career-coach-export", "version": 1, "assessments": []}"#
    XCTAssertEqual(try store.importJSON(Data(json.utf8), pack: Self.pack).assessments, 0)
    XCTAssertEqual(try store.mockInterviews(), [])
  }

  func testAnImportNamingAnUnknownQuestionIsRefusedWhole() throws {
    try fill()
    var text = String(decoding: try store.exportJSON(), as: UTF8.self)
    text = text.replacingOccurrences(of: "\"q2\"", with: "\"nope\"")
    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    let copy = try CoachStore(folder: other)
    XCTAssertThrowsError(try copy.importJSON(Data(text.utf8), pack: Self.pack)) { error in
      XCTAssertTrue("\(error)".contains("unknown question \"nope\""), "\(error)")
    }
    XCTAssertEqual(try copy.mockInterviews(), [])
    XCTAssertEqual(try copy.starAnswers(), [])
  }

  func testAnImportWithAGapInTheAnswersIsRefused() throws {
    try fill()
    var text = String(decoding: try store.exportJSON(), as: UTF8.self)
    let second = try XCTUnwrap(text.range(of: #""position"\s*:\s*1"#, options: .regularExpression))
    text.replaceSubrange(second, with: #""position" : 2"#)
    XCTAssertThrowsError(try store.importJSON(Data(text.utf8), pack: Self.pack)) { error in
      XCTAssertTrue("\(error)".contains("answers out of order"), "\(error)")
    }
  }

  /// A quote inside a value cannot carry the rest of it out of the shortening.
  func testAnUnknownValueWithAQuoteInItIsShownShort() throws {
    try fill()
    var text = String(decoding: try store.exportJSON(), as: UTF8.self)
    let long = "nope\\\"" + String(repeating: "x", count: 300)
    text = text.replacingOccurrences(of: "\"q2\"", with: "\"\(long)\"")
    XCTAssertThrowsError(try store.importJSON(Data(text.utf8), pack: Self.pack)) { error in
      let message = QuotedText.bounded("\(error)")
      XCTAssertTrue(message.contains("unknown question \"nope'"), message)
      XCTAssertLessThan(message.count, 160, message)
    }
  }

  func testAnImportWithABadLengthNamesIt() throws {
    try fill()
    var text = String(decoding: try store.exportJSON(), as: UTF8.self)
    text = text.replacingOccurrences(of: "minutes:10", with: "hours:2")
    XCTAssertThrowsError(try store.importJSON(Data(text.utf8), pack: Self.pack)) { error in
      XCTAssertTrue("\(error)".contains("unknown length \"hours:2\""), "\(error)")
    }
  }
}

final class MockMigrationTests: XCTestCase {
  /// A database made before mock interviews existed gains their tables (and every later
  /// migration) and keeps its assessments.
  func testADatabaseFromBeforeMockInterviewsIsMigratedAndKeepsItsData() throws {
    let folder = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("career-coach.sqlite").path
    do {
      let queue = try DatabaseQueue(path: path)
      try Schema.migrator.migrate(queue, upTo: "v2-drills")
      try queue.write { db in
        try db.execute(
          sql: "INSERT INTO assessment (mode, startedAt, years) VALUES ('quick', ?, 1)",
          arguments: [TimeStamp.millis(StoreFixture.date(0))])
      }
      try queue.close()
    }
    let reopened = try CoachStore(folder: folder)
    let kept = try XCTUnwrap(try reopened.assessments().first)
    XCTAssertEqual(kept.startedAt, StoreFixture.date(0))
    XCTAssertEqual(kept.years, 1)
    let decimal = try reopened.startAssessment(
      mode: .full, years: 4.5, market: nil, languages: [], now: StoreFixture.date(1))
    XCTAssertEqual(try reopened.assessment(id: decimal.id)?.years, 4.5)
    XCTAssertEqual(try reopened.mockInterviews(), [])
    let interview = try reopened.startMockInterview(
      length: .questions(1), focus: .all, questions: ["q1"], now: StoreFixture.date(5))
    XCTAssertEqual(try reopened.mockInterview(id: interview.id)?.questions, ["q1"])
  }
}
