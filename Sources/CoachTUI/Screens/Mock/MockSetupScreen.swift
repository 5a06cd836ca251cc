import CoachCore
import CoachStore
import Foundation

/// Chooses a mock interview's length and focus, starts it, and lists the past ones with
/// their scores.
public struct MockSetupScreen: ScreenModel {
  public enum Action: Sendable {
    case move(Int)
    case change(Int)
    case start
    case resume
  }

  public static let lengths: [MockLength] = [
    .questions(1), .questions(3), .questions(5), .minutes(10), .minutes(20), .minutes(30),
  ]

  /// Nil until the store answered.
  public private(set) var interviews: [MockInterview]?
  /// The newest interview the app left before its last answer (a quit, a crash), if every
  /// question of it is still in the pack. Stopping with Esc finishes an interview instead.
  public private(set) var resumable: MockInterview?
  /// The skills of the latest gaps; nil without a finished assessment.
  public private(set) var gapSkills: [String]?
  /// 0: length, 1: focus.
  public private(set) var row = 0
  public private(set) var lengthIndex = 1
  public private(set) var focusIndex = 0
  public private(set) var notice: String?
  /// Questions to start an interview on as soon as the store answers (`mock --question`);
  /// emptied once started, so coming back here does not start it again.
  public private(set) var chosen: [String]
  private let pack: Pack

  public init(pack: Pack, chosen: [String] = []) {
    self.pack = pack
    self.chosen = chosen
  }

  public static func loading(pack: Pack, chosen: [String] = []) -> [Command] {
    [.push(MockSetupScreen(pack: pack, chosen: chosen)), .effect(.loadMockSetup)]
  }

  public var title: String { "Mock interview" }

  public var keyTable: KeyTable<Action> {
    var bindings: [KeyBinding<Action>] = [
      KeyBinding(eachOf: Key.verticalMoves, "↑/↓", "Choose a setting") {
        .move(Key.step(of: $0))
      },
      KeyBinding(eachOf: Key.horizontalMoves, "←/→", "Change its value") {
        .change(Key.step(of: $0))
      },
      KeyBinding([.enter], "Enter", "Start", .start),
    ]
    if resumable != nil { bindings.append(KeyBinding([.character("r")], "r", "Resume", .resume)) }
    return KeyTable(bindings)
  }

  /// The focuses on offer: all, my gaps (with a finished assessment that has gaps), each
  /// kind, each level that has questions.
  public var focuses: [MockFocus] {
    var result: [MockFocus] = [.all]
    if let gapSkills, !gapSkills.isEmpty { result.append(.gaps) }
    let kinds = Set(pack.questions.map(\.kind.id))
    result += pack.questionKinds.filter { kinds.contains($0.id) }.map { MockFocus.kind($0.id) }
    let levels = Set(pack.questions.compactMap(\.level))
    result += pack.levels.filter { levels.contains($0.id) }.map { MockFocus.level($0.id) }
    return result
  }

  public var length: MockLength { Self.lengths[lengthIndex] }
  public var focus: MockFocus { focuses[min(focusIndex, focuses.count - 1)] }

  /// The questions Enter would start with. The seed changes with the day and with every
  /// interview taken, so the next one differs.
  public func plannedQuestions(data: AppData) -> [Question] {
    let seed =
      UInt64(max(0, data.today.timeIntervalSince1970 / 86_400)) &* 31
      &+ UInt64(interviews?.count ?? 0)
    return MockPlan.pick(
      from: pack, length: length, focus: focus, gapSkills: Set(gapSkills ?? []), seed: seed)
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    notice = nil
    switch action {
    case .move(let delta): row = min(max(0, row + delta), 1)
    case .change(let delta):
      if row == 0 {
        lengthIndex = (lengthIndex + delta + Self.lengths.count) % Self.lengths.count
      } else {
        focusIndex = (focusIndex + delta + focuses.count) % focuses.count
      }
    case .start:
      guard interviews != nil else { return [] }
      let questions = plannedQuestions(data: data)
      guard !questions.isEmpty else {
        notice = "No question matches this focus; choose another one with ← →."
        return []
      }
      return [
        .effect(.startMockInterview(length: length, focus: focus, questions: questions.map(\.id)))
      ]
    case .resume:
      guard let interview = resumable else { return [] }
      // The answer being typed when the interview was left comes back, with its time.
      let place = Draft.Place.mockAnswer(interview: interview.id, position: interview.answers.count)
      return [
        .push(MockInterviewScreen(interview: interview, pack: pack)), .effect(.loadDraft(place)),
      ]
    }
    return []
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    switch reply {
    case .mockSetup(let interviews, let gapSkills):
      let chosen = focus
      self.interviews = interviews
      self.gapSkills = gapSkills
      let known = Set(pack.questions.map(\.id))
      resumable = interviews.first { interview in
        !interview.isFinished && interview.answers.count < interview.questions.count
          && interview.questions.allSatisfy(known.contains)
      }
      focusIndex = focuses.firstIndex(of: chosen) ?? 0
      if !self.chosen.isEmpty {
        let questions = self.chosen
        self.chosen = []
        return [
          .effect(
            .startMockInterview(
              length: .questions(questions.count), focus: .chosen, questions: questions))
        ]
      }
    case .mockStarted(let interview):
      return [.push(MockInterviewScreen(interview: interview, pack: pack))]
    default: break
    }
    return []
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    MockSetupView(
      screen: self, pack: pack, planned: plannedQuestions(data: data), calendar: data.calendar
    )
    .draw(&canvas, in: rect, context: context)
  }
}
