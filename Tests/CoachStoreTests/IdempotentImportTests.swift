import CoachCore
import Foundation
import GRDB
import XCTest

@testable import CoachStore

/// Exported records keep a stable id: importing what is stored adds nothing, a file from
/// before stable ids is matched by content, and a record whose id is stored with other
/// content is listed, never merged.
final class IdempotentImportTests: StoreTestCase {
  let t0 = StoreFixture.date(0)

  func fill() throws {
    let assessment = try store.startAssessment(
      mode: .full, years: 5, market: "dk", languages: ["go"], now: t0)
    try store.saveAnswer(
      assessment: assessment.id, skill: "go", answer: SkillAnswer(rating: 3), position: 1)
    try store.recordReview(question: "q-sql", grade: .good, at: t0 + 10, secondsSpent: 4)
    try store.recordReview(question: "q-go", grade: .again, at: t0 + 20, secondsSpent: 9)
    _ = try store.saveStarAnswer(
      StarAnswer(situation: "S", task: "T", action: "A", result: "R"), question: "q-go",
      now: t0 + 30)
  }

  func object(_ data: Data) throws -> [String: Any] {
    try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  func testEveryExportedRecordHasItsOwnStableID() throws {
    try fill()
    let file = try object(try store.exportJSON())
    var uids: [String] = []
    for list in ["assessments", "reviews", "starAnswers"] {
      let records = try XCTUnwrap(file[list] as? [[String: Any]], list)
      uids += records.compactMap { $0["uid"] as? String }
      XCTAssertEqual(records.compactMap { $0["uid"] as? String }.count, records.count, list)
    }
    XCTAssertEqual(Set(uids).count, 4)
    XCTAssertTrue(uids.allSatisfy { $0.count == 32 }, "\(uids)")
  }

  func testImportingTwiceIntoAnotherStoreAddsOnce() throws {
    try fill()
    let data = try store.exportJSON(now: t0)
    let copy = try CoachStore(folder: otherFolder())
    let first = try copy.importJSON(data, pack: StoreFixture.pack)
    XCTAssertEqual(
      [first.assessments, first.reviews, first.starAnswers, first.alreadyPresent], [1, 2, 1, 0])
    let second = try copy.importJSON(data, pack: StoreFixture.pack)
    XCTAssertEqual(second.description, "nothing")
    XCTAssertEqual(second.alreadyPresent, 6, "1 assessment, 2 reviews, 1 STAR answer, 2 cards")
    XCTAssertEqual(try copy.exportJSON(now: t0), data, "the stable ids travelled")
  }

  func testAFileFromBeforeStableIDsIsMatchedByContent() throws {
    try fill()
    var file = try object(try store.exportJSON(now: t0))
    for list in ["assessments", "reviews", "starAnswers"] {
      file[list] = (file[list] as? [[String: Any]])?.map { $0.filter { $0.key != "uid" } }
    }
    let old = try JSONSerialization.data(withJSONObject: file)
    XCTAssertFalse(String(decoding: old, as: UTF8.self).contains("uid"))
    let summary = try store.importJSON(old, pack: StoreFixture.pack)
    XCTAssertEqual(summary.description, "nothing")
    XCTAssertEqual(summary.alreadyPresent, 6)
    let copy = try CoachStore(folder: otherFolder())
    XCTAssertEqual(try copy.importJSON(old, pack: StoreFixture.pack).assessments, 1)
    XCTAssertEqual(try copy.importJSON(old, pack: StoreFixture.pack).alreadyPresent, 6)
    XCTAssertEqual(try copy.summaries().count, 1)
  }

  func testARecordChangedUnderTheSameIDIsListedAndNotMerged() throws {
    try fill()
    var file = try object(try store.exportJSON(now: t0))
    var assessments = try XCTUnwrap(file["assessments"] as? [[String: Any]])
    let uid = try XCTUnwrap(assessments[0]["uid"] as? String)
    let started = try XCTUnwrap(assessments[0]["startedAt"] as? String)
    assessments[0]["years"] = 9
    file["assessments"] = assessments
    let changed = try JSONSerialization.data(withJSONObject: file)
    let before = try store.assessments()
    let summary = try store.importJSON(changed, pack: StoreFixture.pack)
    XCTAssertEqual(summary.description, "nothing")
    XCTAssertEqual(summary.alreadyPresent, 5)
    XCTAssertEqual(summary.conflicts, ["the assessment \(uid) started \(started)"])
    XCTAssertEqual(try store.assessments(), before, "the stored assessment is unchanged")
  }

  func testAChangedCardIsAConflict() throws {
    try fill()
    let data = try store.exportJSON(now: t0)
    try store.recordReview(question: "q-sql", grade: .easy, at: t0 + 900, secondsSpent: 2)
    let cards = try store.cardStates()
    let summary = try store.importJSON(data, pack: StoreFixture.pack)
    XCTAssertEqual(summary.conflicts, ["the flashcard of question \"q-sql\""])
    XCTAssertEqual(try store.cardStates(), cards)
  }

  func testDuplicateOrMalformedStableIDsAreRefused() throws {
    try fill()
    var file = try object(try store.exportJSON(now: t0))
    var reviews = try XCTUnwrap(file["reviews"] as? [[String: Any]])
    reviews[1]["uid"] = reviews[0]["uid"]
    file["reviews"] = reviews
    XCTAssertThrowsError(
      try store.importJSON(
        try JSONSerialization.data(withJSONObject: file), pack: StoreFixture.pack)
    ) { XCTAssertTrue("\($0)".contains("appears twice in reviews"), "\($0)") }
    reviews[1]["uid"] = "a b"
    file["reviews"] = reviews
    XCTAssertThrowsError(
      try store.importJSON(
        try JSONSerialization.data(withJSONObject: file), pack: StoreFixture.pack)
    ) { XCTAssertTrue("\($0)".contains("reviews[1].uid is not"), "\($0)") }
  }

  /// Rows stored before stable ids get one when the database is upgraded.
  func testTheUpgradeGivesExistingRowsStableIDs() throws {
    let folder = otherFolder()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("career-coach.sqlite").path
    do {
      let queue = try DatabaseQueue(path: path)
      try Schema.migrator.migrate(queue, upTo: "mock-interviews")
      try queue.write { db in
        try db.execute(
          sql: "INSERT INTO assessment (mode, startedAt) VALUES ('quick', 1), ('full', 2)")
      }
      try queue.close()
    }
    let upgraded = try CoachStore(folder: folder)
    let file = try object(try upgraded.exportJSON())
    let uids = try XCTUnwrap(file["assessments"] as? [[String: Any]]).compactMap {
      $0["uid"] as? String
    }
    XCTAssertEqual(Set(uids).count, 2)
  }

  func otherFolder() -> URL {
    let folder = StoreFixture.folder()
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    return folder
  }
}
