import Foundation
import XCTest

/// `career-coach job add|list|show|remove` and the `job` setting, on the built binary.
final class SavedJobCommandTests: XCTestCase {
  private var dir: URL!
  private var binary: String!

  override func setUpWithError() throws {
    dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cc-saved-job-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    binary = try binaryPath()
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: dir)
  }

  private func run(_ arguments: String...) throws -> (status: Int32, out: String, err: String) {
    let result = try shell(
      [binary, "--data-dir", dir.appendingPathComponent("data").path] + arguments)
    return (result.status, result.out, result.err)
  }

  private func ad(_ name: String, _ text: String) throws -> String {
    let url = dir.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  func testAJobIsAddedListedShownAndRemoved() throws {
    XCTAssertEqual(
      try run("job", "list").out, "No saved jobs yet: `career-coach job add FILE` saves one.\n")
    let file = try ad(
      "ad.txt", "\nSenior Backend Engineer, Payments\nGo services on Kafka and Postgres.\n")
    let added = try run("job", "add", file)
    XCTAssertEqual(added.status, 0, added.err)
    XCTAssertTrue(
      added.out.hasPrefix(
        "Saved as job-1: Senior Backend Engineer, Payments\n\nLevel: Senior Backend Developer"),
      added.out)
    XCTAssertTrue(added.out.contains("Skills the ad asks for"), added.out)

    let second = try run("job", "add", file, "--format", "json")
    let object = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(second.out.utf8)) as? [String: Any], second.out)
    XCTAssertEqual((object["job"] as? [String: Any])?["id"] as? String, "job-2")
    XCTAssertEqual(object["level"] as? String, "senior")

    let list = try run("job", "list")
    XCTAssertTrue(list.out.hasPrefix("Id     Title"), list.out)
    XCTAssertTrue(list.out.contains("job-1  Senior Backend Engineer, Payments  Senior"), list.out)
    let json = try run("job", "list", "--format", "json")
    let jobs = try XCTUnwrap(
      (JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])?["jobs"]
        as? [[String: Any]])
    XCTAssertEqual(jobs.compactMap { $0["id"] as? String }, ["job-1", "job-2"])
    XCTAssertEqual(jobs.first?["level"] as? String, "senior")

    let show = try run("job", "show", "job-1")
    XCTAssertTrue(show.out.hasPrefix("job-1: Senior Backend Engineer, Payments (added "), show.out)
    XCTAssertTrue(show.out.contains("Level: Senior Backend Developer"), show.out)

    XCTAssertEqual(
      try run("job", "remove", "job-1").out, "Removed job-1: Senior Backend Engineer, Payments.\n")
    let again = try run("job", "show", "job-1")
    XCTAssertEqual(again.status, 1)
    XCTAssertEqual(
      again.err,
      "career-coach: there is no saved job \"job-1\"; `career-coach job list` shows the saved jobs.\n"
    )
  }

  func testRemovingAnUnknownJobIsExitOneAndNamesIt() throws {
    let result = try run("job", "remove", "job-4")
    XCTAssertEqual(result.status, 1)
    XCTAssertEqual(
      result.err,
      "career-coach: there is no saved job \"job-4\"; `career-coach job list` shows the saved jobs.\n"
    )
    XCTAssertEqual(result.out, "")
  }

  func testABadFileIsRefusedAndNothingIsSaved() throws {
    let empty = try ad("empty.txt", " \n")
    let binaryAd = dir.appendingPathComponent("ad.pdf")
    try Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]).write(to: binaryAd)
    let huge = try ad("huge.txt", String(repeating: "Go and Kafka. ", count: 5_000))
    let cases: [(String, String)] = [
      (empty, "is empty; paste the ad in it first."),
      (binaryAd.path, "is not plain text (it holds binary data); save the job ad as a .txt file."),
      (huge, "is 70000 bytes, over the 64 KB a job match reads."),
    ]
    for (path, reason) in cases {
      let result = try run("job", "add", path)
      XCTAssertEqual(result.status, 1, path)
      XCTAssertEqual(result.err, "career-coach: The job ad file \(path) \(reason)\n")
      XCTAssertEqual(result.out, "")
    }
    XCTAssertEqual(
      try run("job", "list").out, "No saved jobs yet: `career-coach job add FILE` saves one.\n")
  }

  func testTheJobSettingTakesOnlyASavedIdAndIsClearedWithTheJob() throws {
    let refused = try run("config", "set", "job", "job-1")
    XCTAssertEqual(refused.status, 1)
    XCTAssertEqual(
      refused.err,
      "career-coach: job does not take \"job-1\": it takes an id from `career-coach job list`.\n")
    XCTAssertEqual(try run("job", "add", try ad("ad.txt", "Staff Engineer\nRust.\n")).status, 0)
    XCTAssertEqual(try run("config", "set", "job", "job-1").status, 0)
    XCTAssertEqual(try run("config", "get", "job").out, "job-1\n")
    XCTAssertEqual(
      try run("job", "remove", "job-1").out,
      "Removed job-1: Staff Engineer. The job setting named it and is now cleared.\n")
    XCTAssertEqual(try run("config", "get", "job").out, "not set\n")
  }

  func testSavedJobsGoThroughExportAndImportOnce() throws {
    XCTAssertEqual(try run("job", "add", try ad("ad.txt", "Data Engineer\nSpark.\n")).status, 0)
    let export = dir.appendingPathComponent("export.json").path
    XCTAssertEqual(try run("export", "--output", export).status, 0)
    XCTAssertEqual(try run("import", export).status, 0)
    XCTAssertEqual(try run("import", export).status, 0)
    let json = try run("job", "list", "--format", "json")
    let jobs = (try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])?[
      "jobs"]
    XCTAssertEqual((jobs as? [Any])?.count, 1, json.out)
  }

  func testCVCheckWithAJobListsWhatTheCVMissesForIt() throws {
    let cv = try ad(
      "cv.md",
      """
      Maria Jensen, Backend Developer
      - Built the booking API in Python and Django, serving 2M requests a day.
      - Ran Postgres on AWS RDS; tuned slow queries.
      """)
    let goAd = try ad(
      "go.txt", "Backend Engineer, Streaming\nGo services on Kafka, with PostgreSQL for state.\n")
    XCTAssertEqual(try run("job", "add", goAd).status, 0)
    for job in ["job-1", goAd] {
      let text = try run("cv-check", cv, "--job", job)
      XCTAssertEqual(text.status, 0, text.err)
      XCTAssertTrue(text.out.contains("For this job ("), text.out)
      XCTAssertTrue(text.out.contains("Asked and not in your CV (2)"), text.out)
      XCTAssertTrue(text.out.contains("    - Go\n"), text.out)
      XCTAssertTrue(
        text.out.contains(
          "Closest, line 2: \"- Built the booking API in Python and Django, serving 2M requests a day.\""
        ), text.out)
      XCTAssertTrue(text.out.contains("No line comes close."), text.out)
      XCTAssertTrue(text.out.contains("+ PostgreSQL, line 3:"), text.out)
    }
    let json = try run("cv-check", cv, "--job", "job-1", "--format", "json")
    let object = try XCTUnwrap(
      try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any], json.out)
    let section = try XCTUnwrap(object["forThisJob"] as? [String: Any])
    XCTAssertEqual(section["job"] as? String, "job-1")
    let missing = try XCTUnwrap(section["missing"] as? [[String: Any]])
    XCTAssertEqual(missing.compactMap { $0["skill"] as? String }, ["go", "message-queues"])
    let shown = try XCTUnwrap(section["shown"] as? [[String: Any]])
    XCTAssertEqual(shown.first?["skill"] as? String, "postgresql")
    XCTAssertEqual(shown.first?["line"] as? Int, 3)

    let unknown = try run("cv-check", cv, "--job", "job-5")
    XCTAssertEqual(unknown.status, 1)
    XCTAssertEqual(
      unknown.err,
      "career-coach: there is no saved job \"job-5\"; `career-coach job list` shows the saved jobs.\n"
    )
    let missingFile = dir.appendingPathComponent("gone.txt").path
    let gone = try run("cv-check", cv, "--job", missingFile)
    XCTAssertEqual(gone.status, 1)
    XCTAssertEqual(gone.err, "career-coach: The job ad file \(missingFile) does not exist.\n")
    XCTAssertEqual(gone.out, "")
  }
}
