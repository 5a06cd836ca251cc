import CoachCore
import CoachStore
import Foundation

/// What a drill works from: the focus, the focuses on offer, and the queue, as of `at`.
public struct DrillPlan: Sendable, Equatable {
  public var filter: DrillFilter
  public var choices: [DrillFilter]
  public var queue: DrillQueue
  public var newPerDay: Int
  /// The skills of the latest assessment's gaps, which "my gaps" drills.
  public var gapSkills: Set<String>
  /// The focus's cards due by the end of tomorrow, for the summary of a drill.
  public var dueTomorrow: Int
  /// Key points missed in mock interviews and sent to the drills, by question, still waiting.
  public var missed: [String: MissedPoints] = [:]
  /// When the plan was made: the moment the next card is shown.
  public var at: Date
  /// The interview ahead, whose questions "my interview" drills; nil without one.
  public var interview: InterviewPrep?
}

/// A card just graded: the review and the card's new schedule.
public struct GradedCard: Sendable, Equatable {
  public var question: String
  public var grade: FSRSGrade
  public var card: DrillCard
  public var at: Date
  public var secondsSpent: Double
}

extension StoreEffects {
  func performDrill(_ effect: Effect) throws(StoreError) -> EffectReply? {
    switch effect {
    case .loadDrillPlan(let filter):
      return .drillPlan(try drillPlan(filter, at: now()))
    case .saveDrillSettings(let settings, let filter):
      try store.save(settings)
      return .drillPlan(try drillPlan(filter, at: now()))
    case .gradeCard(let question, let grade, let shownAt, let filter, let gapSkills):
      let at = now()
      let seconds = max(0, at.timeIntervalSince(shownAt))
      let card = try store.recordReview(
        question: question, grade: grade, at: at, secondsSpent: seconds)
      let graded = GradedCard(
        question: question, grade: grade, card: card, at: at, secondsSpent: seconds)
      return .cardGraded(graded, try drillPlan(filter, gapSkills: gapSkills, at: at))
    case .loadDrillStats:
      return .drillStats(try store.drillStats(pack: pack, now: now(), calendar: calendar))
    default:
      return nil
    }
  }

  /// The queue for a focus at `now`; a focus no longer on offer (no gaps left, the interview
  /// passed) falls back to all questions.
  /// The gap skills are read from the latest assessment unless given.
  func drillPlan(_ filter: DrillFilter, gapSkills known: Set<String>? = nil, at now: Date)
    throws(StoreError) -> DrillPlan
  {
    let latest = try store.latestFinished()
    let userSettings = try store.settings()
    let report = latest.map {
      CareerReport.make(pack: pack, assessment: $0, settings: userSettings)
    }
    let gapSkills = known ?? report.map(DrillQueue.gapSkills(of:)) ?? []
    let leftOut = latest?.judgedPick(in: pack).excluded(in: pack) ?? []
    let interview = InterviewPrep.make(
      settings: userSettings, report: report, pack: pack, leftOut: leftOut, calendar: calendar
    ).flatMap { $0.isOver(now: now) ? nil : $0 }
    let choices = DrillFilter.choices(
      pack: pack, hasGaps: !gapSkills.isEmpty, hasInterview: interview != nil)
    let chosen = choices.contains(filter) ? filter : .all
    let settings = try store.drillSettings()
    let introduced = try store.introducedCount(since: calendar.startOfDay(for: now))
    let cards = try store.cardStates()
    let known = Set(pack.questions.map(\.id))
    let missed = MissedPoints.pending(
      in: try store.mockInterviews(),
      lastReviewed: cards.compactMapValues { $0.card.lastReview }
    ).filter { known.contains($0.key) }
    let queue = DrillQueue.make(
      pack: pack, cards: cards, filter: chosen, gapSkills: gapSkills, leftOut: leftOut,
      newPerDay: settings.newPerDay, introducedToday: introduced, now: now,
      missed: Set(missed.keys), interview: interview)
    let endOfTomorrow =
      calendar.date(byAdding: .day, value: 2, to: calendar.startOfDay(for: now)) ?? now
    let dueTomorrow = DrillQueue.dueCount(
      pack: pack, cards: cards, filter: chosen, gapSkills: gapSkills, leftOut: leftOut,
      before: endOfTomorrow, interview: interview)
    return DrillPlan(
      filter: chosen, choices: choices, queue: queue, newPerDay: settings.newPerDay,
      gapSkills: gapSkills, dueTomorrow: dueTomorrow, missed: missed, at: now,
      interview: interview)
  }

}
