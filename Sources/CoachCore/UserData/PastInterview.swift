/// How an interview went, as the user tells the app the day after.
public enum InterviewOutcome: String, Sendable, Equatable, Codable, CaseIterable {
  case offer
  case nextRound = "next-round"
  case noOffer = "no-offer"
  case unsaid

  /// The choice as the question lists it.
  public var label: String {
    switch self {
    case .offer: return "I got an offer"
    case .nextRound: return "I am through to another round"
    case .noOffer: return "It did not work out this time"
    case .unsaid: return "I would rather not say"
    }
  }

  /// What the coach says back: one or two sentences, concrete about what comes next.
  public var reply: String {
    switch self {
    case .offer:
      return "Congratulations. Your drills are back on their usual schedule; set a new target "
        + "level in Settings when you are ready for the next step."
    case .nextRound:
      return "Well done. Set the next round's date in Settings and the countdown starts "
        + "again; until then your drills are back on their usual schedule."
    case .noOffer:
      return "Sorry it did not work out. Write down the questions that were hard while you "
        + "remember them, and run a mock interview on them; your drills are back on their "
        + "usual schedule."
    case .unsaid: return "Noted. Your drills are back on their usual schedule."
    }
  }
}

/// An interview whose day has passed, kept with what the user said about it.
public struct PastInterview: Sendable, Equatable, Codable {
  /// The day, YYYY-MM-DD.
  public var day: String
  /// The target level id it was for; nil when none was set.
  public var target: String?
  public var outcome: InterviewOutcome

  public init(day: String, target: String?, outcome: InterviewOutcome) {
    self.day = day
    self.target = target
    self.outcome = outcome
  }
}
