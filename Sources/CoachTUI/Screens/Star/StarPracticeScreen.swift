import CoachCore
import CoachStore

/// One behavioural question answered in STAR form: four text areas (Tab moves between them),
/// the scope rubric of the question's level, and a check of the scope the story names. A saved
/// answer opens here to be rewritten.
public struct StarPracticeScreen: ScreenModel {
  public enum Action: Sendable {
    case next, previous, save, back
  }

  public let question: Question
  /// The saved answer being rewritten; nil for a new answer.
  public private(set) var editing: SavedStarAnswer?
  public private(set) var fields: [TextArea]
  public private(set) var focused = StarAnswer.Field.situation
  public private(set) var notice: String?
  private let levelName: String

  public init(question: Question, pack: Pack, editing: SavedStarAnswer? = nil) {
    self.question = question
    self.editing = editing
    levelName = pack.levelName(question.level)
    rubric = ScopeRubric.forLevel(question.level, in: pack)
    fields = StarAnswer.Field.allCases.map { field in
      TextArea(text: editing?.answer[field] ?? "", limit: TextLimits.starPart)
    }
  }

  public var title: String { editing == nil ? "STAR" : "Edit answer" }
  public var capturesText: Bool { true }
  public var hasUnsavedInput: Bool {
    editing.map { answer != $0.answer } ?? !answer.isEmpty
  }
  /// An answer being rewritten is kept as a draft once it differs from what is saved; while
  /// it does not, the draft is empty, so a copy kept earlier goes.
  public var draft: Draft? {
    let place = Draft.Place.star(question: question.id)
    if let editing, answer == editing.answer {
      return Draft(place: place, texts: fields.map { _ in "" })
    }
    return Draft(place: place, texts: fields.map(\.text))
  }

  /// The screen for `question`, with the draft kept for it asked for.
  public static func opening(_ question: Question, pack: Pack) -> [Command] {
    [
      .push(StarPracticeScreen(question: question, pack: pack)),
      .effect(.loadDraft(.star(question: question.id))),
    ]
  }

  public var answer: StarAnswer {
    var result = StarAnswer()
    for field in StarAnswer.Field.allCases { result[field] = fields[field.rawValue].text }
    return result
  }

  /// The scope the question's level asks a story to show.
  public let rubric: ScopeRubric

  /// The scope the Situation, Task and Action name.
  public var scope: StoryScope {
    let answer = answer
    return StoryScope.read(
      [answer.situation, answer.task, answer.action].joined(separator: "\n"))
  }

  public var keyTable: KeyTable<Action> {
    KeyTable([
      KeyBinding([.tab], "Tab", "Next part", .next),
      KeyBinding([.backTab], "S-Tab", "Previous part", footer: false, .previous),
      KeyBinding([.control("d")], "C-d", "Save", .save),
      KeyBinding([.escape], "Esc", "Back without saving", footer: false, .back),
    ])
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    notice = nil
    let count = StarAnswer.Field.allCases.count
    switch action {
    case .next: focused = StarAnswer.Field(rawValue: (focused.rawValue + 1) % count)!
    case .previous: focused = StarAnswer.Field(rawValue: (focused.rawValue + count - 1) % count)!
    case .back: return [.pop]
    case .save:
      guard !answer.isEmpty else {
        notice = "Type at least one part before saving."
        return []
      }
      if let editing {
        return [.effect(.updateStarAnswer(id: editing.id, answer: answer))]
      }
      return [.effect(.saveStarAnswer(question: question.id, answer: answer))]
    }
    return []
  }

  public mutating func receiveText(_ key: Key, data: AppData) -> [Command] {
    notice = nil
    let size = StarPracticeView.fieldSize(body: data.body, screen: self)
    _ = fields[focused.rawValue].edit(key, size: size)
    return []
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    switch reply {
    case .starSaved(let saved):
      // Nothing is left unsaved, so leaving asks nothing.
      if editing != nil {
        editing = saved
      } else {
        fields = StarAnswer.Field.allCases.map { _ in TextArea(limit: TextLimits.starPart) }
      }
      return [.pop, .effect(.loadStarAnswers)]
    case .draft(let kept?):
      guard editing == nil, answer.isEmpty, kept.place == draft?.place else { return [] }
      for (index, text) in kept.texts.prefix(fields.count).enumerated() {
        fields[index] = TextArea(text: text, limit: fields[index].limit)
      }
      notice = "Your unsaved answer from last time is back; Ctrl-D saves it."
    default: break
    }
    return []
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    StarPracticeView(screen: self, levelName: levelName).draw(&canvas, in: rect, context: context)
  }
}
