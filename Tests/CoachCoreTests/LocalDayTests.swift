import CoachCore
import Foundation
import XCTest

/// Dates read, and days count, in the calendar's time zone: a review at 23:30 local time
/// belongs to that local day whether the zone is far ahead of UTC or behind it.
final class LocalDayTests: XCTestCase {
  /// +14 hours, and −8 hours in November.
  let zones = ["Pacific/Kiritimati", "America/Los_Angeles"].map {
    Calendar.gregorian(in: TimeZone(identifier: $0)!)
  }
  let utc = Calendar.gregorian(in: TimeZone(identifier: "UTC")!)

  func local(
    _ calendar: Calendar, day: Int, hour: Int, minute: Int, file: StaticString = #filePath,
    line: UInt = #line
  ) throws -> Date {
    try XCTUnwrap(
      calendar.date(
        from: DateComponents(year: 2026, month: 11, day: day, hour: hour, minute: minute)),
      file: file, line: line)
  }

  func testDatesReadInTheCalendarsZone() throws {
    for calendar in zones {
      let lateEvening = try local(calendar, day: 19, hour: 23, minute: 30)
      XCTAssertEqual(Format.date(lateEvening, in: calendar), "2026-11-19 23:30")
      XCTAssertEqual(Format.day(lateEvening, in: calendar), "2026-11-19")
      let inThreeDays = lateEvening.addingTimeInterval(3 * 86_400)
      XCTAssertEqual(
        Format.wait(until: inThreeDays, from: lateEvening, in: calendar),
        "in 3 days, on 2026-11-22")
    }
    let kiritimati = try local(zones[0], day: 19, hour: 23, minute: 30)
    let losAngeles = try local(zones[1], day: 19, hour: 23, minute: 30)
    XCTAssertEqual(Format.date(kiritimati, in: utc), "2026-11-19 09:30")
    XCTAssertEqual(Format.date(losAngeles, in: utc), "2026-11-20 07:30")
  }

  func testAReviewAtHalfPastElevenCountsForThatLocalDay() throws {
    for calendar in zones {
      let zone = calendar.timeZone.identifier
      let now = try local(calendar, day: 20, hour: 12, minute: 0)
      let starts = DrillCalendar.dayStarts(count: 30, now: now, calendar: calendar)
      let counts = [
        (at: try local(calendar, day: 19, hour: 23, minute: 30), reviews: 1),
        (at: try local(calendar, day: 20, hour: 0, minute: 30), reviews: 2),
      ]
      let days = DrillCalendar.days(starts, counts: counts)
      XCTAssertEqual(
        days.map { Format.day($0.day, in: calendar) }.suffix(2), ["2026-11-19", "2026-11-20"], zone)
      XCTAssertEqual(days.map(\.reviews).suffix(2), [1, 2], zone)
    }
  }

  func testDueTodayEndsAtLocalMidnight() throws {
    for calendar in zones {
      let now = try local(calendar, day: 20, hour: 12, minute: 0)
      let stats = DrillStats.make(
        pack: TestPack.pack, days: [], tallies: [:],
        dueDates: [
          try local(calendar, day: 20, hour: 23, minute: 30),
          try local(calendar, day: 21, hour: 0, minute: 30),
          try local(calendar, day: 26, hour: 23, minute: 30),
          try local(calendar, day: 27, hour: 0, minute: 30),
        ],
        now: now, calendar: calendar)
      XCTAssertEqual(stats.dueToday, 1, calendar.timeZone.identifier)
      XCTAssertEqual(stats.dueThisWeek, 3, calendar.timeZone.identifier)
    }
  }
}
