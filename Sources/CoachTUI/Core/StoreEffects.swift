import CoachCore
import CoachStore
import Foundation

/// Runs effects against the user's store.
public struct StoreEffects: EffectRunner {
  public let store: CoachStore
  public let pack: Pack
  public let now: @Sendable () -> Date
  /// Whose days "today" means: the new cards a day, the cards due today, reviews per day.
  public let calendar: Calendar

  public init(
    store: CoachStore, pack: Pack, now: @escaping @Sendable () -> Date = { Date() },
    calendar: Calendar = .gregorian(in: .current)
  ) {
    self.store = store
    self.pack = pack
    self.now = now
    self.calendar = calendar
  }

  public func run(_ effect: Effect) -> EffectReply? {
    do {
      return try perform(effect)
    } catch {
      return .failure(error.description)
    }
  }

  private func perform(_ effect: Effect) throws(StoreError) -> EffectReply? {
    switch effect {
    // The app loop presses the keys itself; nothing reaches the store.
    case .pressKeys: return nil
    // A review belongs to its file, not to the reviewer's store.
    case .saveReview: return .failure("a review is saved only in the review window.")
    case .loadUnfinished:
      return .unfinished(try store.unfinishedAssessment())
    case .startAssessment(let mode, let years, let market, let pick):
      return .started(
        try store.startAssessment(
          mode: mode, years: years, market: market, languages: pick.languages,
          databases: pick.databases, cloud: pick.cloud, now: now()))
    case .deepen(let id):
      return .started(try store.deepen(id, now: now()))
    case .saveAnswer(let id, let skill, let answer, let position):
      try store.saveAnswer(assessment: id, skill: skill, answer: answer, position: position)
      return nil
    case .saveCategoryAnswer(let id, let category, let answer, let position):
      try store.saveCategoryAnswer(
        assessment: id, category: category, answer: answer, position: position)
      return nil
    case .savePosition(let id, let position):
      try store.savePosition(assessment: id, position: position)
      return nil
    case .finish(let id):
      try store.finish(assessment: id, at: now())
      guard let done = try store.assessment(id: id) else {
        return .failure("assessment \(id) is gone.")
      }
      return .finished(done)
    case .loadLatest:
      return .latest(try store.latestFinished(), try store.settings())
    case .saveSettings(let settings):
      // Only what the report screens change: the rest may have changed since they loaded
      // (`config set` in another terminal).
      try store.updateSettings {
        $0.hoursPerWeek = settings.hoursPerWeek
        $0.targetLevel = settings.targetLevel
        $0.objectives = settings.objectives
      }
      return nil
    case .loadHistory:
      return .history(try store.summaries())
    case .loadAssessments(let ids):
      return .assessments(try store.assessments(ids: ids))
    case .readCV(let path):
      switch CVFile.read(path) {
      case .success(let text):
        return .cvChecked(
          path: path, text: text, report: CVAnalysis.analyse(text: text, pack: pack))
      case .failure(let problem): return .failure(problem.description)
      }
    case .readTeam(let folder):
      switch TeamFolder.read(folder, pack: pack) {
      case .success(let reading): return .teamRead(reading)
      case .failure(let problem):
        return .failure(problem.screenSentence)
      }
    case .loadMockSetup:
      return .mockSetup(
        try store.mockInterviews(), gapSkills: try latestReport()?.gaps.map(\.skill))
    case .startMockInterview(let length, let focus, let questions):
      return .mockStarted(
        try store.startMockInterview(
          length: length, focus: focus, questions: questions, now: now()))
    case .saveMockAnswer(let id, let answer):
      try store.saveMockAnswer(answer, interview: id)
      return nil
    case .finishMockInterview(let id):
      try store.finishMockInterview(id, at: now())
      guard let done = try store.mockInterview(id: id) else {
        return .failure("mock interview \(id) is gone.")
      }
      return .mockFinished(done)
    case .sendMissedToDrills(let id):
      return .mockFinished(try store.sendMissedPointsToDrills(id, at: now()))
    case .loadStarAnswers:
      return .starAnswers(try store.starAnswers())
    case .saveStarAnswer(let question, let answer):
      return .starSaved(try store.saveStarAnswer(answer, question: question, now: now()))
    case .updateStarAnswer(let id, let answer):
      return .starSaved(try store.updateStarAnswer(id: id, with: answer))
    case .deleteStarAnswer(let id):
      try store.deleteStarAnswer(id: id)
      return .starAnswers(try store.starAnswers())
    case .loadMockScores:
      return .mockScores(try store.mockScoreHistory())
    case .loadSkillEvidence:
      return .skillEvidence(try store.skillEvidence(pack: pack))
    case .loadDrillPlan, .saveDrillSettings, .gradeCard, .loadDrillStats:
      return try performDrill(effect)
    case .saveDraft, .loadDraft, .deleteDraft, .loadDrafts:
      return try performDraft(effect)
    case .loadHomeSummary:
      return .homeSummary(try homeSummary())
    case .recordInterviewOutcome(let outcome):
      try store.recordInterviewOutcome(outcome)
      return nil
    case .loadConfig:
      return .config(try store.userConfig())
    case .loadJobs:
      return .jobs(try savedJobs())
    case .addJob(let text):
      let job = try store.addJob(text: text, at: now())
      return .jobs(try savedJobs(added: job.id))
    case .removeJob(let id):
      try store.removeJob(id: id)
      return .jobs(try savedJobs())
    case .setTargetJob(let id):
      try store.updateSettings { $0.job = id }
      return .jobs(try savedJobs())
    case .loadEvidenceLog:
      return .evidenceLog(try store.evidence())
    case .addEvidence(let draft):
      return .evidenceAdded(try store.addEvidence(draft, pack: pack))
    case .loadReceivedReviews:
      return .receivedReviews(try store.receivedReviews())
    case .saveConfig(let config):
      try store.save(config)
      return .config(try store.userConfig())
    case .remember(let choice):
      try store.updateSettings { choice.apply(to: &$0) }
      return nil
    case .loadRememberedDrillPlan:
      // While an interview is ahead, the drills open on its questions.
      let interview = try drillPlan(.interview, at: now())
      if interview.interview != nil { return .drillPlan(interview) }
      let code = try store.settings().drillFocus
      let filter = code.flatMap { DrillFilter(code: $0, in: pack) } ?? .all
      return .drillPlan(try drillPlan(filter, at: now()))
    }
  }

