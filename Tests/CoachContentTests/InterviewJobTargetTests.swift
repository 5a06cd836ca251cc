import CoachContent
import CoachCore
import Foundation
import TestSupport
import XCTest

/// An interview for a saved job drills the ad's skills at the ad's level, in the user's stack.
final class InterviewJobTargetTests: XCTestCase {
  private static let pack: Pack? = try? PackLoader.shipped()
  private let calendar = FixedTime.utc

  private let goAd = SavedJob(
    id: "job-1", title: "Senior Backend Engineer (Go)",
    text: """
      Senior Backend Engineer (Go)

      Our payments platform is written in Go on PostgreSQL, with Kafka between services and
      everything on Kubernetes. You have 5+ years of backend work and have designed
      event-driven systems. You review code and mentor others.
      """, addedAt: FixedTime.now)

  func testTheJobsSkillsAndLevelMakeTheFocus() throws {
    let pack = try XCTUnwrap(Self.pack)
    let prep = try XCTUnwrap(
      InterviewPrep(date: "2026-12-20", job: goAd, pack: pack, leftOut: [], calendar: calendar))
    XCTAssertEqual(prep.targetName, "Senior Backend Engineer (Go)")
    XCTAssertTrue(prep.skills.isSuperset(of: ["go", "postgresql", "kubernetes"]), "\(prep.skills)")
    XCTAssertFalse(prep.skills.contains("php"))
    XCTAssertEqual(prep.levels, ["senior", "mid"])
    let covered = pack.questions.filter(prep.covers)
    XCTAssertFalse(covered.isEmpty)
    XCTAssertTrue(covered.allSatisfy { ["senior", "mid"].contains($0.level) })
    XCTAssertTrue(covered.contains { $0.skills.contains("go") })
  }

  func testSkillsOutsideTheStackAreLeftOut() throws {
    let pack = try XCTUnwrap(Self.pack)
    let prep = try XCTUnwrap(
      InterviewPrep(
        date: "2026-12-20", job: goAd, pack: pack, leftOut: ["kubernetes"], calendar: calendar))
    XCTAssertFalse(prep.skills.contains("kubernetes"))
  }

  func testTheSettingsPreferTheJobAndFallBackToTheLevel() throws {
    let pack = try XCTUnwrap(Self.pack)
    var settings = Settings(targetLevel: "staff", interviewDate: "2026-12-20")
    let forJob = InterviewPrep.make(
      settings: settings, report: nil, job: goAd, pack: pack, leftOut: [], calendar: calendar)
    XCTAssertEqual(forJob?.targetName, "Senior Backend Engineer (Go)")
    let noSkills = SavedJob(
      id: "job-2", title: "Barista", text: "Barista wanted, latte art a plus.",
      addedAt: FixedTime.now)
    let fallBack = InterviewPrep.make(
      settings: settings, report: nil, job: noSkills, pack: pack, leftOut: [], calendar: calendar)
    XCTAssertEqual(fallBack?.levels, ["staff", "senior"])
    settings.interviewDate = nil
    XCTAssertNil(
      InterviewPrep.make(
        settings: settings, report: nil, job: goAd, pack: pack, leftOut: [], calendar: calendar))
  }
}
