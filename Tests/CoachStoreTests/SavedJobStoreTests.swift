import CoachCore
import CoachStore
import Foundation
import XCTest

/// Saved job ads: ids that are never given twice, the title from the first line, the limits,
/// removal clearing the `job` setting, and export and import that add nothing twice.
final class SavedJobStoreTests: StoreTestCase {
  let ad = "\n  Senior Backend Engineer (Go)  \nWe run Kafka and PostgreSQL.\n"

  func testAJobGetsAnIdATitleAndComesBack() throws {
    XCTAssertEqual(try store.jobs(), [])
    let job = try store.addJob(text: ad, at: StoreFixture.date(0))
    XCTAssertEqual(job.id, "job-1")
    XCTAssertEqual(job.title, "Senior Backend Engineer (Go)")
    XCTAssertEqual(job.text, ad)
    XCTAssertEqual(job.addedAt, StoreFixture.date(0))
    XCTAssertEqual(try store.job(id: "job-1"), job)
    XCTAssertNil(try store.job(id: "job-2"))
    XCTAssertNil(try store.job(id: "nonsense"))
    store = nil
    XCTAssertEqual(try CoachStore(folder: folder).jobs(), [job])
  }

  func testIdsAreNeverGivenAgain() throws {
    try store.addJob(text: "One")
    try store.addJob(text: "Two")
    try store.removeJob(id: "job-2")
    XCTAssertEqual(try store.addJob(text: "Three").id, "job-3")
    XCTAssertEqual(try store.jobs().map(\.id), ["job-1", "job-3"])
  }

  func testALongTitleIsCut() {
    let title = SavedJob.title(of: String(repeating: "word ", count: 40))
    XCTAssertEqual(title.count, SavedJob.titleLength)
    XCTAssertTrue(title.hasSuffix("…"))
    XCTAssertEqual(SavedJob.title(of: " \n---\n"), "Untitled job")
  }

  func testABlankOrHugeAdIsRefusedAndNothingStored() {
    XCTAssertThrowsError(try store.addJob(text: " \n\t")) {
      XCTAssertEqual("\($0)", "cannot save: the job ad is empty.")
    }
    XCTAssertThrowsError(try store.addJob(text: String(repeating: "a", count: 64_001))) {
      XCTAssertTrue("\($0)".contains("64000 characters"), "\($0)")
    }
    XCTAssertEqual(try store.jobs(), [])
  }

  func testRemovingAnUnknownJobThrowsAndRemovingTheChosenOneClearsTheSetting() throws {
    try store.addJob(text: ad)
    XCTAssertThrowsError(try store.removeJob(id: "job-7")) {
      XCTAssertEqual($0 as? StoreError, .noSuchJob("job-7"))
      XCTAssertEqual(
        "\($0)",
        "there is no saved job \"job-7\"; `career-coach job list` shows the saved jobs.")
    }
    var config = try store.userConfig()
    XCTAssertEqual(config.savedJobs, ["job-1"])
    try ConfigKey.job.set("job-1", in: &config, pack: StoreFixture.pack)
    try store.save(config)
    XCTAssertEqual(try store.settings().job, "job-1")
    try store.removeJob(id: "job-1")
    XCTAssertNil(try store.settings().job)
    XCTAssertEqual(try store.jobs(), [])
  }

  func testImportingAnExportTwiceAddsTheJobsOnce() throws {
    try store.addJob(text: ad, at: StoreFixture.date(0))
    try store.addJob(text: "Data Engineer\nSpark.", at: StoreFixture.date(60))
    try store.updateSettings { $0.job = "job-2" }
    let export = try store.exportJSON()
    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    let copy = try CoachStore(folder: other)
    try copy.addJob(text: "Someone else's job")
    let first = try copy.importJSON(export, pack: StoreFixture.pack)
    XCTAssertEqual(first.jobs, 2)
    XCTAssertEqual(first.description, "2 saved jobs")
    let second = try copy.importJSON(export, pack: StoreFixture.pack)
    XCTAssertEqual(second.jobs, 0)
    XCTAssertEqual(second.alreadyPresent, 2)
    let jobs = try copy.jobs()
    XCTAssertEqual(
      jobs.map(\.title), ["Someone else's job", "Senior Backend Engineer (Go)", "Data Engineer"])
    // job-1 was given out here, so the file's jobs get new ids, and the setting follows.
    XCTAssertEqual(jobs.map(\.id), ["job-1", "job-2", "job-3"])
    XCTAssertEqual(try copy.settings().job, "job-3")
  }

  func testAnImportIntoAnEmptyStoreKeepsTheIdsButNeverOneGivenOutBefore() throws {
    try store.addJob(text: "One")
    try store.addJob(text: "Two")
    try store.removeJob(id: "job-1")
    let export = try store.exportJSON()
    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    let copy = try CoachStore(folder: other)
    _ = try copy.importJSON(export, pack: StoreFixture.pack)
    XCTAssertEqual(try copy.jobs().map(\.id), ["job-2"])
    try copy.addJob(text: "Three")
    try copy.removeJob(id: "job-3")
    try store.removeJob(id: "job-2")
    try store.addJob(text: "Four")
    _ = try copy.importJSON(try store.exportJSON(), pack: StoreFixture.pack)
    // The file's job-3 is new here, but job-3 was given out and removed: it gets job-4.
    XCTAssertEqual(try copy.jobs().map(\.id), ["job-2", "job-4"])
    XCTAssertEqual(try copy.job(id: "job-4")?.text, "Four")
  }

  func testAnExportFromBeforeSavedJobsStillImports() throws {
    var file = try XCTUnwrap(
      JSONSerialization.jsonObject(with: try store.exportJSON()) as? [String: Any])
    file["jobs"] = nil
    let data = try JSONSerialization.data(withJSONObject: file)
    XCTAssertEqual(try store.importJSON(data, pack: StoreFixture.pack).jobs, 0)
  }

  func testABadJobInAnImportStoresNothing() throws {
    try store.addJob(text: ad)
    var file = try XCTUnwrap(
      JSONSerialization.jsonObject(with: try store.exportJSON()) as? [String: Any])
    var jobs = try XCTUnwrap(file["jobs"] as? [[String: Any]])
    jobs[0]["text"] = "   "
    file["jobs"] = jobs
    let other = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: other) }
    let copy = try CoachStore(folder: other)
    XCTAssertThrowsError(
      try copy.importJSON(try JSONSerialization.data(withJSONObject: file), pack: StoreFixture.pack)
    ) {
      XCTAssertTrue("\($0)".contains("in jobs[0], the job ad is empty"), "\($0)")
    }
    XCTAssertEqual(try copy.jobs(), [])
  }
}
