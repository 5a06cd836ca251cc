import CoachCore
import CoachStore

/// Where the user stands: placement on every track, fit per level, strongest skills, and each
/// area against the next level.
public struct ResultsScreen: ScreenModel {
  public enum Action: Sendable {
    case scroll(ScrollAction)
    case gaps, plan
  }

  public private(set) var load: ReportLoad
  public private(set) var scroll = Scroll()
  /// The report's lines at the width they were made for: building them again on each key
  /// would cost most of the frame.
  private var cached: (width: Int, lines: [DocLine])?

  public static func loading() -> ResultsScreen { ResultsScreen(load: .loading) }

  public var title: String { "Results" }

  public var keyTable: KeyTable<Action> {
    KeyTable(
      ScrollAction.bindings(Action.scroll, letterJumps: false, footer: false) + [
        KeyBinding([.character("g")], "g", "Gaps", .gaps),
        KeyBinding([.character("p")], "p", "Plan", .plan),
      ])
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    switch action {
    case .scroll(let move):
      scroll.apply(
        move, lines: lines(width: data.body.width, data: data).count, height: data.body.height)
    case .gaps: return [.push(GapsScreen.loading()), .effect(.loadLatest)]
    case .plan: return [.push(PlanScreen.loading()), .effect(.loadLatest)]
    }
    remember(data: data)
    return []
  }

  private mutating func remember(data: AppData) {
    if cached?.width != data.body.width {
      cached = (data.body.width, lines(width: data.body.width, data: data))
    }
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    load.take(reply, data: data)
    cached = nil
    remember(data: data)
    return []
  }

  func lines(width: Int, data: AppData) -> [DocLine] {
    if let cached, cached.width == width { return cached.lines }
    guard let loaded = load.loaded, let pack = data.pack else { return [] }
    return ResultsLines(pack: pack, loaded: loaded, width: width, calendar: data.calendar).all
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    if load.drawMessage(&canvas, in: rect, context: context) { return }
    canvas.document(
      lines(width: rect.width, data: data), in: rect, scroll: scroll.offset, context: context)
  }
}
