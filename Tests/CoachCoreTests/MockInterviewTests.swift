import Foundation
import XCTest

@testable import CoachCore

final class MockInterviewTests: XCTestCase {
  static func question(
    _ id: String, _ kind: QuestionKind, level: String = "mid", skills: [String] = ["sql"],
    points: [String] = ["A point."]
  ) -> Question {
    Question(
      id: id, text: "Question \(id)?", kind: kind, level: level, skills: skills,
      keyPoints: points, hint: "Hint.")
  }

  static let pack: Pack = {
    var pack = TestPack.pack
    pack.questions = [
      question("t1", .technical, level: "junior"), question("t2", .technical),
      question("t3", .technical, level: "senior", skills: ["caching"]),
      question("d1", .systemDesign, level: "senior", skills: ["system-design"]),
      question("d2", .systemDesign),
      question("b1", .behavioural, level: "junior", skills: ["communication"]),
      question("b2", .behavioural, level: "senior", skills: ["communication"]),
    ]
    return pack
  }()

  func testDurationsPerKind() {
    XCTAssertEqual(QuestionKind.technical.mockSeconds, 180)
    XCTAssertEqual(QuestionKind.systemDesign.mockSeconds, 300)
    XCTAssertEqual(QuestionKind.behavioural.mockSeconds, 120)
  }

  func testPicksTheNumberOfQuestionsAskedForFromTheFocus() {
    let all = MockPlan.pick(from: Self.pack, length: .questions(3), focus: .all, seed: 1)
    XCTAssertEqual(all.count, 3)
    XCTAssertEqual(Set(all.map(\.id)).count, 3)
    let design = MockPlan.pick(
      from: Self.pack, length: .questions(5), focus: .kind("system-design"), seed: 1)
    XCTAssertEqual(Set(design.map(\.id)), ["d1", "d2"])
    let senior = MockPlan.pick(
      from: Self.pack, length: .questions(9), focus: .level("senior"), seed: 1)
    XCTAssertEqual(Set(senior.map(\.id)), ["t3", "d1", "b2"])
    let gaps = MockPlan.pick(
      from: Self.pack, length: .questions(9), focus: .gaps,
      gapSkills: ["caching", "system-design"],
      seed: 1)
    XCTAssertEqual(Set(gaps.map(\.id)), ["t3", "d1"])
    XCTAssertTrue(
      MockPlan.pick(from: Self.pack, length: .questions(3), focus: .gaps, gapSkills: [], seed: 1)
        .isEmpty)
  }

  func testTheSameSeedGivesTheSameInterviewAndOthersShuffle() {
    let one = MockPlan.pick(from: Self.pack, length: .questions(7), focus: .all, seed: 42)
    XCTAssertEqual(
      one, MockPlan.pick(from: Self.pack, length: .questions(7), focus: .all, seed: 42))
    let orders = Set(
      (0..<20).map { seed in
        MockPlan.pick(from: Self.pack, length: .questions(7), focus: .all, seed: UInt64(seed)).map(
          \.id)
      })
    XCTAssertGreaterThan(orders.count, 1)
  }

  func testMinutesAreFilledByDurationWithoutGoingOver() {
    for seed in 0..<30 {
      let picked = MockPlan.pick(
        from: Self.pack, length: .minutes(10), focus: .all, seed: UInt64(seed))
      XCTAssertLessThanOrEqual(MockPlan.seconds(of: picked), 600)
      // Nothing left out would still fit.
      let left = Self.pack.questions.filter { q in !picked.contains { $0.id == q.id } }
      let spare = 600 - MockPlan.seconds(of: picked)
      XCTAssertFalse(left.contains { $0.kind.mockSeconds <= spare }, "seed \(seed)")
    }
    let design = MockPlan.pick(
      from: Self.pack, length: .minutes(6), focus: .kind("system-design"), seed: 3)
    XCTAssertEqual(design.count, 1)
    // Too short for any question still gives one.
    XCTAssertEqual(
      MockPlan.pick(from: Self.pack, length: .minutes(1), focus: .kind("system-design"), seed: 3)
        .count, 1)
  }

  func testLengthAndFocusCodesRoundTrip() {
    for length in [MockLength.questions(1), .questions(5), .minutes(20)] {
      XCTAssertEqual(MockLength(code: length.code), length)
    }
    for focus in [
      MockFocus.all, .gaps, .kind("system-design"), .kind("behavioural"), .level("staff"),
    ] {
      XCTAssertEqual(MockFocus(code: focus.code), focus)
    }
    XCTAssertNil(MockLength(code: "questions:0"))
    XCTAssertNil(MockLength(code: "hours:2"))
    // A pack declares its own kinds, so any kind id reads back; an empty one does not.
    XCTAssertEqual(MockFocus(code: "kind:values"), .kind("values"))
    XCTAssertNil(MockFocus(code: "kind:"))
    XCTAssertNil(MockFocus(code: "level:"))
  }

  func testCountdownWarnsInTheLastThirtySecondsAndTimesOut() {
    let start = Date(timeIntervalSince1970: 1000)
    var clock = QuestionClock(limit: 120)
    XCTAssertEqual(clock.remaining(at: start), 120, "not started: the whole time")
    clock.startedAt = start
    XCTAssertEqual(clock.remaining(at: start.addingTimeInterval(89.9)), 31)
    XCTAssertFalse(clock.isWarning(at: start.addingTimeInterval(89)))
    XCTAssertTrue(clock.isWarning(at: start.addingTimeInterval(90)))
    XCTAssertFalse(clock.isTimedOut(at: start.addingTimeInterval(119.5)))
    XCTAssertTrue(clock.isTimedOut(at: start.addingTimeInterval(120)))
    XCTAssertEqual(clock.remaining(at: start.addingTimeInterval(500)), 0)
    XCTAssertEqual(clock.elapsed(at: start.addingTimeInterval(65.7)), 65)
    XCTAssertEqual(clock.elapsed(at: start.addingTimeInterval(-5)), 0)
    XCTAssertEqual(QuestionClock.format(125), "2:05")
    XCTAssertEqual(QuestionClock.format(300), "5:00")
    XCTAssertEqual(QuestionClock.format(-3), "0:00")
  }

  func testScoreIsTickedPointsOverAllPoints() {
    XCTAssertEqual(MockScore.fraction(ticked: 3, of: 6), 0.5)
    XCTAssertEqual(MockScore.fraction(ticked: 0, of: 0), 0)
    XCTAssertEqual(MockScore.overall([(1, 2), (3, 6)]), 0.5)
    XCTAssertEqual(MockScore.overall([(2, 2), (0, 2)]), 0.5)
    XCTAssertNil(MockScore.overall([]))
  }
}
