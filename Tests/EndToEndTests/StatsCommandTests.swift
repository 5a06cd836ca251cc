import Foundation
import XCTest

/// `stats` shows the finished mock interviews' scores in both formats, beside the drill keys.
final class StatsCommandTests: CommandLineTestCase {
  func statsJSON() throws -> [String: Any] {
    let result = try run("stats", "--format", "json")
    XCTAssertEqual(result.status, 0, result.err)
    return try json(result.out)
  }

  func testWithoutInterviewsTheListIsEmptyAndTheTextSaysHowToTakeOne() throws {
    XCTAssertEqual((try statsJSON()["mockInterviews"] as? [Any])?.count, 0)
    let text = try run("stats")
    XCTAssertTrue(text.out.contains("No mock interviews finished yet"), text.out)
  }

  /// Two finished interviews and an unfinished one, imported: only the finished are listed,
  /// oldest first, and the drill keys stay as they were.
  func testFinishedInterviewsAreListedOldestFirst() throws {
    let listed = try shell([binary, "questions", "--format", "json"])
    let questions = try XCTUnwrap(
      try JSONSerialization.jsonObject(with: Data(listed.out.utf8)) as? [[String: Any]])
    let first = try XCTUnwrap(questions.first?["id"] as? String)
    let points = try XCTUnwrap(questions.first?["keyPoints"] as? [String]).count
    XCTAssertGreaterThanOrEqual(points, 2)
    func interview(_ id: Int, _ day: Int, ticked: [Int], finished: Bool = true) -> String {
      """
      {"id": \(id), "startedAt": "2026-11-\(day)T10:00:00Z",
       "finishedAt": \(finished ? "\"2026-11-\(day)T10:20:00Z\"" : "null"),
       "length": "questions:2", "focus": "all", "questions": ["\(first)", "\(first)"],
       "answers": [{"position": 0, "questionID": "\(first)", "text": "an answer",
         "secondsUsed": 60, "timedOut": false, "ticked": \(ticked), "pointCount": \(points)}]}
      """
    }
    let export = """
      {"format": "career-coach-export", "version": 1, "assessments": [],
       "mockInterviews": [\(interview(2, 12, ticked: [0, 1])), \(interview(1, 10, ticked: [0])),
         \(interview(3, 14, ticked: [], finished: false))]}
      """
    let imported = try run("import", try write("export.json", export))
    XCTAssertEqual(imported.status, 0, imported.err)

    let object = try statsJSON()
    let mocks = try XCTUnwrap(object["mockInterviews"] as? [[String: Any]])
    XCTAssertEqual(
      mocks.compactMap { $0["date"] as? String }.map { $0.prefix(10) },
      [
        "2026-11-10", "2026-11-12",
      ])
    let scores = mocks.compactMap { $0["score"] as? Double }
    XCTAssertEqual(scores.count, 2)
    XCTAssertEqual(scores[0], 1 / Double(points), accuracy: 1e-9)
    XCTAssertEqual(scores[1], 2 / Double(points), accuracy: 1e-9)
    XCTAssertEqual(mocks.compactMap { $0["answered"] as? Int }, [1, 1])
    XCTAssertEqual(mocks.compactMap { $0["questions"] as? Int }, [2, 2])
    for key in ["reviews", "remembered", "recentReviews", "cards", "dueToday", "days"] {
      XCTAssertNotNil(object[key], key)
    }

    let text = try run("stats")
    XCTAssertEqual(text.status, 0, text.err)
    let average = Int((1.5 / Double(points) * 100).rounded())
    XCTAssertTrue(
      text.out.contains("Mock interviews: 2 finished, average score \(average)%."), text.out)
    XCTAssertTrue(text.out.contains("1 of 2 questions answered"), text.out)
    XCTAssertTrue(text.out.contains("No reviews yet"), text.out)
  }
}
