import Foundation
import XCTest

/// A TERM the app cannot draw on (dumb, empty, unset) is a clear error with status 2, before
/// the terminal or the data folder is touched.
final class TerminalTypeTests: XCTestCase {
  func testTermsThatCannotDrawAreRefusedAndLeaveTheTerminalAlone() throws {
    let binary = try binaryPath()
    let cases: [(setting: String, message: String)] = [
      ("TERM=dumb", "terminal type 'dumb' cannot move the cursor"),
      ("TERM=", "TERM is not set"),
      ("-u TERM", "TERM is not set"),
    ]
    for (setting, message) in cases {
      // The shell turns echo off first, so a terminal the app changed would show it.
      let pane = try TmuxPane(
        command:
          "sh -c 'stty -echo; env \(setting) \(binary) --data-dir DATA/data; echo EXIT:$?; stty -a; ls -A DATA; echo LISTED; sleep 60'"
      )
      let screen = pane.waitFor("\(setting): the exit status and stty") {
        $0.contains("LISTED")
      }
      let joined = screen.replacingOccurrences(of: "\n", with: "")
      XCTAssertTrue(joined.contains(message), "\(setting):\n\(screen)")
      XCTAssertTrue(screen.contains("EXIT:2"), "\(setting):\n\(screen)")
      XCTAssertTrue(sttyShows("-echo", in: screen), "\(setting): echo left as it was:\n\(screen)")
      XCTAssertTrue(sttyShows("icanon", in: screen), "\(setting):\n\(screen)")
      XCTAssertFalse(screen.contains("\ndata\n"), "\(setting): no data folder made:\n\(screen)")
    }
  }

  /// Outside a UTF-8 locale the frame is drawn in ASCII: the header's path separator, the
  /// menu pointer and the pack's typographic marks come out as plain look-alikes, not `?`.
  func testAnASCIILocaleGetsPlainLookAlikes() throws {
    let pane = try TmuxPane(
      command: "sh -c " + appThenReport(try binaryPath(), "--data-dir DATA"),
      environment: ["LANG": "C", "LC_ALL": "C"])
    let screen = pane.waitFor(text: "Keys and help")
    XCTAssertTrue(screen.contains("career-coach > Home"), screen)
    XCTAssertTrue(screen.contains("> Assess my skills"), screen)
    // Only the footer's help key is a real question mark.
    let unmapped = screen.split(separator: "\n").filter { $0.contains("?") && !$0.contains("Help") }
    XCTAssertEqual(unmapped, [], screen)
    try pane.quitApp()
  }
}
