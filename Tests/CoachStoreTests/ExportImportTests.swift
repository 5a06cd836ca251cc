import CoachCore
import CoachStore
import Foundation
import XCTest

final class ExportImportTests: StoreTestCase {
  func testTheSummaryNamesEachKindImported() {
    let none = ImportSummary(assessments: 0, reviews: 0, mockInterviews: 0, starAnswers: 0)
    XCTAssertEqual(none.description, "nothing")
    XCTAssertEqual(
      ImportSummary(assessments: 1, reviews: 0, mockInterviews: 0, starAnswers: 0).description,
      "1 assessment")
    XCTAssertEqual(
      ImportSummary(assessments: 2, reviews: 30, mockInterviews: 1, starAnswers: 0).description,
      "2 assessments, 30 flashcard reviews and 1 mock interview")
  }

  /// Fills the store with one of everything.
  func fill() throws {
    let full = try store.startAssessment(
      mode: .full, years: 5, market: "dk", languages: ["go", "python"],
      now: StoreFixture.date(0.001))
    try store.saveAnswer(
      assessment: full.id, skill: "go", answer: SkillAnswer(rating: 3, note: "ünïcode ✓ \"q\""),
      position: 1)
    try store.saveAnswer(assessment: full.id, skill: "sql", answer: .skip(note: "n"), position: 2)
    try store.saveAnswer(
      assessment: full.id, skill: "caching", answer: SkillAnswer(rating: 0), position: 3)
    try store.finish(assessment: full.id, at: StoreFixture.date(99.999))
    let quick = try store.startAssessment(
      mode: .quick, years: nil, market: nil, languages: [], now: StoreFixture.date(-86_400 * 400))
    try store.saveCategoryAnswer(
      assessment: quick.id, category: "data", answer: SkillAnswer(rating: 4), position: 1)
    _ = try store.deepen(quick.id, now: StoreFixture.date(200))
    try store.delete(assessment: full.id - 0)  // ids need not be contiguous after import
    _ = try store.add(
      Assessment(
        mode: .full, startedAt: StoreFixture.date(300), finishedAt: StoreFixture.date(301),
        answers: ["python": SkillAnswer(rating: 2)], position: 6))
    try store.save(Settings(hoursPerWeek: 3.25, targetLevel: "mid", objectives: ["caching"]))
  }

  func testRoundTripIntoAnEmptyStoreIsLossless() throws {
    try fill()
    let data = try store.exportJSON()
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    XCTAssertEqual(object["format"] as? String, "career-coach-export")
    XCTAssertEqual(object["version"] as? Int, 1)

    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    let copy = try CoachStore(folder: other)
    XCTAssertEqual(try copy.importJSON(data, pack: StoreFixture.pack).assessments, 3)
    XCTAssertEqual(try copy.assessments(), try store.assessments())
    XCTAssertEqual(try copy.summaries(), try store.summaries())
    XCTAssertEqual(try copy.settings(), try store.settings())
    XCTAssertEqual(try copy.exportJSON(now: .distantPast), try store.exportJSON(now: .distantPast))
  }

  func testImportingWhatIsStoredAddsNothing() throws {
    try fill()
    let data = try store.exportJSON(now: .distantPast)
    let summary = try store.importJSON(data, pack: StoreFixture.pack)
    XCTAssertEqual(summary.description, "nothing")
    XCTAssertEqual(summary.alreadyPresent, 3)
    XCTAssertEqual(summary.conflicts, [])
    XCTAssertEqual(try store.exportJSON(now: .distantPast), data)
  }

  func testExportedDatesAreReadable() throws {
    _ = try store.startAssessment(
      mode: .full, years: nil, market: nil, languages: [],
      now: Date(timeIntervalSince1970: 1_714_557_600.25))
    let text = String(decoding: try store.exportJSON(), as: UTF8.self)
    XCTAssertTrue(text.contains("\"startedAt\" : \"2024-05-01T10:00:00.250Z\""), text)
  }

