import CoachCore
import CoachStore
import Foundation

/// A mock interview in progress: each question answered against its countdown, then checked
/// against its key points; a review at the end. Each answer is stored when confirmed.
public struct MockInterviewScreen: ScreenModel {
  public enum Phase: Sendable, Equatable {
    case answering, checking, review
  }

  public enum Action: Sendable {
    case submit, stop
    case move(Int)
    case toggle, confirm, done
    case drillMissed
  }

  public private(set) var interview: MockInterview
  public let questions: [Question]
  public private(set) var index: Int
  public private(set) var phase: Phase = .answering
  public private(set) var answer = TextArea(limit: TextLimits.mockAnswer)
  public private(set) var clock: QuestionClock
  /// The last time the app gave.
  public private(set) var now: Date?
  public private(set) var timedOut = false
  public private(set) var secondsUsed = 0
  /// The key points suggested from the typed answer, and those ticked now.
  public private(set) var found: Set<Int> = []
  public private(set) var ticked: Set<Int> = []
  public private(set) var selected = 0
  /// The review after the last question, which scrolls.
  public private(set) var review = ScrollingDocument()
  /// Esc was pressed once with an answer typed: a second Esc stops and drops it.
  public private(set) var stopArmed = false
  /// The screen before the latest answer went to be saved: a save that fails puts it back,
  /// checked and ready to confirm again, so no answer is lost unsaid. (At most one; an array
  /// because a struct cannot hold itself.)
  private var beforeSave: [MockInterviewScreen] = []
  /// The pack's other names for things, read into an answer's words when it is checked.
  private let synonyms: Synonyms

  public init(interview: MockInterview, pack: Pack) {
    self.interview = interview
    synonyms = pack.synonyms
    questions = interview.questions.compactMap { id in pack.questions.first { $0.id == id } }
    index = min(interview.answers.count, questions.count)
    clock = QuestionClock(
      limit: questions.indices.contains(index) ? questions[index].kind.mockSeconds : 0)
    if index >= questions.count { phase = .review }
  }

  public var question: Question? { questions.indices.contains(index) ? questions[index] : nil }

  public var title: String { "Interview" }

  /// The review offers to send missed key points to the drills once, when there are some.
  public var canDrillMissed: Bool {
    phase == .review && interview.missedSentToDrillsAt == nil && interview.missedPointCount > 0
  }
  public var capturesText: Bool { phase == .answering }
  public var wantsTicks: Bool { phase == .answering }
  public var hasUnsavedInput: Bool {
    (phase == .answering && !answer.isEmpty) || phase == .checking
  }

  public var draft: Draft? {
    guard phase != .review, question != nil else { return nil }
    let used =
      phase == .answering ? clock.elapsed(at: now ?? clock.startedAt ?? .distantPast) : secondsUsed
    return Draft(
      place: .mockAnswer(interview: interview.id, position: index), texts: [answer.text],
      secondsUsed: used)
  }

  public var keyTable: KeyTable<Action> {
    switch phase {
    case .answering:
      return KeyTable([
        KeyBinding([.control("d")], "C-d", "Submit", .submit),
        KeyBinding([.escape], "Esc", "Stop", .stop),
      ])
    case .checking where question?.keyPoints.isEmpty == true:
      return KeyTable([
        KeyBinding([.enter], "Enter", "Save", .confirm),
        KeyBinding([.escape], "Esc", "Stop", .stop),
      ])
    case .checking:
      return KeyTable([
        KeyBinding(eachOf: Key.verticalMoves, "↑/↓", "Choose a point") {
          .move(Key.step(of: $0))
        },
        KeyBinding([.space, .character("x")], "Space", "Tick", .toggle),
        KeyBinding([.enter], "Enter", "Confirm", .confirm),
        KeyBinding([.escape], "Esc", "Stop", .stop),
      ])
    case .review:
      var bindings: [KeyBinding<Action>] = [
        KeyBinding(eachOf: Key.verticalMoves, "↑/↓", "Scroll") { .move(Key.step(of: $0)) },
        KeyBinding([.enter, .escape], "Enter", "Done", .done),
      ]
      if canDrillMissed {
        bindings.append(
          KeyBinding([.character("f")], "f", "Flashcards of what I missed", .drillMissed))
      }
      return KeyTable(bindings)
    }
  }

