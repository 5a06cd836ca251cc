import CoachCore
import CoachStore
import Foundation
import XCTest

/// The evidence log: entries with their skills in order, ids never given twice, every field
/// checked before anything is stored, and export and import that add nothing twice.
final class EvidenceStoreTests: StoreTestCase {
  let pack = StoreFixture.pack

  func draft(
    _ text: String, skills: [String] = ["sql"], day: String = "2026-03-02",
    outcome: String? = nil, reference: String? = nil
  ) -> EvidenceDraft {
    EvidenceDraft(day: day, skills: skills, text: text, outcome: outcome, reference: reference)
  }

  func testAnEntryIsStoredTidiedWithItsSkillsInOrder() throws {
    XCTAssertEqual(try store.evidence(), [])
    let entry = try store.addEvidence(
      draft(
        "  Cut the report query from 9 s to 300 ms with a covering index.\n",
        skills: ["sql", "caching", "sql"], outcome: " p95 below 400 ms ", reference: "  "),
      pack: pack)
    XCTAssertEqual(
      entry,
      EvidenceEntry(
        id: "evidence-1", day: "2026-03-02", skills: ["sql", "caching"],
        text: "Cut the report query from 9 s to 300 ms with a covering index.",
        outcome: "p95 below 400 ms", reference: nil))
    XCTAssertEqual(try store.evidence(id: "evidence-1"), entry)
    XCTAssertNil(try store.evidence(id: "evidence-2"))
    XCTAssertNil(try store.evidence(id: "job-1"))
    store = nil
    XCTAssertEqual(try CoachStore(folder: folder).evidence(), [entry])
  }

  func testEntriesListByDayAndBySkill() throws {
    try store.addEvidence(draft("Later", skills: ["go"], day: "2026-04-01"), pack: pack)
    try store.addEvidence(draft("Earlier", skills: ["sql", "go"], day: "2026-01-15"), pack: pack)
    try store.addEvidence(draft("Same day", skills: ["sql"], day: "2026-04-01"), pack: pack)
    XCTAssertEqual(try store.evidence().map(\.text), ["Earlier", "Later", "Same day"])
    XCTAssertEqual(try store.evidence(forSkill: "go").map(\.text), ["Earlier", "Later"])
    XCTAssertEqual(try store.evidence(forSkill: "sql").map(\.id), ["evidence-2", "evidence-3"])
    XCTAssertEqual(try store.evidence(forSkill: "java"), [])
  }

  func testRemovingAnEntryKeepsItsIdUnusedAndAnUnknownIdThrows() throws {
    try store.addEvidence(draft("One"), pack: pack)
    try store.addEvidence(draft("Two"), pack: pack)
    try store.removeEvidence(id: "evidence-2")
    XCTAssertEqual(try store.addEvidence(draft("Three"), pack: pack).id, "evidence-3")
    XCTAssertThrowsError(try store.removeEvidence(id: "evidence-2")) {
      XCTAssertEqual($0 as? StoreError, .noSuchEvidence("evidence-2"))
      XCTAssertEqual(
        "\($0)",
        "there is no evidence entry \"evidence-2\"; `career-coach evidence list` shows them.")
    }
    XCTAssertThrowsError(try store.removeEvidence(id: "2"))
    XCTAssertEqual(try store.evidence().map(\.id), ["evidence-1", "evidence-3"])
  }

  func testEachBadFieldIsNamedAndNothingIsStored() {
    let cases: [(EvidenceDraft, String)] = [
      (draft("Did it", skills: []), "cannot save: the evidence names no skill."),
      (
        draft("Did it", skills: ["sql", "cobol"]),
        "cannot save: the skill \"cobol\" is not in the content pack."
      ),
      (draft(" \n\t"), "cannot save: the text is empty."),
      (
        draft("Did it", day: "2026-02-30"),
        "cannot save: the date \"2026-02-30\" is not a day written YYYY-MM-DD."
      ),
      (
        draft(String(repeating: "a", count: TextLimits.evidenceText + 1)),
        "cannot save: the text is over the limit of 8000 characters."
      ),
      (
        draft("Did it", outcome: String(repeating: "b", count: TextLimits.evidenceOutcome + 1)),
        "cannot save: the outcome is over the limit of 2000 characters."
      ),
      (
        draft("Did it", reference: String(repeating: "c", count: 501)),
        "cannot save: the reference is over the limit of 500 characters."
      ),
    ]
    for (bad, message) in cases {
      XCTAssertThrowsError(try store.addEvidence(bad, pack: pack)) {
        XCTAssertEqual("\($0)", message)
      }
    }
    XCTAssertEqual(try store.evidence(), [])
  }

