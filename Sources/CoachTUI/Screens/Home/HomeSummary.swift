import CoachCore
import Foundation

/// Where the user is, as the home screen says it in a line or two: their latest placement,
/// the flashcards waiting today, and an assessment in progress.
public struct HomeSummary: Sendable, Equatable {
  /// The latest finished assessment's placement on the pack's first track.
  public struct Placed: Sendable, Equatable {
    public var level: String
    public var track: String
    public var mode: AssessmentMode
    public var on: Date
  }

  /// An assessment started and not finished: its mode and how many answers have a rating.
  public struct InProgress: Sendable, Equatable {
    public var mode: AssessmentMode
    public var answered: Int
  }

  /// An interview ahead: when, what for, and today's cards on its skills.
  public struct Countdown: Sendable, Equatable {
    /// The level it is for; nil when no target is set, so the drills cannot focus.
    public var target: String?
    /// YYYY-MM-DD.
    public var day: String
    public var daysLeft: Int
  }

  public var placement: Placed?
  public var cardsDue: Int
  public var newCards: Int
  public var unfinished: InProgress?
  public var interview: Countdown?
  /// The day of an interview that has passed, until the user says how it went.
  public var passedInterview: String?
  /// False for a pack whose levels are described in words only: there is no standing to tell.
  public var placeable = true

  /// True when there is nothing of the user's to say yet: a first run.
  public var isEmpty: Bool {
    placement == nil && unfinished == nil && cardsDue == 0 && interview == nil
      && passedInterview == nil
  }

  /// One line each, in the order the user would ask: where am I, what now, what is open.
  public func lines(calendar: Calendar) -> [String] {
    var lines: [String] = []
    if let placement {
      let estimate = placement.mode == .quick ? "an estimate from your quick assessment" : ""
      let from =
        estimate.isEmpty
        ? "your assessment of \(Format.date(placement.on, in: calendar))"
        : "\(estimate) of \(Format.date(placement.on, in: calendar))"
      // "at least Mid", "not yet Junior" and "cannot place yet" do not follow "You stand at".
      let stand =
        placement.level.first?.isUppercase ?? false
        ? "You stand at \(placement.level)" : "Where you stand: \(placement.level)"
      lines.append("\(stand) (\(placement.track)), from \(from).")
    } else if placeable {
      lines.append("No assessment yet: Assess my skills shows where you stand.")
    }
    if let passedInterview {
      lines.append(
        "Your interview of \(passedInterview) has passed: press o to say how it went.")
    }
    if let interview {
      lines += interviewLines(interview)
      return lines + unfinishedLines
    }
    switch (cardsDue, newCards) {
    case (0, 0): lines.append("No flashcards waiting today.")
    case (0, let new): lines.append("Flashcards: none due today, \(new) new ready.")
    case (let due, 0): lines.append("Flashcards: \(due) due today.")
    case (let due, let new): lines.append("Flashcards: \(due) due today, \(new) new ready.")
    }
    return lines + unfinishedLines
  }

  private var unfinishedLines: [String] {
    guard let unfinished else { return [] }
    let answers = unfinished.answered == 1 ? "1 answer" : "\(unfinished.answered) answers"
    return [
      "In progress: a \(unfinished.mode.rawValue) assessment with \(answers); "
        + "Assess my skills resumes it."
    ]
  }

  /// The countdown, and today's work on the interview's skills.
  private func interviewLines(_ interview: Countdown) -> [String] {
    let when =
      switch interview.daysLeft {
      case 0: "today"
      case 1: "tomorrow"
      default: "in \(interview.daysLeft) days"
      }
    guard let target = interview.target else {
      return [
        "Interview \(when) (\(interview.day)): set a target level in Settings to focus the "
          + "drills on it."
      ]
    }
    let today: String
    switch (cardsDue, newCards) {
    case (0, 0): today = "Today: nothing due on its skills; a mock interview keeps you sharp."
    default:
      today =
        "Today: \(cardsDue) due and \(newCards) new on its skills; Interview prep drills them."
    }
    return ["Interview for \(target) \(when) (\(interview.day)).", today]
  }
}
