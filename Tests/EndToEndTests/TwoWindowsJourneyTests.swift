import Foundation
import XCTest

/// Two windows on one data folder: the first writes, the second says who holds the data and
/// saves nothing, so nothing typed in either is lost unsaid; once the first has gone, even by
/// a crash, a new window writes again.
final class TwoWindowsJourneyTests: XCTestCase {
  func testTheSecondWindowOnlyReadsAndSaysWhy() throws {
    try forEachBuild { build in
      let data = dataFolderForRestarts()
      let first = try TmuxPane.app(dataDir: data, build: build)
      try first.startQuickAssessment()
      try first.press("3")
      first.waitFor(text: "1/14 answered")

      let second = try TmuxPane.app(dataDir: data, build: build)
      let pid = try first.appPID()
      second.waitFor(text: "read-only")
      second.waitFor("the notice naming the first window") {
        $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
          .contains("Your data is open in another career-coach window (process \(pid))")
      }
      // The second window sees the first one's assessment, and may read it, not answer it.
      try second.openHomeEntry("Assess my skills")
      second.waitFor(text: "Resume where you left off (quick, 1 of 14 answered)")
      try second.press(.enter)
      second.waitFor(text: "1/14 answered")
      try second.press("4")
      second.waitFor("the refusal, naming the first window") {
        $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
          .contains("not saved: your data is open in another career-coach window (process \(pid))")
      }

      // The first window goes on saving; a crash releases the data at once.
      try first.press("2")
      first.waitFor(text: "2/14 answered")
      try first.killApp()
      let third = try TmuxPane.app(dataDir: data, build: build)
      try third.openHomeEntry("Assess my skills")
      let resumed = third.waitFor(text: "Resume where you left off (quick, 2 of 14 answered)")
      XCTAssertFalse(resumed.contains("read-only"), resumed)
      try third.press(.enter)
      third.waitFor(text: "2/14 answered")
      try third.press("1")
      third.waitFor(text: "3/14 answered")
      try second.press(.ctrlC)
      second.waitFor(text: "EXIT:130")
    }
  }
}
