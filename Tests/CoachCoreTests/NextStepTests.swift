import CoachContent
import CoachCore
import XCTest

final class NextStepTests: XCTestCase {
  func testAGapOfTheShippedPackSaysWhatToDoNotOnlyTheAnchor() throws {
    let pack = try PackLoader.load(from: PackLoader.shippedFolder())
    let profile = Profile(ratings: ["python": 3, "sql": 2, "system-design": 1])
    let gaps = try XCTUnwrap(Gaps.report(to: "senior", pack: pack, profile: profile)).gaps
    let gap = try XCTUnwrap(gaps.first { $0.skill == "sql" })
    let step = NextStep.make(for: gap, target: "senior", pack: pack)
    XCTAssertEqual(step.goal, gap.action)
    XCTAssertNotEqual(step.exercise, gap.action)
    XCTAssertTrue(step.exercise.contains("window functions"), step.exercise)
    XCTAssertGreaterThan(step.drillQuestions, 0)
    XCTAssertFalse(step.resources.isEmpty)
    XCTAssertEqual(step.lines.first?.label, "Exercise")
    XCTAssertEqual(step.lines.last?.label, "Show it")
    XCTAssertTrue(step.lines.contains { $0.label == "Drill" })
    // Every gap of a typical report has its own exercise, not a restated anchor.
    let exercises = Set(gaps.map { NextStep.make(for: $0, target: "senior", pack: pack).exercise })
    XCTAssertEqual(exercises.count, Set(gaps.map(\.skill)).count)
  }

  func testASkillWithoutNextStepFieldsGetsSentencesFromItsAnchor() throws {
    let pack = TestPack.pack
    let profile = Profile(ratings: ["python": 3, "rest-apis": 2, "sql": 1])
    let gap = try XCTUnwrap(Gaps.report(to: "mid", pack: pack, profile: profile)?.gaps.first)
    let step = NextStep.make(for: gap, target: "mid", pack: pack)
    XCTAssertTrue(step.exercise.hasPrefix("Do something that lets you say: "), step.exercise)
    XCTAssertEqual(step.evidence, NextStep.defaultEvidence)
    XCTAssertTrue(step.resources.isEmpty)
  }
}
