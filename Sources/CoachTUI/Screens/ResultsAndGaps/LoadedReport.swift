import CoachCore
import CoachStore
import Foundation

/// The latest finished assessment with the user's settings and the report built from them,
/// shared by the results, gaps and plan screens.
public struct LoadedReport: Sendable {
  public var assessment: Assessment
  public var settings: Settings
  public private(set) var report: CareerReport

  public init(assessment: Assessment, settings: Settings, pack: Pack) {
    self.assessment = assessment
    self.settings = settings
    report = CareerReport.make(pack: pack, assessment: assessment, settings: settings)
  }

  /// Changes the settings, rebuilds the report, and asks for the settings to be stored.
  public mutating func update(pack: Pack, _ change: (inout Settings) -> Void) -> [Command] {
    change(&settings)
    self = LoadedReport(assessment: assessment, settings: settings, pack: pack)
    return [.effect(.saveSettings(settings))]
  }
}

/// What a report screen holds: nothing yet, nothing to show, or a report.
public enum ReportLoad: Sendable {
  case loading
  case noAssessment
  case ready(LoadedReport)

  /// Takes in the answer to `.loadLatest`; other replies leave it as it is.
  mutating func take(_ reply: EffectReply, data: AppData) {
    guard case .latest(let assessment, let settings) = reply, let pack = data.pack else { return }
    if let assessment {
      self = .ready(LoadedReport(assessment: assessment, settings: settings, pack: pack))
    } else {
      self = .noAssessment
    }
  }

  var loaded: LoadedReport? {
    if case .ready(let loaded) = self { return loaded }
    return nil
  }

  /// Draws the message shown instead of a report; true when there was one to draw.
  func drawMessage(_ canvas: inout Canvas, in rect: Rect, context: DrawContext) -> Bool {
    let message: String
    switch self {
    case .ready: return false
    case .loading: message = "Loading your latest assessment…"
    case .noAssessment:
      message =
        "No finished assessment yet. Go back to Home (Esc) and choose \"Assess my skills\": "
        + "your results, gaps and plan appear here when you finish."
    }
    let area = rect.inset(horizontal: 1, vertical: 1)
    canvas.paragraph(message, in: area, style: context.theme.text)
    return true
  }
}

extension LoadedReport {
  /// The interview ahead in the settings: its day and the days left; nil without one, or
  /// once its day has passed.
  func interview(today: Date, calendar: Calendar) -> (day: String, daysLeft: Int)? {
    guard let date = settings.interviewDate,
      let left = InterviewPrep.daysLeft(until: date, now: today, calendar: calendar), left >= 0
    else { return nil }
    return (date, left)
  }
}
