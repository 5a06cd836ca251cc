import Foundation
import XCTest

/// The commands show dates and count days in the time zone `TZ` gives the binary: the same
/// reviews and assessment read differently in a zone far ahead of UTC and in one behind it.
final class LocalDayCommandTests: CommandLineTestCase {
  /// +14 hours, and −8 hours (−7 in summer).
  let zones = ["Pacific/Kiritimati", "America/Los_Angeles"]

  func run(in zone: String, _ arguments: String...) throws -> (
    status: Int32, out: String, err: String
  ) {
    try shell(["TZ=\(zone)", binary] + arguments + ["--data-dir", dataDir])
  }

  func testAssessmentDatesReadInTheLocalZone() throws {
    let export = """
      {"format": "career-coach-export", "version": 1, "assessments": [
        {"id": 1, "mode": "quick", "startedAt": "2026-11-19T09:30:00Z", "answers": {}}]}
      """
    let imported = try run("import", try write("export.json", export))
    XCTAssertEqual(imported.status, 0, imported.err)
    for (zone, shown) in zip(zones, ["2026-11-19 23:30", "2026-11-19 01:30"]) {
      let history = try run(in: zone, "history")
      XCTAssertEqual(history.status, 0, history.err)
      XCTAssertTrue(history.out.contains(shown), "\(zone):\n\(history.out)")
    }
  }

  /// Reviews at 23:30 two days ago and at 00:30 yesterday, local time, count for those two
  /// local days; the days are found by their dates, so a midnight passing while the test
  /// runs does not matter.
  func testAReviewAtHalfPastElevenCountsForThatLocalDay() throws {
    let listed = try shell([binary, "questions", "--format", "json"])
    let questions = try JSONSerialization.jsonObject(with: Data(listed.out.utf8))
    let question = try XCTUnwrap((questions as? [[String: Any]])?.first?["id"] as? String)
    let iso = ISO8601DateFormatter()
    for (index, zone) in zones.enumerated() {
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = try XCTUnwrap(TimeZone(identifier: zone))
      let today = calendar.startOfDay(for: Date())
      let twoDaysAgo = try XCTUnwrap(calendar.date(byAdding: .day, value: -2, to: today))
      let yesterday = try XCTUnwrap(calendar.date(byAdding: .day, value: -1, to: today))
      let late = try XCTUnwrap(
        calendar.date(bySettingHour: 23, minute: 30, second: 0, of: twoDaysAgo))
      let early = try XCTUnwrap(
        calendar.date(bySettingHour: 0, minute: 30, second: 0, of: yesterday))
      let data = folder.appendingPathComponent("data-\(index)").path
      let export = """
        {"format": "career-coach-export", "version": 1, "assessments": [],
         "reviews": [
           {"id": 1, "question": "\(question)", "at": "\(iso.string(from: late))",
            "grade": 3, "secondsSpent": 5, "due": "\(iso.string(from: late))"},
           {"id": 2, "question": "\(question)", "at": "\(iso.string(from: early))",
            "grade": 3, "secondsSpent": 5, "due": "\(iso.string(from: early))"}]}
        """
      let imported = try shell(
        [binary, "import", try write("reviews-\(index).json", export)]
          + ["--data-dir", data])
      XCTAssertEqual(imported.status, 0, imported.err)
      let stats = try shell(
        ["TZ=\(zone)", binary, "stats", "--format", "json", "--data-dir", data])
      XCTAssertEqual(stats.status, 0, stats.err)
      let days = try XCTUnwrap(try json(stats.out)["days"] as? [[String: Any]])
      var reviews: [String: Int] = [:]
      for day in days {
        reviews[day["date"] as? String ?? ""] = day["reviews"] as? Int
      }
      let format = DateFormatter()
      format.locale = Locale(identifier: "en_US_POSIX")
      format.dateFormat = "yyyy-MM-dd"
      format.timeZone = calendar.timeZone
      XCTAssertEqual(reviews[format.string(from: twoDaysAgo)], 1, zone)
      XCTAssertEqual(reviews[format.string(from: yesterday)], 1, zone)
      XCTAssertEqual(reviews.values.reduce(0, +), 2, zone)
    }
  }
}
