import Foundation
import XCTest

/// Long input never freezes the app: a megabyte of CV is checked while the screen says so,
/// and the keys work at once afterwards.
final class LongInputJourneyTests: XCTestCase {
  func testAMegabyteCVIsCheckedAndTheAppStillAnswersKeys() throws {
    let folder = dataFolderForRestarts()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let cv = folder.appendingPathComponent("long-cv.txt")
    let line = "Cut p95 latency of the billing API by 40% with Redis; responsible for duties\n"
    try String(repeating: line, count: 1_000_000 / line.utf8.count).write(
      to: cv, atomically: true, encoding: .utf8)
    try forEachBuild(on: [.release]) { build in
      let pane = try TmuxPane.app(build: build)
      try pane.openHomeEntry("Check my CV")
      pane.waitFor(text: "CV file:")
      try pane.type(cv.path)
      try pane.press(.enter)
      let report = pane.waitFor(text: "Common mistakes found", timeout: 30)
      XCTAssertTrue(report.contains("12987 lines"), report)
      try pane.press("j")
      try pane.press("e")
      pane.waitFor("the path to be edited again") { $0.contains("Enter Check the file") }
      try pane.press(.ctrlC)
      pane.waitFor(text: "EXIT:130", timeout: 5)
    }
  }
}

extension LongInputJourneyTests {
  /// A large import says at once, in the terminal, that it started.
  func testALargeImportSaysItStarted() throws {
    let folder = dataFolderForRestarts()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let binary = try AppBuild.release.binary()
    let listed = try shell([binary, "questions", "--format", "json"])
    let questions = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(listed.out.utf8)) as? [[String: Any]])
    let question = try XCTUnwrap(questions.first?["id"] as? String)
    let part = String(repeating: "We cut the p95 latency. ", count: 80)
    let stars = (0..<150).map { index in
      """
      {"id": \(index + 1), "questionID": "\(question)", "situation": "\(part)", "task": "\(part)",
       "action": "\(part)", "result": "\(part)",
       "savedAt": "2026-11-\(10 + index % 18)T10:\(10 + index % 50):00.000Z"}
      """
    }
    let export = folder.appendingPathComponent("big-export.json")
    try """
    {"format": "career-coach-export", "version": 1, "assessments": [],
     "starAnswers": [\(stars.joined(separator: ",\n"))]}
    """.write(to: export, atomically: true, encoding: .utf8)
    let pane = try TmuxPane(
      command: "sh -c '\(binary) import \(export.path) --data-dir DATA; echo EXIT:$?; sleep 60'")
    let screen = pane.waitFor(text: "EXIT:", timeout: 30)
    XCTAssertTrue(screen.contains("Importing \(export.path) ("), screen)
    XCTAssertTrue(screen.contains("Imported 150 STAR answers"), screen)
    XCTAssertTrue(screen.contains("EXIT:0"), screen)
  }
}
