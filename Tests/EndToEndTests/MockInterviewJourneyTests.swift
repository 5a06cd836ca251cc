import Foundation
import XCTest

/// A user takes a one-question mock interview in a real terminal, then finds it again after
/// a restart, in the past interviews and in the statistics.
final class MockInterviewJourneyTests: XCTestCase {
  /// "2:58 left" -> "2:58".
  private func countdown(in screen: String) -> String? {
    guard let range = screen.range(of: #"\d+:\d\d left"#, options: .regularExpression) else {
      return nil
    }
    return String(screen[range].dropLast(5))
  }

  func testAOneQuestionInterviewIsScoredStoredAndListedAfterARestart() throws {
    try forEachBuild(on: [.release]) { build in
      let data = dataFolderForRestarts()
      let pane = try TmuxPane.app(dataDir: data, build: build)
      try pane.openHomeEntry("Mock interview")
      pane.waitFor(text: "No mock interviews yet")
      try pane.press(.left)
      pane.waitFor(text: "‹ 1 question ›")
      try pane.press(.enter)
      let first = pane.waitFor(text: "Your answer")
      let start = try XCTUnwrap(countdown(in: first), first)
      // The countdown moves on by itself, with no key pressed.
      pane.waitFor("the countdown to move on from \(start)", timeout: 5) {
        self.countdown(in: $0).map { $0 != start } ?? false
      }
      try pane.type("My answer: 日本語 text, then a second line")
      try pane.press(.enter)
      try pane.type("q and ? are letters here")
      pane.waitFor(text: "q and ? are letters here")
      try pane.press(.ctrlD)
      pane.waitFor(text: "Tick what you covered")
      let before = pane.waitFor(text: "Score: ")
      let ticked = try XCTUnwrap(tickedCount(in: before), before)
      // Space toggles the first point: ticked if it was not, unticked if it was.
      try pane.press(.space)
      let after = pane.waitFor("the score to change") { self.tickedCount(in: $0) != ticked }
      let points = try XCTUnwrap(pointCount(in: after), after)
      XCTAssertEqual(tickedCount(in: after), ticked == 0 ? 1 : ticked - 1)
      try pane.press(.enter)
      let review = pane.waitFor(text: "Overall: ")
      let percent = try XCTUnwrap(overall(in: review), review)
      XCTAssertTrue(review.contains("of \(points) key points over 1 of 1 questions"), review)
      try pane.press(.enter)
      pane.waitFor(text: "Past interviews")
      try pane.quitApp()

      let again = try TmuxPane.app(dataDir: data, build: build)
      try again.openHomeEntry("Mock interview")
      let listed = again.waitFor(text: "Past interviews")
      XCTAssertTrue(listed.contains("1 question"), listed)
      XCTAssertTrue(listed.contains("1 of 1"), listed)
      XCTAssertTrue(listed.contains(percent), "\(percent) not in:\n\(listed)")

      // The Statistics screen shows the same interview's score.
      try again.press(.escape)
      try again.openHomeEntry("Statistics")
      let stats = again.waitFor(text: "Mock interviews: 1 finished interview")
      XCTAssertTrue(stats.contains("average \(percent)"), stats)
      XCTAssertTrue(stats.contains("\(percent)  1 of 1 answered"), stats)
    }
  }

  func testKillNineLosesNoTypedAnswerAndTheInterviewResumes() throws {
    try forEachBuild { build in
      let data = dataFolderForRestarts()
      let pane = try TmuxPane.app(dataDir: data, build: build)
      try pane.openHomeEntry("Mock interview")
      pane.waitFor(text: "‹ 3 questions ›")
      try pane.press(.enter)
      pane.waitFor(text: "Question 1 of 3")
      try answer("first answer", then: "Question 2 of 3", in: pane)
      let asked = pane.waitFor(text: "Question 2 of 3")
      let full = try XCTUnwrap(Countdown.seconds(in: asked), asked)
      try pane.type("second answer, never confirmed")
      pane.waitFor(text: "never confirmed")
      // The draft is kept every two seconds while the text changes.
      pane.waitFor("five seconds to pass", timeout: 10) {
        (Countdown.seconds(in: $0) ?? full) <= full - 5
      }
      try pane.killApp()

      let again = try TmuxPane.app(dataDir: data, build: build)
      try again.openHomeEntry("Mock interview")
      let listed = again.waitFor(text: "Past interviews")
      XCTAssertTrue(listed.contains("1 of 3"), listed)
      XCTAssertTrue(listed.contains("r resumes it"), listed)
      try again.press("r")
      again.waitFor(text: "Question 2 of 3")
      let resumed = again.waitFor(text: "second answer, never confirmed")
      XCTAssertLessThan(try XCTUnwrap(Countdown.seconds(in: resumed), resumed), full)
      try submit(then: "Question 3 of 3", in: again)
      try again.press(.ctrlC)  // q would be typed into the answer
      again.waitFor(text: "EXIT:")
      let file = data.appendingPathComponent("export.json").path
      let exported = try shell([
        try binaryPath(), "export", "--output", file, "--data-dir", data.path,
      ])
      XCTAssertEqual(exported.status, 0, exported.err)
      let object =
        try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: file)))
        as? [String: Any]
      let interviews = try XCTUnwrap(object?["mockInterviews"] as? [[String: Any]])
      XCTAssertEqual(interviews.count, 1, "the same interview, resumed")
      let answers = try XCTUnwrap(interviews.first?["answers"] as? [[String: Any]])
      XCTAssertEqual(
        answers.compactMap { $0["text"] as? String },
        ["first answer", "second answer, never confirmed"])
    }
  }

  /// Types `text`, submits it, confirms the checklist as it came and waits for `next`.
  private func answer(_ text: String, then next: String, in pane: TmuxPane) throws {
    try pane.type(text)
    try submit(then: next, in: pane)
  }

  /// Submits the answer on screen, confirms the checklist as it came and waits for `next`.
  private func submit(then next: String, in pane: TmuxPane) throws {
    try pane.press(.ctrlD)
    pane.waitFor(text: "Tick what you covered")
    try pane.press(.enter)
    pane.waitFor(text: next)
  }

  /// "Score: 2 of 5 key points" -> 2.
  private func tickedCount(in screen: String) -> Int? {
    number(in: screen, #"Score: (\d+) of"#)
  }

  private func pointCount(in screen: String) -> Int? {
    number(in: screen, #"Score: \d+ of (\d+) key points"#)
  }

  /// "Overall: 20%," -> "20%".
  private func overall(in screen: String) -> String? {
    guard let value = number(in: screen, #"Overall: (\d+)%"#) else { return nil }
    return "\(value)%"
  }

  private func number(in screen: String, _ pattern: String) -> Int? {
    guard let regex = try? NSRegularExpression(pattern: pattern),
      let match = regex.firstMatch(in: screen, range: NSRange(screen.startIndex..., in: screen)),
      let range = Range(match.range(at: 1), in: screen)
    else { return nil }
    return Int(screen[range])
  }
}
