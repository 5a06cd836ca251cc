#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One sitting of flashcards: the grades given, the time spent, and the cards answered Again,
/// which come back before the sitting ends, as Anki's learning steps do.
///
/// The sitting ends when the store's queue is empty and no card answered Again is waiting:
/// a card leaves the waiting list as soon as it is graded anything but Again, so only a user
/// who keeps answering Again keeps it going.
public struct DrillSession: Sendable, Equatable {
  /// A card answered Again, and when its learning step is over.
  public struct Waiting: Sendable, Equatable {
    public var question: String
    public var due: Date
    public init(question: String, due: Date) {
      self.question = question
      self.due = due
    }
  }

  /// Cards answered Again, in the order they were answered.
  public private(set) var waiting: [Waiting] = []
  /// Grades given, index = grade - 1.
  public private(set) var counts = [0, 0, 0, 0]
  public private(set) var secondsSpent = 0.0

  public init() {}

  public var reviewed: Int { counts.reduce(0, +) }

  public func count(_ grade: FSRSGrade) -> Int { counts[grade.rawValue - 1] }

  /// The share of reviews not answered Again; nil before any review.
  public var retention: Double? {
    reviewed == 0 ? nil : Double(reviewed - count(.again)) / Double(reviewed)
  }

  /// Records a grade; a card answered Again waits at the back until `due`.
  public mutating func record(
    question: String, grade: FSRSGrade, due: Date, secondsSpent: Double
  ) {
    counts[grade.rawValue - 1] += 1
    self.secondsSpent += secondsSpent
    waiting.removeAll { $0.question == question }
    if grade == .again { waiting.append(Waiting(question: question, due: due)) }
  }

  /// The card to show at `now`: a card answered Again whose step is over, else the first card
  /// of the queue that is not waiting, else the waiting card due first (nothing else is
  /// left); nil when the sitting is done.
  public func next(in queue: [String], now: Date) -> String? {
    if let ready = waiting.first(where: { $0.due <= now }) { return ready.question }
    let waitingIDs = Set(waiting.map(\.question))
    if let fresh = queue.first(where: { !waitingIDs.contains($0) }) { return fresh }
    return waiting.min { $0.due < $1.due }?.question
  }

  /// Cards left at `now`: the queue's and the waiting ones, each once.
  public func left(in queue: [String]) -> Int {
    Set(queue).union(waiting.map(\.question)).count
  }
}
