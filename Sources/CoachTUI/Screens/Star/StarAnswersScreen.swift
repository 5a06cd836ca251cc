import CoachCore
import CoachStore
import Foundation

/// The STAR answers saved for one behavioural question, newest first, to read back, rewrite
/// or delete. Tab picks the answer that `e` edits, `d` deletes (after a yes) and `v` turns
/// into evidence for the question's skill.
public struct StarAnswersScreen: DocumentScreen {
  public enum Action: Sendable {
    case scroll(ScrollAction)
    case select(Int)
    case newAnswer, edit, delete, back, useAsEvidence
  }

  public let question: Question
  /// Newest first.
  public private(set) var answers: [SavedStarAnswer]
  /// The answer `e` and `d` act on, an index into `answers`.
  public private(set) var selected = 0
  /// True when an unsaved answer to this question is kept as a draft: editing would share
  /// its place, so the draft is finished first.
  public private(set) var draftKept = false
  public private(set) var notice: String?
  public var document = ScrollingDocument()
  private let pack: Pack

  /// `saved` may hold answers to any question; only this question's are kept.
  public init(question: Question, saved: [SavedStarAnswer], pack: Pack) {
    self.question = question
    self.pack = pack
    answers = Self.answers(to: question, in: saved)
  }

  /// The screen, and the effect that says whether a draft is kept for its question.
  public static func opening(
    _ question: Question, saved: [SavedStarAnswer], pack: Pack
  ) -> [Command] {
    [
      .push(StarAnswersScreen(question: question, saved: saved, pack: pack)),
      .effect(.loadDraft(.star(question: question.id))),
    ]
  }

  static func answers(to question: Question, in saved: [SavedStarAnswer]) -> [SavedStarAnswer] {
    saved.filter { $0.questionID == question.id }.sorted {
      ($0.savedAt, $0.id) > ($1.savedAt, $1.id)
    }
  }

  public var title: String { "Saved answers" }

  public var keyTable: KeyTable<Action> {
    KeyTable(
      ScrollingDocument.keys { .scroll($0) } + [
        KeyBinding([.tab], "Tab", "Next answer", .select(1)),
        KeyBinding([.backTab], "S-Tab", "Previous answer", footer: false, .select(-1)),
        KeyBinding([.character("e")], "e", "Edit", .edit),
        KeyBinding([.character("d")], "d", "Delete", .delete),
        KeyBinding(
          [.character("v")], "v", "Use as evidence", footer: false, .useAsEvidence),
        KeyBinding([.character("n")], "n", "New answer", .newAnswer),
        KeyBinding([.escape], "Esc", "Back", footer: false, .back),
      ])
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    notice = nil
    switch action {
    case .scroll(let move):
      scrollDocument(move, data: data)
    case .select(let delta):
      guard !answers.isEmpty else { return [] }
      selected = (selected + delta + answers.count) % answers.count
      showSelected(data: data)
    case .newAnswer:
      return StarPracticeScreen.opening(question, pack: pack)
    case .edit:
      guard answers.indices.contains(selected) else { return [] }
      guard !draftKept else {
        notice = "An unsaved answer to this question is kept: press n to finish it first."
        return []
      }
      return [
        .push(StarPracticeScreen(question: question, pack: pack, editing: answers[selected]))
      ]
    case .delete:
      guard answers.indices.contains(selected) else { return [] }
      let answer = answers[selected]
      let date = Format.date(answer.savedAt, in: data.calendar)
      // Its first words, so the user sees which story goes.
      let start =
        StarAnswer.Field.allCases.lazy.map { answer.answer[$0] }
        .first { !$0.isEmpty }.map { "\(Self.opening(of: $0)), " } ?? ""
      return [
        .confirm(
          ConfirmDialog(
            title: "Delete this answer?",
            message: "The answer saved \(date), \(start)will be gone for good.",
            onConfirm: [.effect(.deleteStarAnswer(id: answer.id))]))
      ]
    case .useAsEvidence:
      guard answers.indices.contains(selected) else { return [] }
      let story = EvidenceDraft(
        story: answers[selected].answer, skills: question.skills,
        day: Format.day(data.today, in: data.calendar))
      return EvidenceFormScreen.opening(
        suggesting: question.skills, data: data, text: story.text, outcome: story.outcome ?? "")
    case .back:
      // The list's counts of saved answers may be out of date after a new answer.
      return [.pop, .effect(.loadStarAnswers)]
    }
    return []
  }

  /// "“First words of the story…”".
  static func opening(of text: String) -> String {
    let line = text.split(separator: "\n").first.map(String.init) ?? text
    return "“" + (line.count <= 32 ? line : String(line.prefix(31)) + "…") + "”"
  }

  public mutating func appeared(data: AppData) -> [Command] {
    [.effect(.loadDraft(.star(question: question.id)))]
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    switch reply {
    case .starAnswers(let saved):
      answers = Self.answers(to: question, in: saved)
      selected = min(selected, max(0, answers.count - 1))
      document = ScrollingDocument()
      showSelected(data: data)
    case .draft(let kept):
      draftKept = !(kept?.isEmpty ?? true)
    default: break
    }
    return []
  }

  /// Scrolls the selected answer's first line to the top, as far as the document allows.
  private mutating func showSelected(data: AppData) {
    let body = Rect(x: 0, y: 0, width: data.body.width, height: data.body.height)
    let area = documentArea(in: body, data: data)
    let made = StarAnswersLines(screen: self, pack: pack, calendar: data.calendar)
      .make(width: area.width, glyphs: .unicode)
    let start = made.starts.indices.contains(selected) ? made.starts[selected] : 0
    document = ScrollingDocument(offset: start)
    document.apply(.line(0), lines: made.lines.count, height: area.height)
  }

  public func documentArea(in body: Rect, data: AppData) -> Rect {
    body.inset(horizontal: 1, vertical: 0)
  }

  public func documentLines(width: Int, data: AppData, glyphs: Glyphs) -> [DocLine] {
    StarAnswersLines(screen: self, pack: pack, calendar: data.calendar)
      .make(width: width, glyphs: glyphs).lines
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    drawDocument(&canvas, in: rect, context: context, data: data)
  }
}
