import Foundation
import XCTest

/// `questions` and `stats`, run as a script would.
final class DrillCommandTests: CommandLineTestCase {
  func questions(_ arguments: String...) throws -> [[String: Any]] {
    let result = try shell([binary, "questions", "--format", "json"] + arguments)
    XCTAssertEqual(result.status, 0, result.err)
    let list = try JSONSerialization.jsonObject(with: Data(result.out.utf8))
    return try XCTUnwrap(list as? [[String: Any]], result.out)
  }

  func testQuestionsListsThePackAndFiltersBySkillAndLevel() throws {
    let all = try questions()
    XCTAssertGreaterThan(all.count, 50)
    for key in ["id", "level", "kind", "skills", "text"] {
      XCTAssertNotNil(all.first?[key], key)
    }
    let sql = try questions("--skill", "sql")
    XCTAssertFalse(sql.isEmpty)
    XCTAssertTrue(sql.allSatisfy { ($0["skills"] as? [String])?.contains("sql") == true })
    let mid = try questions("--level", "mid")
    XCTAssertFalse(mid.isEmpty)
    XCTAssertTrue(mid.allSatisfy { $0["level"] as? String == "mid" })
    let both = try questions("--skill", "sql", "--level", "mid")
    let expected = sql.filter { $0["level"] as? String == "mid" }.compactMap { $0["id"] as? String }
    XCTAssertEqual(both.compactMap { $0["id"] as? String }, expected)

    let text = try shell([binary, "questions", "--level", "mid"])
    XCTAssertEqual(text.status, 0)
    XCTAssertTrue(text.out.hasPrefix("Id"), text.out)
    XCTAssertEqual(text.out.split(separator: "\n").count, mid.count + 1)
    for question in mid {
      XCTAssertTrue(text.out.contains(question["id"] as? String ?? "?"))
    }
  }

  func testQuestionsRefusesAnUnknownSkillOrLevel() throws {
    let skill = try shell([binary, "questions", "--skill", "cobol"])
    XCTAssertEqual(skill.status, 1)
    XCTAssertTrue(skill.err.contains("no skill \"cobol\""), skill.err)
    XCTAssertTrue(skill.out.isEmpty)
    let level = try shell([binary, "questions", "--level", "wizard"])
    XCTAssertEqual(level.status, 1)
    XCTAssertTrue(level.err.contains("no level \"wizard\""), level.err)
    XCTAssertEqual(level.err.split(separator: "\n").count, 1)
  }

  func testStatsWithoutReviews() throws {
    let text = try run("stats")
    XCTAssertEqual(text.status, 0, text.err)
    XCTAssertTrue(text.out.contains("No reviews yet"), text.out)
    let json = try run("stats", "--format", "json")
    let object = try self.json(json.out)
    XCTAssertEqual(object["reviews"] as? Int, 0)
    XCTAssertEqual((object["days"] as? [Any])?.count, 30)
  }

  /// Reviews imported from an export show in both formats.
  func testStatsAfterImportedReviews() throws {
    let first = try XCTUnwrap(try questions().first?["id"] as? String)
    let now = Date()
    let iso = ISO8601DateFormatter()
    let at = iso.string(from: now.addingTimeInterval(-3_600))
    let due = iso.string(from: now.addingTimeInterval(-60))
    let export = """
      {"format": "career-coach-export", "version": 1, "assessments": [],
       "cards": [{"question": "\(first)", "state": "review", "step": null, "stability": 3,
         "difficulty": 5, "due": "\(due)", "lastReview": "\(at)", "reps": 2, "lapses": 0,
         "introducedAt": "\(at)"}],
       "reviews": [
         {"id": 1, "question": "\(first)", "at": "\(at)", "grade": 1, "secondsSpent": 9, "due": "\(at)"},
         {"id": 2, "question": "\(first)", "at": "\(at)", "grade": 3, "secondsSpent": 4.5, "due": "\(due)"}
       ]}
      """
    let imported = try run("import", try write("export.json", export))
    XCTAssertEqual(imported.status, 0, imported.err)

    let json = try run("stats", "--format", "json")
    XCTAssertEqual(json.status, 0, json.err)
    let object = try self.json(json.out)
    XCTAssertEqual(object["reviews"] as? Int, 2)
    XCTAssertEqual(object["remembered"] as? Int, 1)
    XCTAssertEqual(object["cards"] as? Int, 1)
    XCTAssertEqual(object["dueToday"] as? Int, 1)
    let days = try XCTUnwrap(object["days"] as? [[String: Any]])
    XCTAssertEqual(days.compactMap { $0["reviews"] as? Int }.reduce(0, +), 2)
    XCTAssertFalse((object["categories"] as? [Any] ?? []).isEmpty)

    let text = try run("stats")
    XCTAssertTrue(text.out.contains("Reviews: 2 in the last 30 days"), text.out)
    XCTAssertTrue(text.out.contains("50% remembered"), text.out)
  }
}
