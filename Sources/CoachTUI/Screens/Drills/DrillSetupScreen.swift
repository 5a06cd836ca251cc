import CoachCore
import CoachStore

/// Before a flashcard drill: the focus, picked from a list (all questions, my gaps, each
/// category, level and skill), what is due and new in it, and the number of new questions a
/// day.
public struct DrillSetupScreen: ScreenModel {
  public enum Action: Sendable {
    case move(Int)
    case first, last, start
    case changeLimit(Int)
  }

  public private(set) var plan: DrillPlan?
  /// The focus under the cursor, an index into the plan's choices.
  public private(set) var selected = 0

  public init(plan: DrillPlan? = nil) {
    self.plan = plan
    if let plan { selected = plan.choices.firstIndex(of: plan.filter) ?? 0 }
  }

  /// The screen, and the effect that fills it.
  public static func opening() -> [Command] {
    [.push(DrillSetupScreen()), .effect(.loadDrillPlan(.all))]
  }

  public var title: String { "Interview prep" }

  public var keyTable: KeyTable<Action> {
    KeyTable(
      ListKeys.bindings(move: Action.move, first: .first, last: .last, pages: true) + [
        KeyBinding([.enter], "Enter", "Start the drill", .start),
        KeyBinding(
          [.character("+"), .character("=")], "+", "More new questions a day", footer: false,
          .changeLimit(1)),
        KeyBinding(
          [.character("-")], "-", "Fewer new questions a day", footer: false, .changeLimit(-1)),
      ])
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    guard let plan else { return [] }
    let last = max(0, plan.choices.count - 1)
    switch action {
    case .move(let delta): return choose(min(max(0, selected + delta), last))
    case .first: return choose(0)
    case .last: return choose(last)
    case .changeLimit(let delta):
      let limit = min(
        max(plan.newPerDay + delta, DrillSettings.newPerDayRange.lowerBound),
        DrillSettings.newPerDayRange.upperBound)
      guard limit != plan.newPerDay else { return [] }
      return [.effect(.saveDrillSettings(DrillSettings(newPerDay: limit), plan.filter))]
    case .start:
      return [.push(DrillScreen.loading(plan.filter)), .effect(.loadDrillPlan(plan.filter))]
    }
  }

  /// Moves the cursor to a focus and asks for its queue, which the details beside the list
  /// show.
  private mutating func choose(_ index: Int) -> [Command] {
    guard let plan, plan.choices.indices.contains(index), index != selected else { return [] }
    selected = index
    return [.effect(.loadDrillPlan(plan.choices[index]))]
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    if case .drillPlan(let plan) = reply {
      self.plan = plan
      // A focus no longer on offer falls back to all questions.
      selected = plan.choices.firstIndex(of: plan.filter) ?? 0
    }
    return []
  }

  public mutating func click(row: Int, column: Int, body: Size, data: AppData) -> [Command] {
    guard let plan else { return [] }
    let list = DrillSetupView.listArea(in: Rect(x: 0, y: 0, width: body.width, height: body.height))
    guard column >= list.x, column < list.maxX,
      let index = ListView.row(
        atLine: row - list.y, count: plan.choices.count, selected: selected, height: list.height)
    else { return [] }
    return choose(index)
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    guard let plan, let pack = data.pack else {
      canvas.put(
        "Loading your flashcards…", x: rect.x + 1, y: rect.y + 1, style: context.theme.muted)
      return
    }
    DrillSetupView(plan: plan, selected: selected, pack: pack, calendar: data.calendar).draw(
      &canvas, in: rect, context: context)
  }
}
