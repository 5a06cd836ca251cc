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

  public var placement: Placed?
  public var cardsDue: Int
  public var newCards: Int
  public var unfinished: InProgress?

  /// True when there is nothing of the user's to say yet: a first run.
  public var isEmpty: Bool { placement == nil && unfinished == nil && cardsDue == 0 }

  /// One line each, in the order the user would ask: where am I, what now, what is open.
  public func lines(calendar: Calendar) -> [String] {
    var lines: [String] = []
    if let placement {
      let estimate = placement.mode == .quick ? "an estimate from your quick assessment" : ""
      let from =
        estimate.isEmpty
        ? "your assessment of \(Format.date(placement.on, in: calendar))"
        : "\(estimate) of \(Format.date(placement.on, in: calendar))"
      lines.append("You stand at \(placement.level) (\(placement.track)), from \(from).")
    } else {
      lines.append("No assessment yet: Assess my skills shows where you stand.")
    }
    switch (cardsDue, newCards) {
    case (0, 0): lines.append("No flashcards waiting today.")
    case (0, let new): lines.append("Flashcards: none due today, \(new) new ready.")
    case (let due, 0): lines.append("Flashcards: \(due) due today.")
    case (let due, let new): lines.append("Flashcards: \(due) due today, \(new) new ready.")
    }
    if let unfinished {
      let answers = unfinished.answered == 1 ? "1 answer" : "\(unfinished.answered) answers"
      lines.append(
        "In progress: a \(unfinished.mode.rawValue) assessment with \(answers); "
          + "Assess my skills resumes it.")
    }
    return lines
  }
}
