import Foundation

/// A mock interview as stored: its choices, the questions it drew, and the answers confirmed
/// so far.
public struct MockInterview: Sendable, Equatable {
  public var id: Int64
  public var startedAt: Date
  public var finishedAt: Date?
  public var length: MockLength
  public var focus: MockFocus
  /// The question ids drawn for it, in order.
  public var questions: [String]
  /// Confirmed answers, by position.
  public var answers: [MockAnswer]
  /// When the user sent the key points they missed to their drills; nil until they do.
  public var missedSentToDrillsAt: Date?

  public init(
    id: Int64 = 0, startedAt: Date, finishedAt: Date? = nil, length: MockLength, focus: MockFocus,
    questions: [String], answers: [MockAnswer] = [], missedSentToDrillsAt: Date? = nil
  ) {
    self.id = id
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.length = length
    self.focus = focus
    self.questions = questions
    self.answers = answers
    self.missedSentToDrillsAt = missedSentToDrillsAt
  }

  /// How many key points the answers left unticked.
  public var missedPointCount: Int {
    answers.reduce(0) { $0 + max(0, $1.pointCount - Set($1.ticked).count) }
  }

  /// Ticked points over all points of the answered questions; nil before the first answer.
  public var score: Double? {
    MockScore.overall(answers.map { ($0.ticked.count, $0.pointCount) })
  }

  public var isFinished: Bool { finishedAt != nil }
}

/// One confirmed answer of a mock interview.
public struct MockAnswer: Sendable, Equatable, Codable {
  public var position: Int
  public var questionID: String
  public var text: String
  public var secondsUsed: Int
  public var timedOut: Bool
  /// The indices of the key points the user ticked.
  public var ticked: [Int]
  /// How many key points the question had when answered.
  public var pointCount: Int

  public init(
    position: Int, questionID: String, text: String, secondsUsed: Int, timedOut: Bool,
    ticked: [Int], pointCount: Int
  ) {
    self.position = position
    self.questionID = questionID
    self.text = text
    self.secondsUsed = secondsUsed
    self.timedOut = timedOut
    self.ticked = ticked.sorted()
    self.pointCount = pointCount
  }

  public var score: Double { MockScore.fraction(ticked: ticked.count, of: pointCount) }
}

/// A STAR answer to a behavioural question, as saved.
public struct SavedStarAnswer: Sendable, Equatable {
  public var id: Int64
  public var questionID: String
  public var answer: StarAnswer
  public var savedAt: Date

  public init(id: Int64 = 0, questionID: String, answer: StarAnswer, savedAt: Date) {
    self.id = id
    self.questionID = questionID
    self.answer = answer
    self.savedAt = savedAt
  }
}
