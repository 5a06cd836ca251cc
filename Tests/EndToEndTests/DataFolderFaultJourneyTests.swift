import Foundation
import XCTest

/// The app in a real terminal on a data folder that fills up mid-session or is read-only (a
/// real tmpfs in a private mount): the user is told, the terminal comes back sane, and every
/// answer saved before stays saved.
final class DataFolderFaultJourneyTests: CommandLineTestCase {
  /// A pane running `lines` after the private mount's prologue.
  func pane(_ lines: [String]) throws -> TmuxPane {
    try PrivateMount.requireSupport()
    try FileManager.default.createDirectory(atPath: dataDir, withIntermediateDirectories: true)
    let script =
      PrivateMount.prologue(binary: binary, dataDir: dataDir, outside: folder.path, kilobytes: 512)
      + lines
    let path = try write("session.sh", script.joined(separator: "\n") + "\n")
    return try TmuxPane(command: "unshare -rm sh '\(path)'", dataDir: folder)
  }

  /// Polls for a file the script writes when it gets there.
  func waitForFile(_ name: String, timeout: TimeInterval = 10, line: UInt = #line) {
    let path = folder.appendingPathComponent(name).path
    let deadline = Date().addingTimeInterval(timeout)
    while !FileManager.default.fileExists(atPath: path) {
      if Date() > deadline { return XCTFail("timed out waiting for \(name)", line: line) }
      Thread.sleep(forTimeInterval: 0.05)
    }
  }

  func testTheDiskFillingMidAssessmentIsSaidAndLosesNothingSaved() throws {
    let pane = try pane([
      // Fills the disk when the test says so (and gives up after 30 s).
      #"(i=0; while [ ! -e "$O/fill" ] && [ $i -lt 600 ]; do sleep 0.05; i=$((i+1)); done; fill; touch "$O/filled") &"#,
      "trap : INT",
      #""$B" --data-dir "$D"; echo EXIT:$?; stty -a"#,
      "run full history --format json",
      #"rm -f "$D/filler""#,
      "run freed history --format json",
      #"touch "$O/done"; sleep 60"#,
    ])
    try pane.startQuickAssessment()
    try pane.press("3")
    pane.waitFor(text: "1/14 answered")
    try pane.press("2")
    pane.waitFor(text: "2/14 answered")

    _ = try write("fill", "")
    waitForFile("filled")
    try pane.press("4")
    let full = pane.waitFor(text: "the disk is full")
    XCTAssertTrue(full.contains("2/14 answered"), "the failed answer is not counted:\n\(full)")
    try pane.press("1")
    pane.waitFor(text: "the disk is full")
    XCTAssertTrue(pane.capture().contains("2/14 answered"), pane.capture())

    try pane.press("q")
    let after = pane.waitFor(text: "EXIT:")
    XCTAssertTrue(after.contains("EXIT:0"), after)
    pane.waitFor("stty") { $0.contains("icanon") }
    XCTAssertTrue(sttyShows("echo", in: pane.capture()), pane.capture())
    XCTAssertTrue(sttyShows("icanon", in: pane.capture()), pane.capture())

    waitForFile("done")
    for name in ["full", "freed"] {
      assertSucceeded(name)
      let list = try XCTUnwrap(json(result(name).out)["assessments"] as? [[String: Any]], name)
      XCTAssertEqual(list.count, 1, name)
      XCTAssertEqual(list.first?["answered"] as? Int, 2, "\(name): both answers given before")
    }
  }

  func testACorruptDatabaseEndsTheSessionAndIsKept() throws {
    try FileManager.default.createDirectory(atPath: dataDir, withIntermediateDirectories: true)
    let database = dataDir + "/career-coach.sqlite"
    let bytes = Data("SQLite format 3\0".utf8) + InputFileFaultTests.noise(4096)
    try bytes.write(to: URL(fileURLWithPath: database))
    let pane = try TmuxPane.app(dataDir: URL(fileURLWithPath: dataDir))
    let screen = pane.waitFor("the exit status and stty") {
      $0.contains("EXIT:") && $0.contains("icanon")
    }
    XCTAssertTrue(screen.contains("EXIT:2"), screen)
    XCTAssertTrue(
      screen.replacingOccurrences(of: "\n", with: "").contains("left untouched"), screen)
    XCTAssertTrue(sttyShows("echo", in: screen), screen)
    XCTAssertEqual(FileManager.default.contents(atPath: database), bytes)
  }

  func testAReadOnlyFolderEndsTheSessionNamingIt() throws {
    let answers = try write("answers.yaml", CommandLineTests.goodAnswers)
    let pane = try pane([
      "run first assess --answers '\(answers)'",
      #"mount -o remount,ro "$D""#,
      "trap : INT",
      #""$B" --data-dir "$D"; echo EXIT:$?; stty -a"#,
      "run history history --format json",
      #"touch "$O/done"; sleep 60"#,
    ])
    let screen = pane.waitFor("the exit status and stty") {
      $0.contains("EXIT:") && $0.contains("icanon")
    }
    XCTAssertTrue(screen.contains("EXIT:2"), screen)
    let joined = screen.replacingOccurrences(of: "\n", with: "")
    XCTAssertTrue(joined.contains("the data folder \(dataDir) is read-only"), screen)
    XCTAssertTrue(sttyShows("echo", in: screen), screen)
    XCTAssertTrue(sttyShows("icanon", in: screen), screen)
    waitForFile("done")
    assertSucceeded("first")
    assertSucceeded("history")
    XCTAssertEqual(try assessmentCount(result("history").out), 1)
  }
}
