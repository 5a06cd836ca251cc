import CoachCore
import CoachStore
import Foundation

/// The STAR answers saved for one behavioural question, newest first, to read back.
public struct StarAnswersScreen: DocumentScreen {
  public enum Action: Sendable {
    case scroll(ScrollAction)
    case newAnswer, back
  }

  public let question: Question
  /// Newest first.
  public private(set) var answers: [SavedStarAnswer]
  public var document = ScrollingDocument()
  private let pack: Pack

  /// `saved` may hold answers to any question; only this question's are kept.
  public init(question: Question, saved: [SavedStarAnswer], pack: Pack) {
    self.question = question
    self.pack = pack
    answers = Self.answers(to: question, in: saved)
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
        KeyBinding([.character("n")], "n", "New answer", .newAnswer),
        KeyBinding([.escape], "Esc", "Back", footer: false, .back),
      ])
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    switch action {
    case .scroll(let move):
      scrollDocument(move, data: data)
    case .newAnswer:
      return StarPracticeScreen.opening(question, pack: pack)
    case .back:
      // The list's counts of saved answers may be out of date after a new answer.
      return [.pop, .effect(.loadStarAnswers)]
    }
    return []
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    if case .starAnswers(let saved) = reply {
      answers = Self.answers(to: question, in: saved)
      document = ScrollingDocument()
    }
    return []
  }

  /// Width of the column naming each part of an answer.
  static let labelWidth = 11

  public func documentArea(in body: Rect, data: AppData) -> Rect {
    body.inset(horizontal: 1, vertical: 0)
  }

  public func documentLines(width: Int, data: AppData, glyphs: Glyphs) -> [DocLine] {
    let calendar = data.calendar
    let count = "\(answers.count) saved answer\(answers.count == 1 ? "" : "s")"
    var lines = DocLine.wrapped(question.text, width: width, .title)
    lines.append(
      .text("\(pack.levelName(question.level)) · \(count), newest first", .muted))
    let textWidth = max(10, width - Self.labelWidth)
    for saved in answers {
      lines += [.blank, .text("Saved \(Format.date(saved.savedAt, in: calendar))", .accent)]
      for field in StarAnswer.Field.allCases {
        let text = saved.answer[field].trimmingCharacters(in: .whitespacesAndNewlines)
        let wrapped = text.isEmpty ? [] : TextWrap.lines(text, width: textWidth)
        for (index, line) in (wrapped.isEmpty ? ["(left empty)"] : wrapped).enumerated() {
          lines.append(
            DocLine([
              .text(index == 0 ? field.name : "", .muted, width: Self.labelWidth),
              .text(line, wrapped.isEmpty ? .muted : .text, width: nil),
            ]))
        }
      }
    }
    return lines
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    drawDocument(&canvas, in: rect, context: context, data: data)
  }
}
