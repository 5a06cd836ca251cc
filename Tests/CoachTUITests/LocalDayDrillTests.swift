import CoachCore
import CoachStore
import CoachTUI
import Foundation
import XCTest

/// The new questions a day and the reviews per day count the user's local day, in a zone far
/// ahead of UTC and in one behind it.
final class LocalDayDrillTests: XCTestCase {
  /// +14 hours, and −8 hours in November.
  let zones = ["Pacific/Kiritimati", "America/Los_Angeles"].map {
    Calendar.gregorian(in: TimeZone(identifier: $0)!)
  }

  func local(_ calendar: Calendar, day: Int, hour: Int, minute: Int) throws -> Date {
    try XCTUnwrap(
      calendar.date(
        from: DateComponents(year: 2026, month: 11, day: day, hour: hour, minute: minute)))
  }

  /// One question first reviewed at 23:30 yesterday and one at 00:30 today, local time: only
  /// the second uses up today's limit of two new questions, and each review counts for its day.
  func testTheDayStartsAtLocalMidnight() throws {
    for calendar in zones {
      let zone = calendar.timeZone.identifier
      let store = try TestStore()
      try store.store.save(DrillSettings(newPerDay: 2))
      let questions = store.pack.questions.map(\.id)
      for (question, day, hour) in [(questions[0], 19, 23), (questions[1], 20, 0)] {
        _ = try store.store.recordReview(
          question: question, grade: .good,
          at: try local(calendar, day: day, hour: hour, minute: 30),
          secondsSpent: 10)
      }
      let now = try local(calendar, day: 20, hour: 12, minute: 0)
      let effects = StoreEffects(
        store: store.store, pack: store.pack, now: { now }, calendar: calendar)

      guard case .drillPlan(let plan) = effects.run(.loadDrillPlan(.all)) else {
        return XCTFail("no plan in \(zone)")
      }
      XCTAssertEqual(plan.queue.new.count, 1, zone)
      XCTAssertFalse(plan.queue.new.contains(questions[0]), zone)

      guard case .drillStats(let stats) = effects.run(.loadDrillStats) else {
        return XCTFail("no statistics in \(zone)")
      }
      XCTAssertEqual(stats.days.map(\.reviews).suffix(2), [1, 1], zone)
      XCTAssertEqual(stats.days.last.map { Format.day($0.day, in: calendar) }, "2026-11-20", zone)
    }
  }
}
