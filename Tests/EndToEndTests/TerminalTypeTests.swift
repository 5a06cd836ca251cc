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
}
