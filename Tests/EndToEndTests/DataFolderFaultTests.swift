import Foundation
import XCTest

/// The commands on a data folder that is full or read-only (a real tmpfs in a private mount):
/// one sentence naming the database or the folder, and the database as it was.
final class DataFolderFaultTests: CommandLineTestCase {
  var database: String { dataDir + "/career-coach.sqlite" }

  override func setUpWithError() throws {
    try super.setUpWithError()
    try PrivateMount.requireSupport()
  }

  func testOnAFullDiskWritesAreRefusedReadsWorkAndNothingIsLost() throws {
    let answers = try write("answers.yaml", CommandLineTests.goodAnswers)
    try runInPrivateMount([
      "run first assess --answers '\(answers)'",
      "run export export --output \"$O/export.json\"",
      "cp \"$D/career-coach.sqlite\" \"$O/before.sqlite\"",
      "fill",
      "run assess assess --answers '\(answers)'",
      "run import import \"$O/export.json\"",
      "run history history --format json",
      "run report report",
      "cp \"$D/career-coach.sqlite\" \"$O/after.sqlite\"",
      "rm \"$D/filler\"",
      "run freed assess --answers '\(answers)'",
      "run final history --format json",
    ])
    assertSucceeded("first")
    assertSucceeded("export")
    for name in ["assess", "import"] {
      assertOneSentence(result(name), saying: ["the disk is full", database, "free some space"])
      XCTAssertEqual(result(name).out, "", name)
    }
    assertSucceeded("history")
    XCTAssertEqual(try assessmentCount(result("history").out), 1)
    assertSucceeded("report")
    XCTAssertEqual(
      FileManager.default.contents(atPath: folder.appendingPathComponent("after.sqlite").path),
      FileManager.default.contents(atPath: folder.appendingPathComponent("before.sqlite").path),
      "the database is unchanged")
    assertSucceeded("freed")
    XCTAssertEqual(try assessmentCount(result("final").out), 2)
  }

  func testAReadOnlyFolderIsNamedWhenWritingAndReadWhenReading() throws {
    let answers = try write("answers.yaml", CommandLineTests.goodAnswers)
    try runInPrivateMount([
      "run first assess --answers '\(answers)'",
      // Closed cleanly: the database alone, without -wal and -shm files to read through.
      "mount -o remount,ro \"$D\"",
      "cp \"$D/career-coach.sqlite\" \"$O/before.sqlite\"",
      "ls -A \"$D\" >\"$O/listing-before\"",
      "run export export --output \"$O/export.json\"",
      "run assess assess --answers '\(answers)'",
      "run import import \"$O/export.json\"",
      "run history history --format json",
      "run report report --format json",
      "run stats stats",
      "run path path",
      "run exportAgain export --output \"$O/again.json\"",
      "ls -A \"$D\" >\"$O/listing\"",
      "cp \"$D/career-coach.sqlite\" \"$O/after.sqlite\"",
    ])
    assertSucceeded("first")
    for name in ["assess", "import"] {
      assertOneSentence(
        result(name), saying: ["the data folder \(dataDir) is read-only", "history, report"])
    }
    XCTAssertEqual(
      try String(contentsOf: folder.appendingPathComponent("listing-before"), encoding: .utf8),
      "career-coach.sqlite\n")
    for name in ["export", "history", "report", "stats", "path", "exportAgain"] {
      assertSucceeded(name)
    }
    XCTAssertEqual(try assessmentCount(result("history").out), 1)
    XCTAssertNotNil(try json(result("report").out)["placements"])
    let again = try String(
      contentsOf: folder.appendingPathComponent("again.json"), encoding: .utf8)
    XCTAssertEqual(try assessmentCount(again), 1)
    XCTAssertEqual(
      try String(contentsOf: folder.appendingPathComponent("listing"), encoding: .utf8),
      try String(contentsOf: folder.appendingPathComponent("listing-before"), encoding: .utf8),
      "nothing was created in the folder")
    XCTAssertEqual(
      FileManager.default.contents(atPath: folder.appendingPathComponent("after.sqlite").path),
      FileManager.default.contents(atPath: folder.appendingPathComponent("before.sqlite").path))
  }

  /// A read-only folder where no database was ever made: nothing to read, and it says so.
  func testAReadOnlyEmptyFolder() throws {
    try runInPrivateMount([
      "mount -o remount,ro \"$D\"",
      "run history history",
      "run assess assess --answers /dev/null",
    ])
    assertOneSentence(result("history"), saying: [database, "no database there yet"])
    assertOneSentence(result("assess"), status: 1, saying: ["/dev/null", "empty"])
  }
}
