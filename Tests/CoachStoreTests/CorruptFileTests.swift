import CoachStore
import Foundation
import GRDB
import XCTest

/// A database that is not ours, is damaged, read-only or newer is reported and never written.
final class CorruptFileTests: XCTestCase {
  var folder: URL!
  var path: String { folder.appendingPathComponent("career-coach.sqlite").path }

  override func setUpWithError() throws {
    folder = StoreFixture.folder()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    _ = chmod(path, 0o600)
    try? FileManager.default.removeItem(at: folder)
  }

  func assertReportedAndUntouched(
    _ bytes: Data, expected: (StoreError) -> Bool, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: bytes))
    XCTAssertThrowsError(try CoachStore(folder: folder), file: file, line: line) { error in
      guard let error = error as? StoreError else {
        return XCTFail("\(error)", file: file, line: line)
      }
      XCTAssertTrue(expected(error), "\(error)", file: file, line: line)
      XCTAssertTrue(error.description.contains(path), error.description, file: file, line: line)
    }
    XCTAssertEqual(FileManager.default.contents(atPath: path), bytes, file: file, line: line)
    let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    XCTAssertEqual(leftovers, ["career-coach.sqlite"], file: file, line: line)
  }

  func isCorrupt(_ error: StoreError) -> Bool {
    if case .corrupt = error { return true }
    return false
  }

  func testRandomBytes() {
    var generator = SystemRandomNumberGenerator()
    let bytes = Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) })
    assertReportedAndUntouched(bytes, expected: isCorrupt)
  }

  func testATextFile() {
    assertReportedAndUntouched(
      Data("These are my notes, not a database.\n".utf8), expected: isCorrupt)
  }

  func testTheMessage() {
    let error = StoreError.corrupt(path: "/data/career-coach.sqlite")
    XCTAssertEqual(
      error.description,
      "/data/career-coach.sqlite is not a career-coach database or is damaged; it was left untouched."
    )
  }

  func testADamagedDatabase() throws {
    try makeDatabase(path)
    var bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
    // Keep the header, scribble over the pages.
    for index in 100..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
    try FileManager.default.removeItem(atPath: path)
    assertReportedAndUntouched(bytes, expected: isCorrupt)
  }

  func testAnotherProgramsDatabase() throws {
    let queue = try DatabaseQueue(path: path)
    try queue.write { try $0.execute(sql: "CREATE TABLE photos (id INTEGER PRIMARY KEY)") }
    try queue.close()
    let bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
    try FileManager.default.removeItem(atPath: path)
    assertReportedAndUntouched(bytes, expected: isCorrupt)
  }

  func testANewerSchema() throws {
    try makeDatabase(path)
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-from-the-future')")
    }
    try queue.close()
    let bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
    try FileManager.default.removeItem(atPath: path)
    assertReportedAndUntouched(bytes) { error in
      if case .newerSchema = error { return true }
      return false
    }
  }

  func testAReadOnlyFile() throws {
    guard getuid() != 0 else { throw XCTSkip("root can write to read-only files") }
    try makeDatabase(path)
    let bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
    XCTAssertEqual(chmod(path, 0o400), 0)
    XCTAssertThrowsError(try CoachStore(folder: folder)) { error in
      guard case .readOnly = error as? StoreError else { return XCTFail("\(error)") }
    }
    XCTAssertEqual(FileManager.default.contents(atPath: path), bytes)
  }

  /// A good career-coach database, closed and checkpointed.
  func makeDatabase(_ path: String) throws {
    do {
      let store = try CoachStore(folder: folder)
      _ = try store.startAssessment(mode: .full, years: 1, market: nil, languages: [], now: Date())
    }
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE")
    }
    try queue.close()
    for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
  }
}
