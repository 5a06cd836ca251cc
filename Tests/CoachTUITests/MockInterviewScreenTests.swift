import CoachCore
import CoachStore
import Foundation
import XCTest

@testable import CoachTUI

/// The mock interview and STAR screens over a real store with a fixed clock.
final class MockInterviewScreenTests: XCTestCase {
  /// One question, technical: Left picks "1 question", Down Right the technical focus.
  let oneTechnical = "left down right enter"
  /// An answer to the technical question the pack's first pick draws (mutual TLS), half right.
  let typedAnswer =
    "A token bucket (トークン) allows bursts and refills at a steady rate. Keep the counters "
    + "in Redis with a Lua script, so the check and the update are atomic on every instance."

  func keys(_ text: String) -> String {
    text.map { $0 == " " ? "space" : String($0) }.joined(separator: " ")
  }

  /// A finished interview of two questions, the first half right.
  @discardableResult
  static func addInterview(_ store: TestStore) throws -> MockInterview {
    let questions = Array(store.pack.questions.prefix(2))
    let interview = try store.store.startMockInterview(
      length: .questions(2), focus: .all, questions: questions.map(\.id),
      now: TestStore.fixedNow.addingTimeInterval(-3600))
    for (position, question) in questions.enumerated() {
      try store.store.saveMockAnswer(
        MockAnswer(
          position: position, questionID: question.id, text: "answer", secondsUsed: 100,
          timedOut: position == 1, ticked: position == 0 ? [0, 1] : [],
          pointCount: question.keyPoints.count),
        interview: interview.id)
    }
    try store.store.finishMockInterview(
      interview.id, at: TestStore.fixedNow.addingTimeInterval(-3000))
    return try XCTUnwrap(try store.store.mockInterview(id: interview.id))
  }

  /// Each screen from a fresh store holding one past interview, so every render draws the
  /// same question.
  func render(_ screen: String, _ width: Int, _ height: Int, keys: String = "") throws -> String {
    let store = try TestStore()
    try Self.addInterview(store)
    return try store.render(screen, width, height, keys: keys)
  }

  func testGoldens() throws {
    let question = oneTechnical + " " + keys(typedAnswer)
    let checklist = question + " ctrl-d"
    let review = checklist + " down space enter"
    for (width, height) in [(80, 24), (120, 40)] {
      let size = "\(width)x\(height)"
      assertGolden(try render("mock", width, height), named: "mock-setup-\(size)")
      assertGolden(
        try render("mock", width, height, keys: question), named: "mock-question-\(size)")
      assertGolden(
        try render("mock", width, height, keys: checklist), named: "mock-checklist-\(size)")
      assertGolden(try render("mock", width, height, keys: review), named: "mock-review-\(size)")
      assertGolden(try render("star", width, height), named: "star-list-\(size)")
      // The first senior question, below the 10 junior and 11 mid-level ones: mentoring.
      let star =
        String(repeating: "down ", count: 21) + "enter "
        + keys("We were 4 engineers") + " tab " + keys("Mentor a new joiner") + " tab "
        + keys("I paired with them") + " enter " + keys("and two other seniors")
      assertGolden(try render("star", width, height, keys: star), named: "star-\(size)")
    }
  }

  func testSetupListsPastInterviewsWithTheirScores() throws {
    let store = try TestStore()
    let interview = try Self.addInterview(store)
    let screen = try store.render("mock", 80, 24)
    XCTAssertTrue(screen.contains(Format.date(interview.startedAt, in: TestStore.calendar)), screen)
    XCTAssertTrue(screen.contains(Format.percent(try XCTUnwrap(interview.score))), screen)
    XCTAssertTrue(screen.contains("2 of 2"), screen)
  }

  func testLengthAndFocusChangeWithTheArrows() throws {
    let store = try TestStore()
    let loop = try store.loop("mock", keys: "left down right")
    let setup = try XCTUnwrap(loop.state.top as? MockSetupScreen)
    XCTAssertEqual(setup.length, .questions(1))
    XCTAssertEqual(setup.focus, .kind("technical"))
    XCTAssertFalse(setup.focuses.contains(.gaps), "no assessment, so no gaps to focus on")
    let planned = setup.plannedQuestions(data: store.data)
    XCTAssertEqual(planned.count, 1)
    XCTAssertEqual(planned.first?.kind, .technical)
  }

