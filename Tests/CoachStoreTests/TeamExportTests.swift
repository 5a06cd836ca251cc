import CoachCore
import CoachStore
import Foundation
import XCTest

/// The name an export carries, and what `career-coach team` reads from an export: the name
/// and the latest finished assessment, with the checks of an import.
final class TeamExportTests: StoreTestCase {
  private func finished(_ ratings: [String: Rating], at seconds: TimeInterval) throws {
    _ = try store.add(
      Assessment(
        mode: .full, startedAt: StoreFixture.date(seconds),
        finishedAt: StoreFixture.date(seconds + 60),
        answers: ratings.mapValues { SkillAnswer(rating: $0) }))
  }

  func testTheNameTravelsInTheExportAndBackIn() throws {
    var config = try store.userConfig()
    try ConfigKey.name.set("  Ana Sørensen ", in: &config, pack: StoreFixture.pack)
    try store.save(config)
    let data = try store.exportJSON()
    let settings = try XCTUnwrap(
      (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["settings"]
        as? [String: Any])
    XCTAssertEqual(settings["name"] as? String, "Ana Sørensen")

    let other = try CoachStore(folder: StoreFixture.folder())
    _ = try other.importJSON(data, pack: StoreFixture.pack)
    XCTAssertEqual(try other.settings().name, "Ana Sørensen")
  }

  func testTheLatestFinishedAssessmentIsRead() throws {
    try finished(["go": 1], at: 0)
    try finished(["go": 3, "sql": 2], at: 1_000)
    _ = try store.startAssessment(
      mode: .full, years: nil, market: nil, languages: [], now: StoreFixture.date(5_000))
    let export = try CoachStore.readTeamExport(try store.exportJSON(), pack: StoreFixture.pack)
    XCTAssertNil(export.name, "no name set")
    XCTAssertEqual(export.latest?.answers["go"]?.rating, 3, "the unfinished one is not used")
  }

  func testAnExportWithoutTheNameKeyStillReads() throws {
    let old = Data(
      """
      {"format": "career-coach-export", "version": 1,
       "settings": {"hoursPerWeek": 5, "objectives": []}, "assessments": []}
      """.utf8)
    let export = try CoachStore.readTeamExport(old, pack: StoreFixture.pack)
    XCTAssertNil(export.name)
    XCTAssertNil(export.latest)
    _ = try store.importJSON(old, pack: StoreFixture.pack)
    XCTAssertNil(try store.settings().name)
  }

  func testANameWithALineBreakIsRefusedOnEveryWayIn() throws {
    var config = try store.userConfig()
    XCTAssertThrowsError(try ConfigKey.name.set("Ana\nBo", in: &config, pack: StoreFixture.pack))
    XCTAssertThrowsError(
      try ConfigKey.name.set(
        String(repeating: "a", count: ConfigKey.nameLimit + 1), in: &config,
        pack: StoreFixture.pack))
    let bad = Data(
      """
      {"format": "career-coach-export", "version": 1,
       "settings": {"hoursPerWeek": 5, "objectives": [], "name": "Ana\\u001b[2J"},
       "assessments": []}
      """.utf8)
    XCTAssertThrowsError(try CoachStore.readTeamExport(bad, pack: StoreFixture.pack)) { error in
      XCTAssertTrue("\(error)".contains("name"), "\(error)")
    }
    XCTAssertThrowsError(try store.importJSON(bad, pack: StoreFixture.pack))
  }

  /// `export --for-team` shares the name and the latest finished assessment's ratings and
  /// nothing else: no notes beside ratings, no earlier assessment, no evidence, STAR stories,
  /// jobs or other settings; `team` reads it and `import` refuses it as a restore.
  func testAnExportForATeamHoldsTheNameAndLatestRatingsOnly() throws {
    var config = try store.userConfig()
    try ConfigKey.name.set("Ana Sørensen", in: &config, pack: StoreFixture.pack)
    try store.save(config)
    var settings = try store.settings()
    settings.cvPath = "/home/ana/cv-private.md"
    try store.save(settings)
    try finished(["go": 1], at: 0)
    _ = try store.add(
      Assessment(
        mode: .full, startedAt: StoreFixture.date(1_000),
        finishedAt: StoreFixture.date(1_060),
        answers: [
          "go": SkillAnswer(rating: 3, note: "Private: my manager undersells me"),
          "sql": SkillAnswer(rating: 2),
        ]))
    _ = try store.addJob(text: "Senior Go engineer at Rival Corp, Copenhagen")
    _ = try store.addEvidence(
      EvidenceDraft(day: "2026-03-02", skills: ["go"], text: "Ported the billing jobs"),
      pack: StoreFixture.pack)

    let share = try store.exportForTeamJSON()
    XCTAssertTrue(share.hasAssessment)
    let text = String(decoding: share.data, as: UTF8.self)
    for secret in ["Private", "cv-private", "Rival Corp", "billing"] {
      XCTAssertFalse(text.contains(secret), "\(secret) was shared: \(text)")
    }
    let read = try CoachStore.readTeamExport(share.data, pack: StoreFixture.pack)
    XCTAssertEqual(read.name, "Ana Sørensen")
    XCTAssertEqual(read.latest?.answers["go"]?.rating, 3)
    XCTAssertEqual(read.latest?.answers["sql"]?.rating, 2)
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: share.data) as? [String: Any])
    XCTAssertEqual((object["assessments"] as? [Any])?.count, 1)

    let other = try CoachStore(folder: StoreFixture.folder())
    XCTAssertThrowsError(try other.importJSON(share.data, pack: StoreFixture.pack)) { error in
      XCTAssertTrue("\(error)".contains("an export for a team's folder"), "\(error)")
    }
    XCTAssertEqual(try other.summaries().count, 0)
  }
}
