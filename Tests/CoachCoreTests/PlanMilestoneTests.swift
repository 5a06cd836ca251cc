import CoachContent
import CoachCore
import Foundation
import XCTest

final class PlanMilestoneTests: XCTestCase {
  /// A typical mid-level developer: solid Python and SQL, some design, little operations.
  static let midRatings: [String: Rating] = [
    "python": 3, "sql": 3, "postgresql": 3, "rest-apis": 3, "git": 3, "unit-testing": 3,
    "database-design": 2, "docker": 2, "caching": 2, "system-design": 1, "microservices": 1,
    "debugging": 3, "communication": 3, "collaboration": 3, "mentoring": 1,
  ]
  let calendar = Calendar.gregorian(in: TimeZone(identifier: "UTC")!)
  let today = Date(timeIntervalSince1970: 1_764_547_200)  // 2025-12-01

  func report(hours: Double) throws -> CareerReport {
    let pack = try PackLoader.load(from: PackLoader.shippedFolder())
    // Every skill rated, as a full assessment does: unrated skills are never planned for.
    var ratings = Dictionary(uniqueKeysWithValues: pack.skills.map { ($0.id, Rating(2)) })
    ratings.merge(Self.midRatings) { $1 }
    return CareerReport.make(pack: pack, profile: Profile(ratings: ratings), hoursPerWeek: hours)
  }

  func testAMidDevelopersPlanHasMilestonesCheckpointsAndATargetDate() throws {
    let plan = try report(hours: 6).plan
    let milestones = plan.milestones
    XCTAssertFalse(milestones.isEmpty)
    XCTAssertTrue(milestones.allSatisfy { $0.lastWeek - $0.firstWeek <= 1 })
    XCTAssertEqual(milestones.first?.firstWeek, 1)
    XCTAssertEqual(milestones.last?.lastWeek, plan.totalWeeks)
    XCTAssertEqual(milestones.map(\.hours).reduce(0, +), plan.totalHours, accuracy: 1e-6)
    // Every skill of the plan is re-rated once, at the end of its block.
    let checkpoints = milestones.flatMap(\.checkpoints)
    XCTAssertEqual(checkpoints.map(\.skill).sorted(), Set(plan.gaps.map(\.skill)).sorted())
    for checkpoint in checkpoints {
      let lastWeek = plan.weeks.last { $0.items.contains { $0.skill == checkpoint.skill } }
      XCTAssertEqual(checkpoint.week, lastWeek?.number)
    }
    let date = try XCTUnwrap(plan.targetDate(from: today, calendar: calendar))
    XCTAssertEqual(
      calendar.dateComponents([.day], from: today, to: date).day, 7 * plan.totalWeeks)
  }

  func testMoreHoursAWeekBringTheTargetDateCloser() throws {
    let slow = try report(hours: 4).plan
    let fast = try report(hours: 12).plan
    XCTAssertEqual(slow.totalHours, fast.totalHours, accuracy: 1e-6)
    let slowDate = try XCTUnwrap(slow.targetDate(from: today, calendar: calendar))
    let fastDate = try XCTUnwrap(fast.targetDate(from: today, calendar: calendar))
    XCTAssertLessThan(fastDate, slowDate)
    XCTAssertLessThan(fast.milestones.count, slow.milestones.count)
  }

  func testNothingToStudyHasNoMilestonesAndNoDate() {
    let plan = StudyPlan(hoursPerWeek: 5, gaps: [], weeks: [])
    XCTAssertTrue(plan.milestones.isEmpty)
    XCTAssertNil(plan.targetDate(from: today, calendar: calendar))
  }
}
