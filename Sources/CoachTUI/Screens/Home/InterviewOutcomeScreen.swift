import CoachCore

/// Asked the day after an interview: how it went. The answer is kept with the interview, the
/// date is cleared so the drills go back to their usual schedule, and the coach says what
/// comes next.
public struct InterviewOutcomeScreen: ScreenModel {
  public enum Action: Sendable {
    case move(Int)
    case first, last, choose
  }

  /// YYYY-MM-DD: the interview asked about.
  public var day: String
  public private(set) var list = ListView(rows: InterviewOutcome.allCases.map(\.label))
  /// The answer, once stored.
  public private(set) var answered: InterviewOutcome?

  public init(day: String) {
    self.day = day
  }

  public var title: String { "How it went" }

  public var keyTable: KeyTable<Action> {
    guard answered == nil else { return KeyTable([]) }
    return KeyTable(
      ListKeys.bindings(move: Action.move, first: .first, last: .last) + [
        KeyBinding([.enter], "Enter", "Keep the answer", .choose)
      ])
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    switch action {
    case .move(let delta): list.move(by: delta)
    case .first: list.moveToStart()
    case .last: list.moveToEnd()
    case .choose:
      let outcome = InterviewOutcome.allCases[list.selected]
      answered = outcome
      return [.effect(.recordInterviewOutcome(outcome))]
    }
    return []
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    let area = rect.inset(horizontal: 1, vertical: 0)
    let theme = context.theme
    canvas.put(
      "How did your interview of \(day) go?", x: area.x, y: area.y + 1, style: theme.title,
      clip: area)
    let (_, body) = area.splitTop(3)
    if let answered {
      var lines = [DocLine.text(answered.label, .accent), .blank]
      lines += DocLine.wrapped(answered.reply, width: body.width)
      canvas.document(lines, in: body, scroll: 0, context: context)
    } else {
      canvas.list(list, in: body, context: context)
    }
  }
}
