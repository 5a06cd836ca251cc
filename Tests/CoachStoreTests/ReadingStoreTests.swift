import Foundation
import GRDB
import XCTest

@testable import CoachStore

/// A store opened only to read, as the commands that show or export data open it.
final class ReadingStoreTests: XCTestCase {
  var folder: URL!
  var path: String { folder.appendingPathComponent("career-coach.sqlite").path }

  override func setUpWithError() throws {
    folder = StoreFixture.folder()
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  func testItReadsWithoutChangingTheFileAndRefusesToWrite() throws {
    do {
      let store = try CoachStore(folder: folder)
      _ = try store.startAssessment(mode: .full, years: 3, market: nil, languages: [], now: Date())
    }
    let bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
    let reader = try CoachStore(readingFolder: folder)
    XCTAssertEqual(try reader.summaries().count, 1)
    XCTAssertThrowsError(
      try reader.startAssessment(mode: .quick, years: nil, market: nil, languages: [], now: Date())
    ) { error in
      guard case .readOnly = error as? StoreError else { return XCTFail("\(error)") }
    }
    XCTAssertEqual(FileManager.default.contents(atPath: path), bytes)
  }

  /// Another connection holding the write lock does not stop a reader.
  func testItReadsUnderAWriteLock() throws {
    do {
      let store = try CoachStore(folder: folder)
      _ = try store.startAssessment(mode: .full, years: 3, market: nil, languages: [], now: Date())
    }
    var configuration = Configuration()
    configuration.allowsUnsafeTransactions = true
    let holder = try DatabaseQueue(path: path, configuration: configuration)
    try holder.writeWithoutTransaction { try $0.execute(sql: "BEGIN EXCLUSIVE") }
    defer { try? holder.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") } }
    let started = Date()
    XCTAssertEqual(try CoachStore(readingFolder: folder).summaries().count, 1)
    XCTAssertLessThan(Date().timeIntervalSince(started), 5)
  }

  func testAMissingDatabaseIsSaidAndNotCreated() {
    XCTAssertThrowsError(try CoachStore(readingFolder: folder)) { error in
      XCTAssertTrue("\(error)".contains("no database there yet"), "\(error)")
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path))
  }

  func testADatabaseThatNeedsMigratingIsNotMigrated() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data()))
    XCTAssertThrowsError(try CoachStore(readingFolder: folder)) { error in
      guard case .cannotOpen = error as? StoreError else { return XCTFail("\(error)") }
      XCTAssertTrue("\(error)".contains("must be upgraded first"), "\(error)")
    }
    XCTAssertEqual(FileManager.default.contents(atPath: path), Data())
  }

  func testLockAndFullDiskErrorsHaveTheirOwnSentences() {
    let busy = StoreFiles.map(DatabaseError(resultCode: .SQLITE_BUSY), path: "/d/db")
    XCTAssertEqual(busy, .locked(path: "/d/db"))
    XCTAssertTrue(busy.description.contains("another program has locked /d/db"))
    let full = StoreFiles.map(DatabaseError(resultCode: .SQLITE_FULL), path: "/d/db")
    XCTAssertEqual(full, .diskFull(path: "/d/db"))
    XCTAssertTrue(full.description.hasPrefix("the disk is full: cannot save to /d/db"))
    // An I/O error on a disk with room left stays an I/O error.
    let io = StoreFiles.map(
      DatabaseError(resultCode: .SQLITE_IOERR), path: NSTemporaryDirectory() + "db")
    guard case .failed = io else { return XCTFail("\(io)") }
  }
}
