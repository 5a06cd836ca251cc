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

  init(pack: Pack, assessment: Assessment, settings: Settings, calendar: Calendar) {
    self.pack = pack
    self.assessment = assessment
    self.settings = settings
    self.calendar = calendar
    report = CareerReport.make(pack: pack, assessment: assessment, settings: settings)
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