  /// The latest placement on the pack's first track, today's flashcards and an unfinished
  /// assessment, for the home screen.
  func homeSummary() throws(StoreError) -> HomeSummary {
    // One read of the latest assessment and the settings, and one report, serve the
    // placement line, the drill queue and the countdown.
    let latest = try store.latestFinished()
    let settings = try store.settings()
    let report = latest.map {
      CareerReport.make(pack: pack, assessment: $0, settings: settings)
    }
    var placed: HomeSummary.Placed?
    if let latest, pack.has(.placement), let track = report?.placement.tracks.first {
      placed = HomeSummary.Placed(
        level: CareerReport.placementName(track, in: pack), track: pack.trackName(track.track),
        mode: latest.mode, on: latest.finishedAt ?? latest.startedAt)
    }
    let at = now()
    let basis = try drillBasis(latest: latest, report: report, settings: settings, at: at)
    // With an interview ahead, today's cards are those of its skills.
    let plan = try drillPlan(.interview, basis: basis, at: at)
    let unfinished = try store.unfinishedAssessment().map {
      HomeSummary.InProgress(mode: $0.mode, answered: $0.answeredCount)
    }
    var summary = HomeSummary(
      placement: placed, cardsDue: plan.queue.due.count, newCards: plan.queue.new.count,
      unfinished: unfinished)
    summary.placeable = pack.has(.placement)
    if let date = settings.interviewDate,
      let days = InterviewPrep.daysLeft(until: date, now: at, calendar: calendar)
    {
      if days >= 0 {
        summary.interview = HomeSummary.Countdown(
          target: plan.interview?.targetName, day: date, daysLeft: days)
      } else {
        summary.passedInterview = date
      }
    }
    return summary
  }

  /// The report of the latest finished assessment under the user's settings; nil before
  /// the first one is finished.
  func latestReport() throws(StoreError) -> CareerReport? {
    guard let latest = try store.latestFinished() else { return nil }
    return CareerReport.make(pack: pack, assessment: latest, settings: try store.settings())
  }
}

extension StoreEffects {
  func savedJobs(added: String? = nil) throws(StoreError) -> SavedJobs {
    SavedJobs(
      jobs: try store.jobs(), target: try store.settings().job,
      latest: try store.latestFinished(), added: added)
  }
}
