import CoachContent
import CoachCore
import CoachStore
import Foundation
import XCTest

@testable import CoachTUI

/// Review files as members of a team: Arne asked his lead Karin for a review and showed his
/// own ratings; Karin rated him lower in a few skills. Her view is what the lead's matrix
/// shows.
final class TeamFolderTests: XCTestCase {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("TeamFolder")

  private func read(_ folder: URL = folder) throws -> TeamFolder.Reading {
    try TeamFolder.read(folder.path, pack: PackLoader.shipped()).get()
  }

  func testAFilledReviewIsThePersonAsTheirReviewerRatedThem() throws {
    let reading = try read()
    let arne = try XCTUnwrap(reading.member(file: "arne-review.json"))
    XCTAssertEqual(arne.name, "Arne Dahl")
    XCTAssertEqual(arne.origin, .review(reviewer: "Karin Lund"))
    XCTAssertNil(arne.assessment)

    let pack = try PackLoader.shipped()
    let data = try Data(contentsOf: Self.folder.appendingPathComponent("arne-review.json"))
    let review = try ReviewFile.parse(data, path: "arne-review.json", pack: pack)
    let own = try XCTUnwrap(review.selfRatings)
    // Arne sees himself an expert at the API gateway; Karin one step lower.
    XCTAssertEqual(own["api-gateway"], 4)
    XCTAssertEqual(arne.profile?.rating(of: "api-gateway"), 3)
    XCTAssertEqual(arne.profile?.rating(of: "mentoring"), 4)
    let index = try XCTUnwrap(reading.matrix.people.firstIndex { $0.name == "Arne Dahl" })
    let gateway = try XCTUnwrap(reading.matrix.rows.first { $0.skill == "api-gateway" })
    XCTAssertEqual(gateway.ratings[index], 3)
    // With Karin's 2, Sofia alone holds Kubernetes: thin, where Arne's own view had two.
    let kubernetes = try XCTUnwrap(reading.matrix.rows.first { $0.skill == "kubernetes" })
    XCTAssertEqual(kubernetes.holders.map { reading.matrix.people[$0].name }, ["Sofia Berg"])
    XCTAssertTrue(kubernetes.isThin)

    let say = TeamSentences(reading: reading, pack: pack)
    XCTAssertTrue(
      say.originSentences.contains("Arne Dahl: review by Karin Lund, in arne-review.json."),
      "\(say.originSentences)")
    XCTAssertTrue(
      say.originSentences.contains("jonas: own assessment, in jonas.json."),
      "\(say.originSentences)")
  }

  func testAReviewNobodyRatedIsNotReadAndSaysWhy() throws {
    let reading = try read()
    XCTAssertEqual(
      reading.unreadable,
      [.init(file: "kim-review.json", problem: "no ratings yet: the reviewer has not rated it")])
    XCTAssertEqual(
      reading.matrix.people.map(\.name),
      ["Arne Dahl", "jonas", "Lars Nyberg", "Mette Holm", "Sofia Berg"])
  }

  func testAnUnratedReviewShowingOwnRatingsIsThePersonsOwnView() throws {
    let pack = try PackLoader.shipped()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("team-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = try Data(contentsOf: Self.folder.appendingPathComponent("arne-review.json"))
    var review = try ReviewFile.parse(data, path: "arne-review.json", pack: pack)
    review.ratings = [:]
    review.reviewer = nil
    try ReviewFile.encode(review, pack: pack)
      .write(to: folder.appendingPathComponent("arne.json"))
    // The same person's review twice: each column names its file.
    try data.write(to: folder.appendingPathComponent("arne-by-karin.json"))

    let reading = try read(folder)
    XCTAssertEqual(reading.member(file: "arne.json")?.origin, .selfInReview)
    XCTAssertEqual(reading.member(file: "arne.json")?.profile?.rating(of: "api-gateway"), 4)
    XCTAssertEqual(
      reading.matrix.people.map(\.name),
      ["Arne Dahl (arne-by-karin.json)", "Arne Dahl (arne.json)"])
    let say = TeamSentences(reading: reading, pack: pack)
    XCTAssertTrue(
      say.summary.hasPrefix("2 people, 2 with a finished assessment (2 from a review file)."),
      say.summary)
    XCTAssertTrue(
      say.originSentences.contains(
        "Arne Dahl (arne.json): own ratings in a review request, in arne.json."),
      "\(say.originSentences)")
  }
}

extension TeamFolderTests {
  /// A lead reads who should pair with whom: the junior with the most to learn for their next
  /// level comes first with the team's strongest, and a pair with nothing needed next comes
  /// last, its skills named, not counted.
  func testMentoringPairsWhatTheLearnerNeedsNextFirst() throws {
    let reading = try read()
    let say = TeamSentences(reading: reading, pack: try PackLoader.shipped())
    let lines = say.mentoringLines
    XCTAssertEqual(lines.count, Set(lines).count)
    let first = try XCTUnwrap(lines.first)
    XCTAssertTrue(first.hasPrefix("Arne Dahl could mentor jonas in "), first)
    XCTAssertTrue(first.contains("Performance tuning"), first)
    XCTAssertTrue(first.contains(", which jonas needs next (and in "), first)
    XCTAssertEqual(lines.last, "Arne Dahl could mentor Sofia Berg in Google Cloud Platform.")
    // Lars has no finished assessment: he neither mentors nor learns.
    XCTAssertFalse(lines.contains { $0.contains("Lars") }, "\(lines)")
  }
}
