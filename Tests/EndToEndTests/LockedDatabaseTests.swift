import Foundation
import GRDB
import XCTest

/// Another program holding the database's write lock, as a backup tool or a second
/// career-coach might: a short lock is waited out, a long one (past the commands' 10 s, the
/// full-screen app's 2 s) is said in one sentence, reading goes on meanwhile, and nothing is
/// lost.
final class LockedDatabaseTests: CommandLineTestCase {
  var database: String { dataDir + "/career-coach.sqlite" }

  /// A connection of the test's own to the app's database, that can hold its write lock.
  func lockHolder() throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.allowsUnsafeTransactions = true
    return try DatabaseQueue(path: database, configuration: configuration)
  }

  static func lock(_ queue: DatabaseQueue) throws {
    try queue.writeWithoutTransaction { try $0.execute(sql: "BEGIN EXCLUSIVE") }
  }

  static func unlock(_ queue: DatabaseQueue) throws {
    try queue.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
  }

  func testCommandsWaitOutAShortLockAndReportALongOne() throws {
    let answers = try write("answers.yaml", CommandLineTests.goodAnswers)
    XCTAssertEqual(try run("assess", "--answers", answers).status, 0)
    let holder = try lockHolder()

    try Self.lock(holder)
    let history = try run("history", "--format", "json")
    XCTAssertEqual(history.status, 0, "reading goes on under a write lock: \(history.err)")
    XCTAssertEqual(try assessmentCount(history.out), 1)
    let started = Date()
    let locked = try run("assess", "--answers", answers)
    assertOneSentence(locked, saying: ["another program has locked \(database)"])
    XCTAssertLessThan(Date().timeIntervalSince(started), 20)
    try Self.unlock(holder)

    try Self.lock(holder)
    DispatchQueue.global().asyncAfter(deadline: .now() + 1) { try? Self.unlock(holder) }
    let waited = try run("assess", "--answers", answers)
    XCTAssertEqual(waited.status, 0, "a short lock is waited out: \(waited.err)")
    XCTAssertEqual(try assessmentCount(try run("history", "--format", "json").out), 2)
  }

  func testTheAppSaysSoWhenAnAnswerCannotBeSavedAndSavesItWhenTheLockIsGone() throws {
    let pane = try TmuxPane.app(dataDir: URL(fileURLWithPath: dataDir))
    try pane.startQuickAssessment()
    try pane.press("3")
    pane.waitFor(text: "1/14 answered")

    let holder = try lockHolder()
    try Self.lock(holder)
    let sent = Date()
    try pane.press("2")
    let locked = pane.waitFor(text: "another program has locked", timeout: 20)
    // The app waits 2 s, not the commands' 10, before it says so.
    XCTAssertLessThan(Date().timeIntervalSince(sent), 6)
    XCTAssertTrue(locked.contains("1/14 answered"), "the answer is asked again:\n\(locked)")
    try Self.unlock(holder)
    try pane.press("2")
    pane.waitFor(text: "2/14 answered")
    try pane.quitApp()

    let history = try json(try run("history", "--format", "json").out)
    let list = try XCTUnwrap(history["assessments"] as? [[String: Any]])
    XCTAssertEqual(list.first?["answered"] as? Int, 2)
  }
}