  func testMyGapsIsOfferedOnceAnAssessmentHasGaps() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store)
    let setup = try XCTUnwrap(try store.loop("mock").state.top as? MockSetupScreen)
    XCTAssertTrue(setup.focuses.contains(.gaps))
    let gaps = Set(setup.gapSkills ?? [])
    let loop = try store.loop("mock", keys: "down right enter")
    let screen = try XCTUnwrap(loop.state.top as? MockInterviewScreen)
    XCTAssertFalse(screen.questions.isEmpty)
    for question in screen.questions {
      XCTAssertFalse(gaps.isDisjoint(with: question.skills), question.id)
    }
  }

  func testTheCountdownRunsOnTicksWarnsThenTimesOut() throws {
    let store = try TestStore()
    var loop = try store.loop("mock", keys: oneTechnical + " a b c")
    var screen = try XCTUnwrap(loop.state.top as? MockInterviewScreen)
    XCTAssertTrue(screen.wantsTicks)
    XCTAssertTrue(loop.frame().text.contains("3:00 left"))
    let start = TestStore.fixedNow
    loop.send(.tick(start))
    loop.send(.tick(start.addingTimeInterval(149)))
    XCTAssertTrue(loop.frame().text.contains("0:31 left"))
    XCTAssertFalse(countdownIsWarning(loop.frame()))
    loop.send(.tick(start.addingTimeInterval(150)))
    XCTAssertTrue(loop.frame().text.contains("0:30 left"))
    XCTAssertTrue(countdownIsWarning(loop.frame()))
    loop.send(.tick(start.addingTimeInterval(180)))
    screen = try XCTUnwrap(loop.state.top as? MockInterviewScreen)
    XCTAssertEqual(screen.phase, .checking)
    XCTAssertTrue(screen.timedOut)
    XCTAssertEqual(screen.secondsUsed, 180)
    XCTAssertFalse(screen.wantsTicks, "no timer while checking")
    XCTAssertTrue(loop.frame().text.contains("Time is up"))
  }

  private func countdownIsWarning(_ canvas: Canvas) -> Bool {
    guard let row = canvas.lines.firstIndex(where: { $0.contains(" left") }) else { return false }
    let x =
      canvas.lines[row].range(of: " left").map {
        canvas.lines[row].distance(from: canvas.lines[row].startIndex, to: $0.lowerBound) - 1
      } ?? 0
    return canvas[x, row].style == DrawContext().theme.warning
  }

  func testSubmitPreTicksCoveredPointsAndConfirmStoresTheAnswer() throws {
    let store = try TestStore()
    var loop = try store.loop("mock", keys: oneTechnical)
    let question = try XCTUnwrap((loop.state.top as? MockInterviewScreen)?.question)
    // Type the first key point itself: it must be pre-ticked.
    for character in question.keyPoints[0] {
      loop.send(.key(.character(character)))
    }
    loop.send(.tick(TestStore.fixedNow))
    loop.send(.tick(TestStore.fixedNow.addingTimeInterval(42)))
    loop.send(.key(.control("d")))
    var screen = try XCTUnwrap(loop.state.top as? MockInterviewScreen)
    XCTAssertEqual(screen.phase, .checking)
    XCTAssertTrue(screen.ticked.contains(0))
    XCTAssertEqual(screen.secondsUsed, 42)
    XCTAssertTrue(try store.store.mockInterviews()[0].answers.isEmpty, "not stored before confirm")
    // Untick the first, tick the last, confirm.
    loop.send(.key(.space))
    for _ in question.keyPoints.indices { loop.send(.key(.down)) }
    if !screen.ticked.contains(question.keyPoints.count - 1) { loop.send(.key(.space)) }
    loop.send(.key(.enter))
    screen = try XCTUnwrap(loop.state.top as? MockInterviewScreen)
    XCTAssertEqual(screen.phase, .review)
    let stored = try store.store.mockInterviews()[0]
    XCTAssertNotNil(stored.finishedAt)
    let answer = try XCTUnwrap(stored.answers.first)
    XCTAssertEqual(answer.questionID, question.id)
    XCTAssertEqual(answer.text, question.keyPoints[0])
    XCTAssertEqual(answer.secondsUsed, 42)
    XCTAssertFalse(answer.timedOut)
    XCTAssertFalse(answer.ticked.contains(0))
    XCTAssertTrue(answer.ticked.contains(question.keyPoints.count - 1))
    XCTAssertTrue(loop.frame().text.contains("Overall: \(Format.percent(answer.score))"))
    // Done goes back to the setup, which lists it.
    loop.send(.key(.enter))
    XCTAssertTrue(loop.state.top is MockSetupScreen)
    XCTAssertTrue(loop.frame().text.contains(Format.percent(answer.score)))
  }

  func testEachConfirmedAnswerIsStoredBeforeTheNextQuestion() throws {
    let store = try TestStore()
    var loop = try store.loop("mock", keys: "enter x ctrl-d enter")
    let screen = try XCTUnwrap(loop.state.top as? MockInterviewScreen)
    XCTAssertEqual(screen.index, 1)
    XCTAssertEqual(screen.phase, .answering)
    XCTAssertEqual(try store.store.mockInterviews()[0].answers.count, 1)
    XCTAssertNil(try store.store.mockInterviews()[0].finishedAt)
    // Stopping ends the interview with what was confirmed.
    loop.send(.key(.escape))
    XCTAssertEqual((loop.state.top as? MockInterviewScreen)?.phase, .review)
    XCTAssertNotNil(try store.store.mockInterviews()[0].finishedAt)
    XCTAssertEqual(try store.store.mockInterviews()[0].answers.count, 1)
  }

  func testQAndQuestionMarkAreTypedWhileAnswering() throws {
    let store = try TestStore()
    let loop = try store.loop("mock", keys: oneTechnical + " q ?")
    XCTAssertFalse(loop.state.quitting)
    XCTAssertEqual((loop.state.top as? MockInterviewScreen)?.answer.text, "q?")
  }

  func testTheChecklistQuotesTheAnswerWithTheTerminalsGlyphs() throws {
    let store = try TestStore()
    let loop = try Snapshot.loop(
      screen: "mock", size: Size(width: 80, height: 24),
      keys: Snapshot.parseKeys(oneTechnical + " a ctrl-d"), data: store.data,
      effects: store.effects, context: DrawContext(theme: .monochrome, glyphs: .ascii))
    XCTAssertEqual((loop.state.top as? MockInterviewScreen)?.phase, .checking)
    let frame = loop.frame().text
    XCTAssertTrue(frame.contains("  | a"), frame)
    XCTAssertFalse(frame.contains("│"), "no box drawing where the locale is not UTF-8")
  }

  func testEscapeWithAnAnswerTypedAsksForASecondEscapeBeforeStopping() throws {
    let store = try TestStore()
    var loop = try store.loop("mock", keys: oneTechnical + " a b esc")
    var screen = try XCTUnwrap(loop.state.top as? MockInterviewScreen)
    XCTAssertEqual(screen.phase, .answering, "one Esc keeps the answer")
    XCTAssertTrue(screen.stopArmed)
    XCTAssertTrue(loop.frame().text.contains("Esc again stops the interview"))
    loop.send(.key(.character("c")))
    screen = try XCTUnwrap(loop.state.top as? MockInterviewScreen)
    XCTAssertFalse(screen.stopArmed, "typing on disarms it")
    XCTAssertEqual(screen.answer.text, "abc")
    loop.send(.key(.escape))
    loop.send(.key(.escape))
    XCTAssertEqual((loop.state.top as? MockInterviewScreen)?.phase, .review)
    let empty = try store.loop("mock", keys: oneTechnical + " esc")
    XCTAssertEqual(
      (empty.state.top as? MockInterviewScreen)?.phase, .review, "nothing typed: one Esc stops")
  }

  func testTicksAreDueAtOnceThenEverySecondAndOnlyWhileWanted() {
    var ticks = TickSchedule(interval: 1)
    let start = Date(timeIntervalSince1970: 100)
    ticks.wanted(false, now: start)
    XCTAssertFalse(ticks.isDue(at: start))
    XCTAssertEqual(ticks.milliseconds(until: start, atMost: 100), 100)
    ticks.wanted(true, now: start)
    XCTAssertTrue(ticks.isDue(at: start))
    XCTAssertFalse(ticks.isDue(at: start.addingTimeInterval(0.5)))
    XCTAssertEqual(ticks.milliseconds(until: start.addingTimeInterval(0.95), atMost: 100), 50)
    XCTAssertTrue(ticks.isDue(at: start.addingTimeInterval(1)))
    // Far behind: the next one comes a second from now, not in a burst.
    XCTAssertTrue(ticks.isDue(at: start.addingTimeInterval(10)))
    XCTAssertFalse(ticks.isDue(at: start.addingTimeInterval(10.5)))
    ticks.wanted(false, now: start.addingTimeInterval(11))
    XCTAssertFalse(ticks.isDue(at: start.addingTimeInterval(20)))
  }

  func testTheLoopSendsTicksOnlyWhileTheScreenWantsThem() throws {
    let store = try TestStore()
    let clock = SteppingClock(start: TestStore.fixedNow, step: 0.4)
    var loop = AppLoop(
      state: AppState(root: HomeScreen(), size: Size(width: 80, height: 24), data: store.data),
      effects: store.effects, context: DrawContext(), clock: { clock.next() })
    let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
    terminal.queuedEvents =
      (Array(
        repeating: "down",
        count: HomeScreen.defaultEntries.firstIndex { $0.name == "Mock interview" }!)
      + ["enter", "left", "down", "right", "enter"]).map {
        .key(Key(name: $0)!)
      }
    // Nothing queued after the keys: the loop waits out ticks until the question times out,
    // then the checking screen wants no more ticks; a signal then ends the run.
    clock.onCall = { count in
      if count == 2000 { terminal.pendingSignal = 15 }
    }
    loop.run(on: terminal)
    let screen = try XCTUnwrap(loop.state.stack.last as? MockInterviewScreen)
    XCTAssertEqual(screen.phase, .checking)
    XCTAssertTrue(screen.timedOut)
  }
}