  /// Each bad input is refused with a sentence naming the problem, and nothing is stored.
  func testRejectsBadFilesAndStoresNothing() throws {
    try store.save(Settings(hoursPerWeek: 9, targetLevel: nil, objectives: []))
    let good = try goodExport()
    let cases: [(String, Data, String)] = [
      ("empty", Data(), "empty"),
      ("binary", Data([0x53, 0x51, 0x00, 0xFF, 0xFE, 0x01]), "binary"),
      ("truncated", good.prefix(good.count / 2), "truncated"),
      ("not an export", Data("{\"hello\": 1}".utf8), "not a career-coach export"),
      ("a list", Data("[1, 2]".utf8), "not a career-coach export"),
      (
        "newer", Data(#"{"format": "career-coach-export", "version": 2, "assessments": []}"#.utf8),
        "version 2"
      ),
      ("unknown skill", replacing(good, "\"go\"", "\"cobol\""), "unknown skill \"cobol\""),
      ("rating too high", replacing(good, "\"rating\" : 3", "\"rating\" : 7"), "outside 0-4"),
      ("rating negative", replacing(good, "\"rating\" : 3", "\"rating\" : -1"), "outside 0-4"),
      (
        "rating a string", replacing(good, "\"rating\" : 3", "\"rating\" : \"three\""),
        "rating should be a whole number"
      ),
      (
        "rating a fraction", replacing(good, "\"rating\" : 3", "\"rating\" : 2.5"),
        "rating should be a whole number"
      ),
      ("rating true", replacing(good, "\"rating\" : 3", "\"rating\" : true"), "rating should be"),
      (
        "answers a list", replacing(good, "\"answers\" : {", "\"answers\" : [1], \"x\": {"),
        "answers should be an object"
      ),
      (
        "years a string", replacing(good, "\"years\" : 5", "\"years\" : \"five\""),
        "years should be a number"
      ),
      ("unknown mode", replacing(good, "\"full\"", "\"medium\""), "\"quick\" or \"full\""),
      ("unknown market", replacing(good, "\"dk\"", "\"mars\""), "unknown market \"mars\""),
      ("bad date", replacing(good, "2023-11-14T22:13:20.000Z", "yesterday"), "startedAt"),
      (
        "unknown level", replacing(good, "\"targetLevel\" : null", "\"targetLevel\" : \"cto\""),
        "unknown level"
      ),
    ]
    for (name, data, expected) in cases {
      XCTAssertThrowsError(try store.importJSON(data, pack: StoreFixture.pack), name) { error in
        guard case .badImport(let problem) = error as? StoreError else {
          return XCTFail("\(name): \(error)")
        }
        XCTAssertTrue(problem.contains(expected), "\(name): \(problem)")
        let sentence = (error as? StoreError)?.description ?? ""
        XCTAssertEqual(sentence.filter { $0 == "\n" }.count, 0, name)
      }
      XCTAssertEqual(try store.summaries(), [], name)
      XCTAssertEqual(try store.settings().hoursPerWeek, 9, name)
    }
  }

  /// An export of one finished assessment (started at 1700000000) from another store.
  func goodExport() throws -> Data {
    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    let source = try CoachStore(folder: other)
    _ = try source.add(
      Assessment(
        mode: .full, startedAt: StoreFixture.date(0), finishedAt: StoreFixture.date(1), years: 5,
        market: "dk", answers: ["go": SkillAnswer(rating: 3)], position: 1))
    let data = try source.exportJSON()
    XCTAssertEqual(
      try store.importJSON(data, pack: StoreFixture.pack).assessments, 1, "the good file imports")
    for summary in try store.summaries() { try store.delete(assessment: summary.id) }
    try store.save(Settings(hoursPerWeek: 9, targetLevel: nil, objectives: []))
    return data
  }

  func replacing(_ data: Data, _ old: String, _ new: String) -> Data {
    let text = String(decoding: data, as: UTF8.self)
    XCTAssertTrue(text.contains(old), "the export holds \(old)")
    return Data(text.replacingOccurrences(of: old, with: new).utf8)
  }
}