  func testImportingAnExportTwiceAddsTheEntriesOnce() throws {
    try store.addEvidence(
      draft("Led the Postgres 15 upgrade", outcome: "No downtime", reference: "OPS-412"),
      pack: pack)
    try store.addEvidence(draft("Added a Redis cache", skills: ["caching", "go"]), pack: pack)
    let export = try store.exportJSON()
    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    let copy = try CoachStore(folder: other)
    try copy.addEvidence(draft("Someone else's evidence", skills: ["java"]), pack: pack)
    let first = try copy.importJSON(export, pack: pack)
    XCTAssertEqual(first.evidence, 2)
    XCTAssertEqual(first.description, "2 evidence entries")
    let second = try copy.importJSON(export, pack: pack)
    XCTAssertEqual(second.evidence, 0)
    XCTAssertEqual(second.alreadyPresent, 2)
    let entries = try copy.evidence()
    XCTAssertEqual(
      entries.map(\.text),
      ["Someone else's evidence", "Led the Postgres 15 upgrade", "Added a Redis cache"])
    // evidence-1 was given out here, so the file's first entry gets a new id.
    XCTAssertEqual(entries.map(\.id), ["evidence-1", "evidence-2", "evidence-3"])
    XCTAssertEqual(entries[1].reference, "OPS-412")
    XCTAssertEqual(entries[1].outcome, "No downtime")
    XCTAssertEqual(entries[2].skills, ["caching", "go"])
  }

  func testAnExportFromBeforeTheEvidenceLogStillImports() throws {
    try store.addEvidence(draft("Kept"), pack: pack)
    var file = try XCTUnwrap(
      JSONSerialization.jsonObject(with: try store.exportJSON()) as? [String: Any])
    XCTAssertEqual((file["evidence"] as? [Any])?.count, 1)
    file["evidence"] = nil
    let data = try JSONSerialization.data(withJSONObject: file)
    XCTAssertEqual(try store.importJSON(data, pack: pack).evidence, 0)
    XCTAssertEqual(try store.evidence().map(\.text), ["Kept"])
  }

  func testABadEntryInAnImportStoresNothing() throws {
    try store.addEvidence(draft("Real"), pack: pack)
    let export = try XCTUnwrap(
      JSONSerialization.jsonObject(with: try store.exportJSON()) as? [String: Any])
    let cases: [(String, Any, String)] = [
      ("skills", ["cobol"], "in evidence[0], the skill \"cobol\" is not in the content pack"),
      ("skills", ["sql", "sql"], "evidence[0] names a skill twice"),
      ("text", "  ", "in evidence[0], the text is empty"),
      ("day", "03/02/2026", "in evidence[0], the date \"03/02/2026\" is not a day written"),
      ("id", 0, "evidence[0] has an id below 1"),
    ]
    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    let copy = try CoachStore(folder: other)
    for (key, value, problem) in cases {
      var file = export
      var entries = try XCTUnwrap(file["evidence"] as? [[String: Any]])
      entries[0][key] = value
      entries[0]["uid"] = nil
      file["evidence"] = entries
      let data = try JSONSerialization.data(withJSONObject: file)
      XCTAssertThrowsError(try copy.importJSON(data, pack: pack)) {
        XCTAssertTrue("\($0)".contains(problem), "\($0)")
      }
    }
    XCTAssertEqual(try copy.evidence(), [])
  }
}
