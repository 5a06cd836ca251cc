import CoachCore
import CoachStore

/// "Add evidence": something the user did that backs a rating. The skill comes suggested by
/// the screen it was opened from (← → picks another), the day is today; Tab moves between the
/// fields and C-d saves. The same store as `career-coach evidence add`.
public struct EvidenceFormScreen: ScreenModel {
  public enum Action: Sendable {
    case next, previous, save, back
  }

  public enum Field: Int, CaseIterable, Sendable {
    case skill, date, text, outcome, reference

    var label: String {
      switch self {
      case .skill: return "Skill"
      case .date: return "Date"
      case .text: return "What you did"
      case .outcome: return "Outcome"
      case .reference: return "Reference"
      }
    }
  }

  /// The skills ← → choose from: the suggested ones first, then the rest of the pack's.
  public let choices: [String]
  public private(set) var chosen = 0
  public private(set) var date: TextField
  public private(set) var text: TextArea
  public private(set) var outcome: TextField
  public private(set) var reference: TextField
  public private(set) var focused = Field.text
  /// Why the entry was not saved, or a hint; one sentence.
  public private(set) var notice: String?
  /// What the fields held when the form opened or was last saved: leaving asks first only
  /// when they changed.
  private var baseline: [String]

  /// A form for `suggested` skills (the first chosen), dated `day`, with `text` and `outcome`
  /// filled in when they come from elsewhere (a STAR story).
  public init(
    suggested: [String], pack: Pack, day: String, text: String = "", outcome: String = ""
  ) {
    var seen = Set<String>()
    choices = (suggested.filter { pack.skill($0) != nil } + pack.skills.map(\.id)).filter {
      seen.insert($0).inserted
    }
    date = TextField(text: day, limit: 10)
    self.text = TextArea(text: text, limit: TextLimits.evidenceText)
    self.outcome = TextField(text: outcome, limit: TextLimits.evidenceOutcome)
    reference = TextField(limit: TextLimits.evidenceReference)
    baseline = []
    baseline = values
  }

  /// The form on top of the screen it was opened from; nothing without a pack.
  static func opening(
    suggesting skills: [String], data: AppData, text: String = "", outcome: String = ""
  ) -> [Command] {
    guard let pack = data.pack, !pack.skills.isEmpty else { return [] }
    let day = Format.day(data.today, in: data.calendar)
    return [
      .push(
        EvidenceFormScreen(
          suggested: skills, pack: pack, day: day, text: text, outcome: outcome))
    ]
  }

  /// "Saved evidence-3 for SQL, dated 2026-11-18.": shown once the form has closed.
  static func savedSentence(_ entry: EvidenceEntry, pack: Pack?) -> String {
    let names = entry.skills.map { pack?.skillName($0) ?? $0 }.joined(separator: ", ")
    return "Saved \(entry.id) for \(names), dated \(entry.day)."
  }

  public var title: String { "Add evidence" }
  public var capturesText: Bool { true }
  public var hasUnsavedInput: Bool { values != baseline }

  private var values: [String] {
    [choices.isEmpty ? "" : choices[chosen], date.text, text.text, outcome.text, reference.text]
  }

  public var skill: String? { choices.isEmpty ? nil : choices[chosen] }

  public var keyTable: KeyTable<Action> {
    KeyTable([
      KeyBinding([.tab], "Tab", "Next field", .next),
      KeyBinding([.backTab], "S-Tab", "Previous field", footer: false, .previous),
      KeyBinding([.control("d")], "C-d", "Save", .save),
      KeyBinding([.escape], "Esc", "Back without saving", footer: false, .back),
    ])
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    notice = nil
    let count = Field.allCases.count
    switch action {
    case .next: focused = Field(rawValue: (focused.rawValue + 1) % count)!
    case .previous: focused = Field(rawValue: (focused.rawValue + count - 1) % count)!
    case .back: return [.pop]
    case .save:
      guard let pack = data.pack, let skill else { return [] }
      let draft = EvidenceDraft(
        day: date.text, skills: [skill], text: text.text, outcome: outcome.text,
        reference: reference.text
      ).tidied
      if let problem = draft.problem(in: pack) {
        notice = "Not saved: \(problem)."
        return []
      }
      return [.effect(.addEvidence(draft))]
    }
    return []
  }

  public mutating func receiveText(_ key: Key, data: AppData) -> [Command] {
    notice = nil
    switch focused {
    case .skill:
      guard !choices.isEmpty else { return [] }
      if key == .right || key == .down { chosen = (chosen + 1) % choices.count }
      if key == .left || key == .up { chosen = (chosen + choices.count - 1) % choices.count }
    case .text:
      _ = text.edit(key, size: EvidenceFormView.textSize(body: data.body))
    case .date, .outcome, .reference:
      if key == .enter { return perform(.next, data: data) }
      switch focused {
      case .date: _ = date.edit(key)
      case .outcome: _ = outcome.edit(key)
      default: _ = reference.edit(key)
      }
    }
    return []
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    switch reply {
    case .evidenceAdded:
      // Nothing is left unsaved, so leaving asks nothing; the screen below counts it.
      baseline = values
      return [.pop]
    case .failure(let sentence):
      notice = sentence
    default: break
    }
    return []
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    EvidenceFormView(screen: self, pack: data.pack).draw(&canvas, in: rect, context: context)
  }
}
