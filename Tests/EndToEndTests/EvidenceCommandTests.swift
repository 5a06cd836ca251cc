import Foundation
import XCTest

/// `career-coach evidence add|list|remove` on the built binary: entries added with every
/// field, listed as text and JSON, filtered by skill, removed; each bad field refused in one
/// sentence naming it, exit 1, nothing stored; and entries that travel in an export.
final class EvidenceCommandTests: CommandLineTestCase {
  func testEntriesAreAddedListedFilteredAndRemoved() throws {
    let empty = try run("evidence", "list")
    XCTAssertEqual(empty.status, 0, empty.err)
    XCTAssertEqual(
      empty.out,
      "No evidence yet: `career-coach evidence add --skill ID --text TEXT` adds some.\n")

    let first = try run(
      "evidence", "add", "--skill", "sql", "--skill", "caching", "--text",
      "Cut the report query from 9 s to 300 ms", "--outcome", "Month-end close no longer times out",
      "--reference", "OPS-412", "--date", "2026-03-02")
    XCTAssertEqual(first.status, 0, first.err)
    XCTAssertEqual(
      first.out, "Added evidence-1 for SQL, Caching (Redis, Memcached), dated 2026-03-02.\n")
    let second = try run(
      "evidence", "add", "--skill", "go", "--text", "Wrote the retry library", "--date",
      "2026-01-20")
    XCTAssertEqual(second.out, "Added evidence-2 for Go, dated 2026-01-20.\n", second.err)

    XCTAssertEqual(
      try run("evidence", "list").out,
      """
      evidence-2  2026-01-20  Go
        Wrote the retry library

      evidence-1  2026-03-02  SQL, Caching (Redis, Memcached)
        Cut the report query from 9 s to 300 ms
        Outcome: Month-end close no longer times out
        Reference: OPS-412

      """)
    let filtered = try json(try run("evidence", "list", "--skill", "sql", "--format", "json").out)
    let entries = try XCTUnwrap(filtered["evidence"] as? [[String: Any]])
    XCTAssertEqual(entries.count, 1)
    XCTAssertEqual(entries[0]["id"] as? String, "evidence-1")
    XCTAssertEqual(entries[0]["date"] as? String, "2026-03-02")
    XCTAssertEqual(entries[0]["skills"] as? [String], ["sql", "caching"])
    XCTAssertEqual(entries[0]["reference"] as? String, "OPS-412")
    XCTAssertEqual(
      try run("evidence", "list", "--skill", "kubernetes").out,
      "No evidence for Kubernetes yet: `career-coach evidence add --skill ID --text TEXT` adds some.\n"
    )

    XCTAssertEqual(
      try run("evidence", "remove", "evidence-1").out,
      "Removed evidence-1: Cut the report query from 9 s to 300 ms.\n")
    let again = try run("evidence", "remove", "evidence-1")
    XCTAssertEqual(again.status, 1)
    XCTAssertEqual(
      again.err,
      "career-coach: there is no evidence entry \"evidence-1\"; `career-coach evidence list` shows them.\n"
    )
    let left = try json(try run("evidence", "list", "--format", "json").out)
    XCTAssertEqual(
      (left["evidence"] as? [[String: Any]])?.compactMap { $0["id"] as? String },
      [
        "evidence-2"
      ])
  }

  func testTheDateIsTodayWhenLeftOut() throws {
    // `shell` runs /usr/bin/env, so a leading NAME=value sets the time zone.
    let added = try shell([
      "TZ=UTC", binary, "evidence", "add", "--skill", "sql", "--text", "Tuned a query",
      "--data-dir", dataDir,
    ])
    XCTAssertEqual(added.status, 0, added.err)
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd"
    formatter.timeZone = TimeZone(identifier: "UTC")
    let today = formatter.string(from: Date())
    XCTAssertTrue(added.out.hasSuffix("dated \(today).\n"), added.out)
  }

  func testEachBadFieldIsOneSentenceExitOneAndNothingStored() throws {
    let cases: [([String], String)] = [
      (
        ["--skill", "cobol", "--text", "Did it"],
        "cannot add the evidence: the skill \"cobol\" is not in the content pack."
      ),
      (
        ["--skill", "sql", "--skill", "postgres", "--text", "Did it"],
        "cannot add the evidence: the skill \"postgres\" is not in the content pack (did you mean postgresql, PostgreSQL?)."
      ),
      (["--text", "Did it"], "cannot add the evidence: the evidence names no skill."),
      (["--skill", "sql", "--text", "  "], "cannot add the evidence: the text is empty."),
      (
        ["--skill", "sql", "--text", "Did it", "--date", "2026-02-30"],
        "cannot add the evidence: the date \"2026-02-30\" is not a day written YYYY-MM-DD."
      ),
      (
        ["--skill", "sql", "--text", "Did it", "--reference", String(repeating: "x", count: 501)],
        "cannot add the evidence: the reference is over the limit of 500 characters."
      ),
    ]
    for (arguments, message) in cases {
      let result = try shell(
        [binary, "evidence", "add"] + arguments + ["--data-dir", dataDir])
      XCTAssertEqual(result.status, 1, "\(arguments)")
      XCTAssertEqual(result.err, "career-coach: \(message)\n")
      XCTAssertEqual(result.out, "")
    }
    let unknown = try run("evidence", "list", "--skill", "cobol")
    XCTAssertEqual(unknown.status, 1)
    XCTAssertEqual(unknown.err, "career-coach: the skill \"cobol\" is not in the content pack.\n")
    XCTAssertEqual(
      try run("evidence", "list", "--skill", "Kubernetes").err,
      "career-coach: the skill \"Kubernetes\" is not in the content pack (did you mean kubernetes, Kubernetes?).\n"
    )
    XCTAssertTrue(try run("evidence", "list").out.hasPrefix("No evidence yet"))
  }

  func testEvidenceTravelsInAnExportAndASecondImportAddsNothing() throws {
    try run("evidence", "add", "--skill", "sql", "--text", "Led the Postgres upgrade")
    let file = folder.appendingPathComponent("export.json").path
    XCTAssertEqual(try run("export", "--output", file).status, 0)
    let other = folder.appendingPathComponent("other").path
    let first = try run("import", file, dataDir: other)
    XCTAssertEqual(first.status, 0, first.err)
    XCTAssertTrue(first.out.hasPrefix("Imported 1 evidence entry from "), first.out)
    let second = try run("import", file, dataDir: other)
    XCTAssertTrue(second.out.contains("; 1 already present."), second.out)
    let list = try run("evidence", "list", dataDir: other)
    XCTAssertTrue(list.out.hasPrefix("evidence-1  "), list.out)
    XCTAssertTrue(list.out.contains("  Led the Postgres upgrade\n"), list.out)
  }
}
