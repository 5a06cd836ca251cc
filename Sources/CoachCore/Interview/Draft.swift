import Foundation

/// Text typed into an answer and not yet saved, kept every few seconds so that a crash, a
/// closed window or a kill loses at most those seconds. One draft per place it was typed.
public struct Draft: Sendable, Equatable {
  /// Where the text was typed.
  public enum Place: Sendable, Hashable {
    /// The answer to the question at `position` of a mock interview.
    case mockAnswer(interview: Int64, position: Int)
    /// A STAR answer to a behavioural question.
    case star(question: String)

    /// The key the store files the draft under.
    public var key: String {
      switch self {
      case .mockAnswer(let interview, let position): return "mock:\(interview):\(position)"
      case .star(let question): return "star:\(question)"
      }
    }
  }

  public var place: Place
  /// The typed text: one for a mock answer, the four STAR parts for a STAR answer.
  public var texts: [String]
  /// Seconds of the question's countdown already used (mock answers; 0 otherwise).
  public var secondsUsed: Int

  public init(place: Place, texts: [String], secondsUsed: Int = 0) {
    self.place = place
    self.texts = texts
    self.secondsUsed = secondsUsed
  }

  public var isEmpty: Bool { texts.allSatisfy(\.isEmpty) }

  /// True when `other` keeps something this draft does not: other text, or a clock that
  /// moved on by at least `seconds`.
  public func differs(from other: Draft?, clockSeconds seconds: Int) -> Bool {
    guard let other, other.place == place else { return true }
    return other.texts != texts || abs(other.secondsUsed - secondsUsed) >= seconds
  }
}
