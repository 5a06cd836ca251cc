import Foundation
import XCTest

/// The whole app in a real terminal: tmux types, capture-pane reads.
final class TerminalHygieneTests: XCTestCase {
  private func assertTerminalRestored(
    _ pane: TmuxPane, exit expected: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    let screen = pane.waitFor("exit status and stty", timeout: 5, file: file, line: line) {
      $0.contains("EXIT:") && $0.contains("icanon")
    }
    XCTAssertTrue(
      screen.contains("EXIT:\(expected)"), "exit status, screen:\n\(screen)", file: file, line: line
    )
    XCTAssertTrue(
      sttyShows("echo", in: screen), "echo restored:\n\(screen)", file: file, line: line)
    XCTAssertTrue(
      sttyShows("icanon", in: screen), "icanon restored:\n\(screen)", file: file, line: line)
  }

  func testHomeHelpResizeAndQuit() throws {
    try forEachBuild { build in
      let pane = try TmuxPane.app(build: build)
      pane.waitFor(text: "Keys and help")
      XCTAssertTrue(pane.capture().contains("career-coach › Home"))
      try pane.press("?")
      pane.waitFor(text: "Keys: Home")
      try pane.press(.escape)
      pane.waitFor("help closed") { !$0.contains("Keys: Home") && $0.contains("Keys and help") }
      try pane.resize(width: 40, height: 10)
      pane.waitFor("the too-small message (it wraps at 40 columns)") {
        $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
          .contains("terminal too small: need 60x18, have 40x10")
      }
      try pane.resize(width: 100, height: 30)
      pane.waitFor("home again") { $0.contains("Keys and help") && !$0.contains("too small") }
      let sent = Date()
      try pane.press("q")
      pane.waitFor(text: "EXIT:", timeout: 2)
      XCTAssertLessThan(Date().timeIntervalSince(sent), 2.0)
      assertTerminalRestored(pane, exit: "0")
    }
  }

  func testTheBareCommandOpensTheAppOnTheDataFolderFromTheEnvironment() throws {
    let folder = dataFolderForRestarts()
    let pane = try TmuxPane(
      command: "sh -c " + appThenReport(try binaryPath(), ""), dataDir: folder,
      environment: ["CAREER_COACH_HOME": folder.path])
    pane.waitFor(text: "Keys and help")
    pane.waitFor("the store opened in CAREER_COACH_HOME") { _ in
      FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("career-coach.sqlite").path)
    }
    try pane.quitApp()
    assertTerminalRestored(pane, exit: "0")
  }

  func testSigtermRestoresTheTerminal() throws {
    try forEachBuild { build in
      let pane = try TmuxPane.app(build: build)
      pane.waitFor(text: "Keys and help")
      kill(try pane.appPID(), SIGTERM)
      assertTerminalRestored(pane, exit: "143")
    }
  }

  func testSighupRestoresTheTerminal() throws {
    try forEachBuild { build in
      let pane = try TmuxPane.app(build: build)
      pane.waitFor(text: "Keys and help")
      kill(try pane.appPID(), SIGHUP)
      assertTerminalRestored(pane, exit: "129")
    }
  }

  func testControlCRestoresTheTerminal() throws {
    try forEachBuild { build in
      let pane = try TmuxPane.app(build: build)
      pane.waitFor(text: "Keys and help")
      try pane.press(.ctrlC)
      assertTerminalRestored(pane, exit: "130")
    }
  }

  func testABrokenPackEndsTheSessionAndIsReportedOnceTheTerminalIsBack() throws {
    let pack = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cc-broken-pack-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: pack) }
    try "skills: [\n".write(
      to: pack.appendingPathComponent("skills.yaml"), atomically: true, encoding: .utf8)
    let pane = try TmuxPane.app("--content \(pack.path)")
    assertTerminalRestored(pane, exit: "1")
    let screen = pane.capture()
    XCTAssertTrue(screen.contains("skills.yaml:2:1: error"), screen)
    XCTAssertTrue(screen.contains("run `career-coach content lint`"), screen)
  }

  func testUnknownTermIsAClearErrorWithStatus2() throws {
    let binary = try binaryPath()
    let pane = try TmuxPane(
      command: "sh -c 'TERM=no-such-terminal \(binary) --data-dir DATA; echo EXIT:$?; sleep 60'")
    let screen = pane.waitFor(text: "EXIT:")
    XCTAssertTrue(screen.contains("unknown terminal type 'no-such-terminal'"), screen)
    XCTAssertTrue(screen.contains("EXIT:2"), screen)
  }

  func testNoColorStillShowsTheSelection() throws {
    let pane = try TmuxPane.app("--no-color")
    pane.waitFor(text: "Keys and help")
    try pane.press("q")
    assertTerminalRestored(pane, exit: "0")
  }

  func testWithoutATerminalItSaysSoAndExits2() throws {
    let binary = try binaryPath()
    let started = Date()
    let result = try shell([binary], input: FileHandle(forReadingAtPath: "/dev/null"))
    XCTAssertLessThan(Date().timeIntervalSince(started), 1.0)
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(result.err.contains("needs an interactive terminal"), result.err)
    XCTAssertTrue(result.err.contains("--help"), result.err)
    XCTAssertEqual(result.err.split(separator: "\n").count, 1)
  }

  func testVersionAndCompletionScript() throws {
    let binary = try binaryPath()
    XCTAssertEqual(
      try shell([binary, "--version"]).out.trimmingCharacters(in: .whitespacesAndNewlines), "0.1.0")
    let completion = try shell([binary, "--generate-completion-script", "bash"])
    XCTAssertEqual(completion.status, 0)
    XCTAssertTrue(completion.out.contains("snapshot"))
  }
}
