import CoachCore
import CoachStore
import Foundation

/// What the drills read from the latest assessment and the settings, once: it cannot change
/// during a drill, so grading a card does not read it again.
public struct DrillBasis: Sendable, Equatable {
  /// The skills of the latest assessment's gaps, which "my gaps" drills.
  public var gapSkills: Set<String>
  /// Skills outside the user's stack, left out of "my gaps" and "my interview".
  public var leftOut: Set<String>
  /// The interview ahead, whose questions "my interview" drills; nil without one.
  public var interview: InterviewPrep?
}

/// What a drill works from: the focus, the focuses on offer, and the queue, as of `at`.
public struct DrillPlan: Sendable, Equatable {
  public var filter: DrillFilter
  public var choices: [DrillFilter]
  public var queue: DrillQueue
  public var newPerDay: Int
  public var basis: DrillBasis
  public var gapSkills: Set<String> { basis.gapSkills }
  public var interview: InterviewPrep? { basis.interview }
  /// The focus's cards due by the end of tomorrow, for the summary of a drill.
  public var dueTomorrow: Int
  /// Key points missed in mock interviews and sent to the drills, by question, still waiting.
  public var missed: [String: MissedPoints] = [:]
  /// When the plan was made: the moment the next card is shown.
  public var at: Date
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
    case .gradeCard(let question, let grade, let shownAt, let filter, let basis):
      let at = now()
      let seconds = max(0, at.timeIntervalSince(shownAt))
      let card = try store.recordReview(
        question: question, grade: grade, at: at, secondsSpent: seconds)
      let graded = GradedCard(
        question: question, grade: grade, card: card, at: at, secondsSpent: seconds)
      return .cardGraded(graded, try drillPlan(filter, basis: basis, at: at))
    case .loadDrillStats:
      return .drillStats(try store.drillStats(pack: pack, now: now(), calendar: calendar))
    default:
      return nil
    }
  }

  /// The gap skills, the stack and the interview ahead, from the latest assessment and the
  /// settings; `report` is the latest assessment's, when the caller has made it already.
  func drillBasis(latest: Assessment?, report: CareerReport?, settings: Settings, at now: Date)
    throws(StoreError) -> DrillBasis
  {
    let leftOut = latest?.judgedPick(in: pack).excluded(in: pack) ?? []
    // The saved job prepared for, read only when there is an interview to prepare.
    let job = settings.interviewDate == nil ? nil : try settings.job.flatMap(store.job(id:))
    let interview = InterviewPrep.make(
      settings: settings, report: report, job: job, pack: pack, leftOut: leftOut,
      calendar: calendar
    ).flatMap { $0.isOver(now: now) ? nil : $0 }
    return DrillBasis(
      gapSkills: report.map(DrillQueue.gapSkills(of:)) ?? [], leftOut: leftOut,
      interview: interview)
  }

  /// The queue for a focus at `now`; a focus no longer on offer (no gaps left, the interview
  /// passed) falls back to all questions. The basis is read from the store unless given.
  func drillPlan(_ filter: DrillFilter, basis known: DrillBasis? = nil, at now: Date)
    throws(StoreError) -> DrillPlan
  {
    let basis: DrillBasis
    if let known {
      basis = known
    } else {
      let latest = try store.latestFinished()
      let settings = try store.settings()
      let report = latest.map {
        CareerReport.make(pack: pack, assessment: $0, settings: settings)
      }
      basis = try drillBasis(latest: latest, report: report, settings: settings, at: now)
    }
    let (gapSkills, leftOut, interview) = (basis.gapSkills, basis.leftOut, basis.interview)
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
      basis: basis, dueTomorrow: dueTomorrow, missed: missed, at: now)
  }
}
