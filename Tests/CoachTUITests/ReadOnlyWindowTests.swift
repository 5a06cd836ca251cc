import CoachCore
import CoachStore
import XCTest

@testable import CoachTUI

/// A window opened while another holds the data: it reads everything, says it is read-only,
/// and every save fails with the sentence naming the other window, so nothing typed is taken
/// for saved.
final class ReadOnlyWindowTests: XCTestCase {
  /// The other window's assessment in progress, and this window resuming it read-only.
  private func resumedReadOnly() throws -> (TestStore, AppLoop, StoreError) {
    let store = try TestStore()
    _ = try store.store.startAssessment(
      mode: .quick, years: nil, market: nil, languages: [], now: TestStore.fixedNow)
    let refusal = StoreError.inUse(pid: 4321)
    let reader = StoreEffects(
      store: store.store.refusingWrites(refusal), pack: store.pack, now: { TestStore.fixedNow })
    var loop = try store.loop("home", keys: "enter enter", runner: reader)
    loop.state.data.readOnly = true
    XCTAssertTrue(loop.frame().text.contains("0/14 answered"), loop.frame().text)
    return (store, loop, refusal)
  }

  func testAnAnswerIsRefusedWithTheOtherWindowNamedAndNotCounted() throws {
    var (store, loop, refusal) = try resumedReadOnly()
    loop.send(.key(.character("3")))
    XCTAssertEqual(loop.state.status, refusal.description)
    let screen = try XCTUnwrap(loop.state.top as? AssessmentScreen)
    XCTAssertEqual(screen.position, 0, "the question is asked again")
    let text = loop.frame().text
    XCTAssertTrue(text.split(separator: "\n")[0].contains("read-only"), text)
    XCTAssertTrue(text.contains("0/14 answered"), text)
    let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    XCTAssertTrue(lines.joined(separator: " ").contains(refusal.description), text)
    XCTAssertEqual(try store.store.unfinishedAssessment()?.answeredCount, 0)
  }

  func testARefusedNoteStaysOpenWithItsText() throws {
    var (_, loop, refusal) = try resumedReadOnly()
    for key in "nok" { loop.send(.key(.character(key))) }
    loop.send(.key(.enter))
    XCTAssertEqual(loop.state.status, refusal.description)
    let screen = try XCTUnwrap(loop.state.top as? AssessmentScreen)
    XCTAssertEqual(screen.note?.text, "ok")
  }
}
