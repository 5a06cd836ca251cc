import CoachCore
import CoachStore
import Foundation

/// One assessment's career report with what is needed to print it: the pack for names, the
/// assessment for its dates, and the report built by CoachCore.
struct ReportDocument {
  var pack: Pack
  var assessment: Assessment
  var settings: Settings
  var report: CareerReport
  /// For the dates the assessment started and finished.
  var calendar: Calendar
  /// The day the plan starts, for its target date.
  var today: Date
  /// Flashcard reviews and mock answers per skill, for calibration.
  var evidence: [String: SkillEvidence]

  init(
    pack: Pack, assessment: Assessment, settings: Settings, calendar: Calendar,
    today: Date = Date(), evidence: [String: SkillEvidence] = [:]
  ) {
    self.evidence = evidence
    self.pack = pack
    self.assessment = assessment
    self.settings = settings
    self.calendar = calendar
    self.today = today
    report = CareerReport.make(pack: pack, assessment: assessment, settings: settings)
  }

  static let adaptsNote =
    "The plan follows your latest assessment: re-assess and the gaps, milestones and date change."

  /// "5 h a week, 20 weeks, 100 h in all, done by 2026-04-20".
  var planSummary: String {
    let plan = report.plan
    var text =
      "\(Format.hours(plan.hoursPerWeek)) h a week, \(plan.totalWeeks) weeks, "
      + "\(Format.hours(plan.totalHours)) h in all"
    if let done = plan.targetDate(from: today, calendar: calendar) {
      text += ", done by \(Format.day(done, in: calendar))"
    }
    return text
  }

  /// "Checkpoint: re-rate SQL at the end of week 4 (aim: Proficient)."
  func checkpointLine(_ checkpoint: PlanCheckpoint) -> String {
    "Checkpoint: re-rate \(pack.skillName(checkpoint.skill)) at the end of week "
      + "\(checkpoint.week) (aim: \(pack.stepName(checkpoint.aim, ofSkill: checkpoint.skill)))."
  }

  /// The concrete next step of one of the report's gaps.
  func nextStep(_ gap: Gap) -> NextStep {
    NextStep.make(for: gap, target: report.target ?? "", pack: pack)
  }

  /// "Mid" or "not yet Junior".
  func placementName(_ track: TrackPlacement) -> String {
    CareerReport.placementName(track, in: pack)
  }

  /// "assessment 3 (full), finished 2025-01-31 14:05".
  var headline: String {
    let mode = assessment.mode == .quick ? "quick" : "full"
    let when =
      assessment.finishedAt.map { "finished \(Format.date($0, in: calendar))" }
      ?? "started \(Format.date(assessment.startedAt, in: calendar)), not finished"
    return "Assessment \(assessment.id) (\(mode)), \(when)"
  }

  /// "Senior (the next level)", "Staff (your choice)" or "CTO (your level, the top of the
  /// ladder)".
  var targetDescription: String {
    guard let target = report.target else { return "none" }
    return pack.levelName(target) + " (\(report.targetReason))"
  }

  /// "Gaps to Senior (the next level)", or "Still below the bar at CTO (your level, the top
  /// of the ladder)" for the level the user is placed at.
  var gapsHeading: String {
    report.gapsHeading(in: pack) + " (\(report.targetReason))"
  }
}
