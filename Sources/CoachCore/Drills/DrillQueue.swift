#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What to drill next: the questions whose missed mock interview points were sent to the
/// drills, then the cards due now, most overdue first, then new questions up to what is left of
/// the daily new-card limit, in the pack's order.
public struct DrillQueue: Sendable, Equatable {
  /// Question ids with missed key points waiting (`MissedPoints`), in the pack's order: asked
  /// for by the user, so first whatever the focus, due or not, and beyond the new-card limit.
  public var missed: [String] = []
  /// Question ids of due cards, most overdue first.
  public var due: [String]
  /// Question ids never reviewed, as many as today's limit still allows.
  public var new: [String]
  /// Questions of the filter never reviewed, beyond today's limit included.
  public var unseen: Int
  /// The earliest due date among the filter's cards not due yet.
  public var nextDue: Date?
  /// The day's limit of new questions the queue was made with: the user's, or for "my
  /// interview" the one that fits the days left.
  public var newPerDay = DrillQueue.defaultNewPerDay

  public init(due: [String], new: [String], unseen: Int, nextDue: Date?) {
    self.due = due
    self.new = new
    self.unseen = unseen
    self.nextDue = nextDue
  }

  /// Missed points first, then due cards, then new ones.
  public var ids: [String] { missed + due + new }
  public var isEmpty: Bool { missed.isEmpty && due.isEmpty && new.isEmpty }

  /// The default number of new questions a day.
  public static let defaultNewPerDay = 10

  /// - Parameters:
  ///   - cards: every reviewed question's card, by question id.
  ///   - gapSkills: the skills the `.gaps` filter takes.
  ///   - leftOut: skills whose questions the `.gaps` filter leaves out (not the user's stack).
  ///   - newPerDay: the daily limit of new questions.
  ///   - introducedToday: new questions already reviewed for the first time today.
  ///   - missed: questions with missed mock interview points waiting for a drill.
  ///   - interview: an interview ahead, whose cards come back before its day.
  public static func make(
    pack: Pack, cards: [String: DrillCard], filter: DrillFilter, gapSkills: Set<String> = [],
    leftOut: Set<String> = [], newPerDay: Int, introducedToday: Int, now: Date,
    missed: Set<String> = [], interview: InterviewPrep? = nil
  ) -> DrillQueue {
    var due: [(id: String, at: Date)] = []
    var new: [String] = []
    var first: [String] = []
    var nextDue: Date?
    for question in pack.questions {
      if missed.contains(question.id) {
        first.append(question.id)
        continue
      }
      guard
        filter.matches(
          question, pack: pack, gapSkills: gapSkills, leftOut: leftOut, interview: interview)
      else { continue }
      guard let card = cards[question.id] else {
        new.append(question.id)
        continue
      }
      let dueAt = interview?.due(of: card, question: question) ?? card.card.due
      if dueAt <= now {
        due.append((question.id, dueAt))
      } else if nextDue.map({ dueAt < $0 }) ?? true {
        nextDue = dueAt
      }
    }
    // Stable: equally overdue cards keep the pack's order.
    let ordered = due.enumerated().sorted { a, b in
      a.element.at != b.element.at ? a.element.at < b.element.at : a.offset < b.offset
    }
    var limit = newPerDay
    if filter == .interview, let interview {
      // Sized from what was unseen this morning: today's new cards are no longer unseen.
      limit = interview.newPerDay(unseen: new.count + introducedToday, now: now)
    }
    let allowance = max(0, limit - introducedToday)
    var queue = DrillQueue(
      due: ordered.map(\.element.id), new: Array(new.prefix(allowance)), unseen: new.count,
      nextDue: nextDue)
    queue.missed = first
    queue.newPerDay = limit
    return queue
  }

  /// How many of the filter's reviewed cards are due before `date`: what a drill's summary
  /// says waits by the end of tomorrow.
  public static func dueCount(
    pack: Pack, cards: [String: DrillCard], filter: DrillFilter, gapSkills: Set<String> = [],
    leftOut: Set<String> = [], before date: Date, interview: InterviewPrep? = nil
  ) -> Int {
    pack.questions.filter { question in
      guard let card = cards[question.id],
        interview?.due(of: card, question: question) ?? card.card.due < date
      else { return false }
      return filter.matches(
        question, pack: pack, gapSkills: gapSkills, leftOut: leftOut, interview: interview)
    }.count
  }

  /// The skills of the gaps in a report: a gap's chosen skill, and every skill of its group.
  public static func gapSkills(of report: CareerReport) -> Set<String> {
    Set(report.gaps.flatMap { [$0.skill] + $0.requirement.skills })
      .subtracting(report.profile.excluded)
  }
}
