import Foundation
import GRDB
import XCTest

/// The commands on a data folder that is full or read-only (a real tmpfs in a private mount):
/// one sentence naming the database or the folder, and the database as it was.
final class DataFolderFaultTests: CommandLineTestCase {
  var database: String { dataDir + "/career-coach.sqlite" }

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
      "run exportFull export --output \"$D/out.json\"",
      "run reportFull report --output \"$D/report.txt\"",
      "ls -A \"$D\" >\"$O/listing\"",
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
    assertOneSentence(
      result("exportFull"), saying: ["cannot write \(dataDir)/out.json: the disk is full"])
    assertOneSentence(
      result("reportFull"), saying: ["cannot write \(dataDir)/report.txt: the disk is full"])
    let listing = try String(contentsOf: folder.appendingPathComponent("listing"), encoding: .utf8)
    XCTAssertEqual(
      listing.split(separator: "\n").filter { !$0.hasPrefix("career-coach.sqlite") }, ["filler"],
      "no file half written")
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
      "run exportInto export --output \"$D/out.json\"",
      "ls -A \"$D\" >\"$O/listing\"",
      "cp \"$D/career-coach.sqlite\" \"$O/after.sqlite\"",
    ])
    assertSucceeded("first")
    for name in ["assess", "import"] {
      assertOneSentence(
        result(name), saying: ["the data folder \(dataDir) is read-only", "history, report"])
    }
    assertOneSentence(
      result("exportInto"), saying: ["cannot write \(dataDir)/out.json: the disk is read-only"])
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

  /// A database left as a crash leaves it, its latest answers still in the -wal file, on a
  /// folder that is then read-only: reading commands read those answers too.
  func testAReadOnlyFolderWithAWriteAheadLogLeftIsRead() throws {
    let answers = try write("answers.yaml", CommandLineTests.goodAnswers)
    let staging = folder.appendingPathComponent("staging").path
    XCTAssertEqual(try run("assess", "--answers", answers, dataDir: staging).status, 0)
    let database = staging + "/career-coach.sqlite"
    let writer = try DatabasePool(path: database)
    try writer.write { db in
      try db.execute(sql: "INSERT INTO assessment (mode, startedAt) VALUES ('quick', 1)")
    }
    // Copied while the writer still has the database open, as a crash would leave it.
    let left = folder.appendingPathComponent("left").path
    try FileManager.default.createDirectory(atPath: left, withIntermediateDirectories: true)
    for suffix in ["", "-wal", "-shm"] {
      try FileManager.default.copyItem(
        atPath: database + suffix, toPath: left + "/career-coach.sqlite" + suffix)
    }
    try writer.close()
    var info = stat()
    XCTAssertEqual(stat(left + "/career-coach.sqlite-wal", &info), 0)
    XCTAssertGreaterThan(info.st_size, 0, "the latest assessment is in the -wal file")
    try runInPrivateMount([
      "cp -p '\(left)'/* \"$D/\"",
      "mount -o remount,ro \"$D\"",
      "run history history --format json",
      "run assess assess --answers '\(answers)'",
    ])
    assertSucceeded("history")
    XCTAssertEqual(try assessmentCount(result("history").out), 2)
    assertOneSentence(result("assess"), saying: ["the data folder \(dataDir) is read-only"])
  }

  func testADatabaseThatIsAFolderIsSaid() throws {
    try FileManager.default.createDirectory(atPath: database, withIntermediateDirectories: true)
    let answers = try write("a.yaml", "ratings: {}\n")
    for command in [["history"], ["assess", "--answers", answers]] {
      assertOneSentence(
        try shell([binary] + command + ["--data-dir", dataDir]),
        saying: ["cannot open \(database): it is a folder, not a database file"])
    }
  }

  /// A read-only folder where no database was ever made reads as empty, and creates nothing.
  func testAReadOnlyEmptyFolder() throws {
    try runInPrivateMount([
      "mount -o remount,ro \"$D\"",
      "run history history --format json",
      "run assess assess --answers /dev/null",
      "ls -A \"$D\" >\"$O/listing\"",
    ])
    assertSucceeded("history")
    XCTAssertEqual(try assessmentCount(result("history").out), 0)
    assertOneSentence(result("assess"), status: 1, saying: ["/dev/null", "not a regular file"])
    XCTAssertEqual(
      try String(contentsOf: folder.appendingPathComponent("listing"), encoding: .utf8), "")
  }

  /// On a full disk a first command creates no database: a reading one reads an empty folder,
  /// a writing one says the disk is full and leaves nothing half made; once space is freed,
  /// both work.
  func testAFirstRunOnAFullDiskLeavesNoDatabase() throws {
    let answers = try write("answers.yaml", CommandLineTests.goodAnswers)
    try runInPrivateMount([
      "fill",
      "run report report",
      "run history history --format json",
      "run assess assess --answers '\(answers)'",
      "ls -A \"$D\" >\"$O/listing\"",
      "rm \"$D/filler\"",
      "run reportFreed report",
      "run assessFreed assess --answers '\(answers)'",
      "run final history --format json",
    ])
    assertOneSentence(result("report"), status: 1, saying: ["no finished assessment yet"])
    assertSucceeded("history")
    XCTAssertEqual(try assessmentCount(result("history").out), 0)
    assertOneSentence(result("assess"), saying: ["the disk is full", database])
    XCTAssertEqual(
      try String(contentsOf: folder.appendingPathComponent("listing"), encoding: .utf8),
      "filler\n", "no database, empty or half made, and no file being built")
    assertOneSentence(result("reportFreed"), status: 1, saying: ["no finished assessment yet"])
    assertSucceeded("assessFreed")
    XCTAssertEqual(try assessmentCount(result("final").out), 1)
  }
}
