import CoachCore
import CoachStore
import Foundation
import TestSupport
import XCTest

/// Reviews received: stored with the reviewer's ratings and comments, kept across a reopen,
/// and the same file imported twice kept once.
final class ReceivedReviewStoreTests: StoreTestCase {
  let review = Review(
    id: "7d1c-review", pack: "backend-developer", requester: "Ana", reviewer: "Bo",
    skills: ["go", "sql", "caching"], selfRatings: ["go": 3],
    ratings: ["go": 2, "sql": 3], comments: ["go": "Solid; not yet leading design."])

  func testAReviewIsStoredOnceAndReadBackWithoutTheUsersOwnRatings() throws {
    XCTAssertEqual(try store.receivedReviews(), [])
    XCTAssertTrue(try store.addReceivedReview(review, at: FixedTime.now))
    XCTAssertFalse(try store.addReceivedReview(review, at: FixedTime.now.addingTimeInterval(60)))
    store = nil
    let held = try CoachStore(folder: folder).receivedReviews()
    XCTAssertEqual(held.count, 1)
    var expected = review
    expected.requester = nil
    expected.selfRatings = nil
    XCTAssertEqual(held.first?.review, expected)
    XCTAssertEqual(held.first?.receivedAt, FixedTime.now)
  }

  func testAnotherReviewIsStoredBesideTheFirst() throws {
    var second = review
    second.id = "8e2d-review"
    second.reviewer = nil
    try store.addReceivedReview(review, at: FixedTime.now)
    try store.addReceivedReview(second, at: FixedTime.now)
    XCTAssertEqual(try store.receivedReviews().map(\.review.id), ["7d1c-review", "8e2d-review"])
    XCTAssertNil(try store.receivedReviews()[1].review.reviewer)
  }

  func testAnOverlongCommentIsRefusedAndNothingStored() throws {
    var long = review
    long.comments["sql"] = String(repeating: "x", count: 2_001)
    XCTAssertThrowsError(try store.addReceivedReview(long, at: FixedTime.now)) { error in
      XCTAssertEqual(
        "\(error)".contains("the comment on sql is over the limit of 2000 characters"), true,
        "\(error)")
    }
    XCTAssertEqual(try store.receivedReviews(), [])
  }
}

extension ReceivedReviewStoreTests {
  func testAnExportCarriesTheReviewsReceivedAndImportingTwiceAddsThemOnce() throws {
    try store.addReceivedReview(review, at: FixedTime.now)
    let export = try store.exportJSON(now: FixedTime.now)
    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    let second = try CoachStore(folder: other)
    let first = try second.importJSON(export, pack: StoreFixture.pack)
    XCTAssertEqual(first.receivedReviews, 1)
    XCTAssertTrue(first.description.contains("1 review received"), first.description)
    let again = try second.importJSON(export, pack: StoreFixture.pack)
    XCTAssertEqual(again.receivedReviews, 0)
    XCTAssertEqual(again.alreadyPresent, first.alreadyPresent + 1)
    XCTAssertEqual(try second.receivedReviews(), try store.receivedReviews())
  }

  func testAnExportedReviewOfAnUnknownSkillIsRefusedWithNothingStored() throws {
    try store.addReceivedReview(review, at: FixedTime.now)
    let export = try store.exportJSON(now: FixedTime.now)
    let text = String(decoding: export, as: UTF8.self).replacingOccurrences(
      of: "\"caching\"", with: "\"cobol\"")
    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    let second = try CoachStore(folder: other)
    XCTAssertThrowsError(try second.importJSON(Data(text.utf8), pack: StoreFixture.pack)) {
      XCTAssertTrue(
        "\($0)".contains("receivedReviews[0] names the unknown skill \"cobol\""), "\($0)")
    }
    XCTAssertEqual(try second.receivedReviews(), [])
  }
}
