import CoachCore
import Foundation

extension AppState {
  /// How often typed text is kept while it changes.
  static let draftInterval: TimeInterval = 2
  /// How far a countdown may move on before the draft is kept again for its time alone.
  static let draftClockSeconds = 2

  /// The effect that keeps the top screen's typed text, when it changed since it was last
  /// kept and `draftInterval` has passed; at once when `now` is nil (the app is leaving).
  mutating func keepDraft(at now: Date?) -> [Effect] {
    // A window that only reads cannot keep a draft; quitting still asks first.
    guard !data.readOnly, let draft = top.draft,
      draft.differs(from: keptDraft, clockSeconds: Self.draftClockSeconds)
    else { return [] }
    // Text typed and then deleted: the kept copy goes too, or it would come back.
    let keptHere = keptDraft?.place == draft.place && !(keptDraft?.isEmpty ?? true)
    if draft.isEmpty && !keptHere { return [] }
    if let now, let at = keptDraftAt, now.timeIntervalSince(at) < Self.draftInterval { return [] }
    keptDraft = draft
    keptDraftAt = now
    return [draft.isEmpty ? .deleteDraft(draft.place) : .saveDraft(draft)]
  }

  /// The effects that drop the drafts of screens whose typed text the user chose to discard.
  static func dropDrafts(of screens: [any ScreenModel]) -> [Effect] {
    screens.compactMap { $0.draft.map { .deleteDraft($0.place) } }
  }

  /// One sentence offering the drafts kept by an earlier run, or nil when there are none.
  static func draftOffer(_ drafts: [Draft], pack: Pack?) -> String? {
    guard let first = drafts.first else { return nil }
    let more = drafts.count > 1 ? " (and \(drafts.count - 1) more)" : ""
    switch first.place {
    case .mockAnswer:
      return "Your unsaved mock interview answer was kept\(more): open Mock interview and press"
        + " r to go on with it."
    case .star(let id):
      let text = pack?.questions.first { $0.id == id }?.text ?? id
      return "Your unsaved STAR answer to \"\(Self.shortened(text))\" was kept\(more): open it in"
        + " STAR practice to go on with it."
    }
  }

  private static func shortened(_ text: String) -> String {
    text.count <= 40 ? text : String(text.prefix(39)) + "…"
  }
}
