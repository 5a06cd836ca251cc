import CNcurses
import XCTest

@testable import CoachTUI

/// The sequences taught to ncurses, and the modified keys a terminfo entry names itself.
final class KeySequencesTests: XCTestCase {
  func testHomeAndEndHaveEverySequenceTerminalsSend() {
    let codes = Dictionary(KeySequences.all.map { ($0.sequence, $0.code) }) { first, _ in first }
    for tail in ["[1~", "[7~", "[H", "OH"] { XCTAssertEqual(codes["\u{1B}" + tail], KEY_HOME) }
    for tail in ["[4~", "[8~", "[F", "OF"] { XCTAssertEqual(codes["\u{1B}" + tail], KEY_END) }
    XCTAssertEqual(codes["\u{1B}[1;5A"], KEY_UP)
    XCTAssertEqual(codes["\u{1B}[6;5~"], KEY_NPAGE)
    XCTAssertEqual(KeySequences.all.count, Set(KeySequences.all.map(\.sequence)).count)
  }

  func testModifiedKeysNamedByTerminfoReadAsThePlainKey() {
    XCTAssertEqual(KeySequences.modifiedKey(named: "kNXT5"), .key(.pageDown))
    XCTAssertEqual(KeySequences.modifiedKey(named: "kDN3"), .key(.down))
    XCTAssertEqual(KeySequences.modifiedKey(named: "kHOM6"), .key(.home))
    XCTAssertNil(KeySequences.modifiedKey(named: "kNXT"))
    XCTAssertNil(KeySequences.modifiedKey(named: "kf12"))
    XCTAssertNil(KeySequences.modifiedKey(named: nil))
  }
}
