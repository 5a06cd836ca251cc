import CoachContent
import CoachCore
import Foundation
import TestSupport
import XCTest

@testable import CoachTUI

/// The reviewer's screens: the assessment screens titled with whose review it is, the
/// person's own rating beside the question only when the file carries it, and every answer
/// written into the review file, none into a store.
final class ReviewScreenTests: XCTestCase {
  private var folder: URL!
  private var file: String { folder.appendingPathComponent("review.json").path }

  override func setUpWithError() throws {
    folder = TestFolders.fresh("cc-review")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }
  override func tearDown() { try? FileManager.default.removeItem(at: folder) }

  private func loop(_ review: Review, pack: Pack) -> (AppLoop, ReviewEffects) {
    let effects = ReviewEffects(review: review, file: file, pack: pack)
    let data = AppData(pack: pack, today: FixedTime.now, calendar: FixedTime.utc)
    let state = AppState(
      root: AssessmentScreen(review: review, pack: pack), size: Size(width: 80, height: 24),
      data: data)
    return (AppLoop(state: state, effects: effects, context: DrawContext()), effects)
  }

  private func saved(_ pack: Pack) throws -> Review {
    try ReviewFile.parse(Data(contentsOf: URL(fileURLWithPath: file)), path: file, pack: pack)
  }

  private func type(_ text: String, into loop: inout AppLoop) {
    for character in text { loop.send(.key(.character(character))) }
  }

  func testTheReviewerRatesAndCommentsEachSkillIntoTheFile() throws {
    let pack = try PackLoader.shipped()
    let review = Review(
      id: "r-1", pack: pack.role.id, requester: "Ana", skills: ["sql", "go", "caching"],
      selfRatings: ["go": 3])
    var (loop, effects) = loop(review, pack: pack)
    var frame = loop.frame().text
    XCTAssertTrue(frame.contains("Review for Ana"), frame)
    XCTAssertTrue(frame.contains("0/3 answered"), frame)
    XCTAssertFalse(frame.contains("Evidence"), "a reviewer keeps no evidence:\n\(frame)")
    let first = try XCTUnwrap((loop.state.top as? AssessmentScreen)?.current)
    // Questions come in the pack's order, whatever the file's.
    XCTAssertEqual(
      first.id,
      AssessmentQuestion.all(for: .full, pack: pack).first {
        ["sql", "go", "caching"].contains($0.id)
      }?.id)
    var shownFor: [String] = []
    func noteShown(_ loop: AppLoop) {
      guard let current = (loop.state.top as? AssessmentScreen)?.current else { return }
      if loop.frame().text.contains("Their own rating: 3 Proficient") {
        shownFor.append(current.id)
      }
    }
    noteShown(loop)

    loop.send(.key(.character("n")))
    type("Strong on joins", into: &loop)
    loop.send(.key(.enter))
    loop.send(.key(.character("2")))
    XCTAssertEqual(try saved(pack).ratings[first.id], 2)
    XCTAssertEqual(try saved(pack).comments[first.id], "Strong on joins")
    frame = loop.frame().text
    XCTAssertTrue(frame.contains("1/3 answered"), frame)
    noteShown(loop)
    loop.send(.key(.character("s")))
    XCTAssertFalse(loop.state.quitting)
    noteShown(loop)
    loop.send(.key(.character("4")))
    XCTAssertEqual(shownFor, ["go"], "the own rating is shown beside its skill alone")
    XCTAssertTrue(loop.state.quitting, "the last answer saves the file and ends the review")
    let done = try saved(pack)
    XCTAssertEqual(done.ratings.count, 2)
    XCTAssertEqual(done.selfRatings, ["go": 3])
    XCTAssertEqual(effects.saved, done)
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
  }

  func testHiddenRatingsAreNeverShownAndAFilledReviewReopensWhereItStopped() throws {
    let pack = try PackLoader.shipped()
    let review = Review(
      id: "r-2", pack: pack.role.id, skills: ["go", "sql"], ratings: ["go": 1])
    let (loop, _) = loop(review, pack: pack)
    let frame = loop.frame().text
    XCTAssertFalse(frame.contains("Their own rating"), frame)
    XCTAssertTrue(frame.contains("Review"), frame)
    let screen = try XCTUnwrap(loop.state.top as? AssessmentScreen)
    XCTAssertEqual(screen.current.map { review.ratings[$0.id] == nil }, true)
  }
}

extension ReviewScreenTests {
  /// Random keys never crash the review window, never open a screen that needs a store, and
  /// leave in the file only what the screen shows as answered.
  func testRandomKeysKeepTheFileAndTheScreenInStep() throws {
    let pack = try PackLoader.shipped()
    let skills = Array(pack.skills.map(\.id).prefix(12))
    let review = Review(
      id: "r-3", pack: pack.role.id, requester: "Ana", skills: skills,
      selfRatings: [skills[0]: 2])
    var (loop, effects) = loop(review, pack: pack)
    var random = SeededGenerator(seed: 19)
    for _ in 0..<800 where !loop.state.quitting {
      loop.send(.key(RandomKeysTests.keys.randomElement(using: &random) ?? .enter))
      _ = loop.frame()
    }
    let written = FileManager.default.fileExists(atPath: file) ? try saved(pack) : review
    XCTAssertEqual(effects.saved, written)
    XCTAssertFalse(written.ratings.isEmpty, "the random keys rated nothing")
    XCTAssertEqual(written.skills, skills)
    XCTAssertTrue(written.ratings.keys.allSatisfy(skills.contains))
    if let screen = loop.state.stack.first as? AssessmentScreen {
      XCTAssertEqual(screen.review?.ratings, written.ratings)
    }
  }
}
