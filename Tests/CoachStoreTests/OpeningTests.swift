import CoachCore
import CoachStore
import Foundation
import GRDB
import XCTest

final class OpeningTests: StoreTestCase {
  func testMigratesAnEmptyFolderAndReopens() throws {
    XCTAssertEqual(try store.summaries(), [])
    XCTAssertEqual(
      try store.settings(), Settings(hoursPerWeek: 5, targetLevel: nil, objectives: []))
    let started = try store.startAssessment(
      mode: .full, years: 2, market: "dk", languages: ["go"], now: StoreFixture.date(0))
    store = nil
    let reopened = try CoachStore(folder: folder)
    XCTAssertEqual(try reopened.assessment(id: started.id), started)
    let tables = try DatabaseQueue(path: databasePath).read { db in
      try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    }
    XCTAssertEqual(
      tables,
      [
        "answer", "assessment", "card", "draft", "evidence", "evidenceSkill",
        "grdb_migrations", "job", "mockAnswer", "mockInterview", "receivedReview", "review",
        "settings",
        "sqlite_sequence", "starAnswer",
      ])
    let journal = try DatabaseQueue(path: databasePath).read { db in
      try String.fetchOne(db, sql: "PRAGMA journal_mode")
    }
    XCTAssertEqual(journal, "wal")
  }

  func testAnEmptyExistingFileIsMigrated() throws {
    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
    let path = other.appendingPathComponent("career-coach.sqlite").path
    XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data()))
    let store = try CoachStore(folder: other)
    XCTAssertEqual(try store.summaries(), [])
  }

  func testFolderIs0700AndFiles0600WhateverTheUmask() throws {
    let other = StoreFixture.folder().appendingPathComponent("nested/data")
    defer { try? FileManager.default.removeItem(at: other.deletingLastPathComponent()) }
    let old = umask(0)
    defer { umask(old) }
    let store = try CoachStore(folder: other)
    _ = try store.startAssessment(mode: .quick, years: nil, market: nil, languages: [], now: Date())
    XCTAssertEqual(try StoreFixture.mode(of: other.path), 0o700)
    let path = other.appendingPathComponent("career-coach.sqlite").path
    for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
      XCTAssertEqual(try StoreFixture.mode(of: path + suffix), 0o600, suffix)
    }
    XCTAssertTrue(FileManager.default.fileExists(atPath: path + "-wal"))
  }

  func testDefaultFolder() {
    XCTAssertEqual(
      CoachStore.defaultFolder(environment: ["CAREER_COACH_HOME": "/x/y", "XDG_DATA_HOME": "/d"])
        .path, "/x/y")
    XCTAssertEqual(
      CoachStore.defaultFolder(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]).path,
      "/d/career-coach")
    XCTAssertEqual(
      CoachStore.defaultFolder(environment: ["HOME": "/h"]).path, "/h/.local/share/career-coach")
    XCTAssertEqual(
      CoachStore.defaultFolder(environment: ["XDG_DATA_HOME": "", "HOME": "/h"]).path,
      "/h/.local/share/career-coach")
  }

  func testAFileInTheWayOfTheFolder() throws {
    let file = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: file) }
    XCTAssertTrue(FileManager.default.createFile(atPath: file.path, contents: Data("x".utf8)))
    XCTAssertThrowsError(try CoachStore(folder: file)) { error in
      guard case .cannotCreateFolder(let path, _) = error as? StoreError else {
        return XCTFail("\(error)")
      }
      XCTAssertEqual(path, file.path)
      XCTAssertTrue("\(error)".contains(file.path))
    }
  }
}
