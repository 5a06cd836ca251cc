import CoachCore
import CoachStore

extension StoreEffects {
  /// The draft effects: typed text kept between runs.
  func performDraft(_ effect: Effect) throws(StoreError) -> EffectReply? {
    switch effect {
    case .saveDraft(let draft):
      try store.saveDraft(draft, at: now())
      return nil
    case .loadDraft(let place):
      return .draft(try store.draft(at: place))
    case .deleteDraft(let place):
      try store.deleteDraft(at: place)
      return nil
    case .loadDrafts:
      return .drafts(try store.drafts())
    default:
      return nil
    }
  }
}