  public mutating func tick(_ now: Date, data: AppData) -> [Command] {
    self.now = now
    guard phase == .answering else { return [] }
    if clock.startedAt == nil { clock.startedAt = now }
    if clock.isTimedOut(at: now) { submit(timedOut: true) }
    return []
  }

  public mutating func receiveText(_ key: Key, data: AppData) -> [Command] {
    stopArmed = false
    guard let question else { return [] }
    _ = answer.edit(key, size: MockInterviewView.answerSize(body: data.body, question: question))
    return []
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    let armed = stopArmed
    stopArmed = false
    // A failure answers the action that asked for it; only confirming can be put back.
    beforeSave = []
    switch action {
    case .submit:
      submit(timedOut: false)
    case .move(let delta):
      if phase == .checking, let question {
        selected = min(max(0, selected + delta), max(0, question.keyPoints.count - 1))
      } else if phase == .review {
        let lines = MockInterviewView.reviewLines(self, width: data.body.width - 2).count
        review.apply(.line(delta), lines: lines, height: data.body.height)
      }
    case .toggle:
      if ticked.contains(selected) { ticked.remove(selected) } else { ticked.insert(selected) }
    case .confirm: return confirm()
    case .stop:
      if phase == .answering, !answer.isEmpty, !armed {
        stopArmed = true
        return []
      }
      phase = .review
      return [.effect(.finishMockInterview(interview.id))]
    case .done: return [.pop, .effect(.loadMockSetup)]
    case .drillMissed:
      guard canDrillMissed else { return [] }
      return [.effect(.sendMissedToDrills(interview.id))]
    }
    return []
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    switch reply {
    case .mockFinished(let done): interview = done
    case .draft(let kept?): restore(kept)
    // The status line says why; storing an answer again replaces it, so confirming again
    // is safe whichever step failed.
    case .failure: if let before = beforeSave.first { self = before }
    default: break
    }
    return []
  }

  /// Puts back an answer typed before a crash or a closed window, with the time it had left.
  private mutating func restore(_ kept: Draft) {
    guard phase == .answering, answer.isEmpty, kept.place == draft?.place else { return }
    answer = TextArea(text: kept.texts.first ?? "", limit: answer.limit)
    clock = QuestionClock(limit: clock.limit, usedBefore: kept.secondsUsed)
  }

  /// Ends the answer: the key points appear, those the answer covers ticked in advance.
  private mutating func submit(timedOut: Bool) {
    guard phase == .answering, let question else { return }
    self.timedOut = timedOut
    secondsUsed =
      timedOut ? clock.limit : clock.elapsed(at: now ?? clock.startedAt ?? Date.distantPast)
    found = KeyPointMatch.covered(question, by: answer.text, synonyms: synonyms)
    ticked = found
    selected = 0
    phase = .checking
  }

  /// Stores the checked answer, then moves to the next question or to the review.
  private mutating func confirm() -> [Command] {
    guard phase == .checking, let question else { return [] }
    var before = self
    before.beforeSave = []
    beforeSave = [before]
    let saved = MockAnswer(
      position: index, questionID: question.id, text: answer.text, secondsUsed: secondsUsed,
      timedOut: timedOut, ticked: Array(ticked), pointCount: question.keyPoints.count)
    interview.answers.append(saved)
    var commands: [Command] = [.effect(.saveMockAnswer(interview: interview.id, answer: saved))]
    index += 1
    answer = TextArea(limit: TextLimits.mockAnswer)
    found = []
    ticked = []
    timedOut = false
    if let next = self.question {
      clock = QuestionClock(limit: next.kind.mockSeconds)
      phase = .answering
    } else {
      phase = .review
      commands.append(.effect(.finishMockInterview(interview.id)))
    }
    return commands
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    MockInterviewView(screen: self, pack: data.pack).draw(&canvas, in: rect, context: context)
  }
}
