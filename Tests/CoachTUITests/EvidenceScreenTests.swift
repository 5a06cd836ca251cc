import CoachCore
import CoachStore
import XCTest

@testable import CoachTUI

/// The evidence form opened with `e` from the assessment, results, gaps and the level page,
/// and with `v` from a saved STAR story; and the counts and marks those screens show.
final class EvidenceScreenTests: XCTestCase {
  /// The keys that type `text`, one character at a time.
  static func typing(_ text: String) -> String {
    text.map { $0 == " " ? "space" : String($0) }.joined(separator: " ")
  }

  /// Two finished assessments (the latest rates SQL, Node.js, Ruby, C# and MySQL Proficient
  /// among the strongest); SQL backed by two entries, Node.js by one.
  private func withEvidence() throws -> TestStore {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store, shift: -1, at: -86_400 * 30)
    try ReportScreensTests.addFinished(store)
    for (skills, text) in [
      (["sql"], "Cut the report query from 9 s to 300 ms"),
      (["sql", "nodejs"], "Moved the order API to Node 20 and tuned its queries"),
    ] {
      try store.store.addEvidence(
        EvidenceDraft(day: "2026-10-01", skills: skills, text: text), pack: store.pack)
    }
    return store
  }

  private func form(_ loop: AppLoop) throws -> EvidenceFormScreen {
    try XCTUnwrap(loop.state.top as? EvidenceFormScreen, "\(loop.state.top.title)")
  }

  func testGoldens() throws {
    let store = try withEvidence()
    assertGolden(try store.render("results", 120, 40), named: "results-evidence-120x40")
    assertGolden(try store.render("results", 80, 24, keys: "e"), named: "evidence-form-80x24")
    assertGolden(
      try store.render("results", 60, 18, keys: "e tab tab " + Self.typing("Led it")),
      named: "evidence-form-60x18")
    assertGolden(try store.render("gaps", 80, 24, keys: "tab tab"), named: "gaps-evidence-80x24")
    assertGolden(
      try store.render("path", 120, 40, keys: "down enter G"), named: "level-detail-evidence-120x40"
    )
  }

  func testResultsCountTheEntriesAndMarkRatingsWithoutAny() throws {
    let text = try withEvidence().render("results", 120, 40)
    XCTAssertTrue(text.contains("Proficient (3)  2 evidence entries"), text)
    XCTAssertTrue(text.contains("Proficient (3)  1 evidence entry"), text)
    XCTAssertTrue(text.contains("Proficient (3)  no evidence !"), text)
    XCTAssertTrue(text.contains("! 27 rated Proficient or more with no evidence yet"), text)
  }

  func testAnEntrySavedFromResultsIsStoredAndCounted() throws {
    let store = try withEvidence()
    var loop = try store.loop("results", keys: "e", width: 120, height: 40)
    // Ruby is the first strongest skill with no evidence.
    XCTAssertEqual(try form(loop).skill, "ruby")
    for key in try Snapshot.parseKeys(Self.typing("Ported billing to Rails 7") + " ctrl-d") {
      loop.send(.key(key))
    }
    XCTAssertTrue(loop.state.top is ResultsScreen, loop.state.top.title)
    let saved = try XCTUnwrap(try store.store.evidence(forSkill: "ruby").first)
    XCTAssertEqual(saved.text, "Ported billing to Rails 7")
    XCTAssertEqual(saved.day, Format.day(TestStore.fixedNow, in: TestStore.calendar))
    let text = loop.frame().text
    XCTAssertTrue(text.contains("! 26 rated Proficient or more with no evidence yet"), text)
    XCTAssertTrue(
      text.contains("Saved evidence-3 for Ruby (Ruby on Rails), dated \(saved.day)."), text)
  }

  func testEachBadFieldIsNamedAndNothingIsStored() throws {
    let store = try withEvidence()
    let empty = try store.loop("results", keys: "e ctrl-d")
    XCTAssertTrue(empty.frame().text.contains("Not saved: the text is empty."))
    let badDay = try store.loop(
      "results",
      keys: "e shift-tab " + Array(repeating: "backspace", count: 10).joined(separator: " ")
        + " " + Self.typing("2026-02-30") + " enter " + Self.typing("Did it") + " ctrl-d")
    XCTAssertTrue(
      badDay.frame().text.contains(
        "Not saved: the date \"2026-02-30\" is not a day written YYYY-MM-DD."),
      badDay.frame().text)
    XCTAssertEqual(try store.store.evidence().count, 2)
  }

  func testTheAssessmentSuggestsTheSkillBeingRatedAndArrowsPickAnother() throws {
    let store = try TestStore()
    var loop = try store.loop("assess", keys: "down enter enter enter enter enter enter")
    let rated = try XCTUnwrap((loop.state.top as? AssessmentScreen)?.current?.id)
    loop.send(.key(.character("e")))
    XCTAssertEqual(try form(loop).skill, rated)
    XCTAssertEqual(try form(loop).focused, .text)
    for key in [Key.backTab, .backTab, .right] { loop.send(.key(key)) }
    XCTAssertEqual(try form(loop).focused, .skill)
    XCTAssertNotEqual(try form(loop).skill, rated)
    loop.send(.key(.left))
    XCTAssertEqual(try form(loop).skill, rated)
    // Esc with nothing typed goes straight back to the question.
    loop.send(.key(.escape))
    XCTAssertTrue(loop.state.top is AssessmentScreen, loop.state.top.title)
  }

  func testGapsSuggestTheSelectedGapsSkill() throws {
    let store = try withEvidence()
    let loop = try store.loop("gaps", keys: "down e")
    let gaps = try XCTUnwrap(try store.loop("gaps").state.top as? GapsScreen).gaps
    XCTAssertEqual(try form(loop).skill, gaps[1].skill)
  }

  func testAStarStoryBecomesEvidenceForItsQuestionsSkill() throws {
    let store = try TestStore()
    let question = StarQuestionsScreen(pack: store.pack).questions[0]
    try store.store.saveStarAnswer(
      StarAnswer(
        situation: "Checkout lost orders at peak.", task: "Stop the losses.",
        action: "I added an idempotency key with the team.", result: "No lost orders since."),
      question: question.id, now: TestStore.fixedNow)
    var loop = try store.loop("star", keys: "enter v")
    let opened = try form(loop)
    XCTAssertEqual(opened.skill, question.skills.first)
    XCTAssertFalse(opened.hasUnsavedInput)
    loop.send(.key(.control("d")))
    let saved = try XCTUnwrap(try store.store.evidence().first)
    XCTAssertEqual(saved.skills, [try XCTUnwrap(question.skills.first)])
    XCTAssertEqual(
      saved.text,
      "Situation: Checkout lost orders at peak.\nTask: Stop the losses.\n"
        + "Action: I added an idempotency key with the team.")
    XCTAssertEqual(saved.outcome, "No lost orders since.")
    XCTAssertTrue(loop.state.top is StarAnswersScreen, loop.state.top.title)
  }
}
