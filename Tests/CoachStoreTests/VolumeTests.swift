import CoachCore
import CoachStore
import Foundation
import XCTest

final class VolumeTests: StoreTestCase {
  /// A thousand assessments list whole and in order (their speed is measured by coach-bench).
  func testThousandAssessmentsSummaries() throws {
    for index in 0..<1000 {
      let answers = Dictionary(
        uniqueKeysWithValues: StoreFixture.pack.skills.map {
          ($0.id, SkillAnswer(rating: index % 5))
        })
      _ = try store.add(
        Assessment(
          mode: index % 3 == 0 ? .quick : .full, startedAt: StoreFixture.date(Double(index)),
          finishedAt: StoreFixture.date(Double(index) + 1), answers: answers,
          categoryAnswers: ["data": SkillAnswer(rating: 1)], position: 6))
    }
    let summaries = try store.summaries()
    XCTAssertEqual(summaries.count, 1000)
    XCTAssertEqual(summaries.first?.startedAt, StoreFixture.date(999))
    XCTAssertEqual(summaries.first?.answered, 1, "999 is a quick one: one category answer")
    XCTAssertEqual(summaries[998].answered, 6, "1 is a full one: six skill answers")
    XCTAssertEqual(try store.assessments().count, 1000)
  }
}
