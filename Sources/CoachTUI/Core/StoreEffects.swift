import CoachCore
import CoachStore
import Foundation

/// Runs effects against the user's store.
public struct StoreEffects: EffectRunner {
  public let store: CoachStore
  public let pack: Pack
  public let now: @Sendable () -> Date

  public init(store: CoachStore, pack: Pack, now: @escaping @Sendable () -> Date = { Date() }) {
    self.store = store
    self.pack = pack
    self.now = now
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
    case .loadUnfinished:
      return .unfinished(try store.unfinishedAssessment())
    case .startAssessment(let mode, let years, let market, let languages):
      return .started(
        try store.startAssessment(
          mode: mode, years: years, market: market, languages: languages, now: now()))
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
      try store.save(settings)
      return nil
    case .loadHistory:
      return .history(try store.assessments())
    case .loadDrillPlan, .saveDrillSettings, .gradeCard, .loadDrillStats:
      return try performDrill(effect)
    }
  }
}
