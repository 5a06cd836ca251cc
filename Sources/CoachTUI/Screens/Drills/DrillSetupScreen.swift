import CoachCore
import CoachStore

/// Before a flashcard drill: the focus, picked from a list (all questions, my gaps, each
/// category, level and skill) that `/` filters by typed text, what is due and new in it, and
/// the number of new questions a day.
public struct DrillSetupScreen: ScreenModel {
  public enum Action: Sendable {
    case move(Int)
    case first, last, start, filter, clearFilter
    case changeLimit(Int)
  }

  public private(set) var plan: DrillPlan?
  /// The focus under the cursor, an index into the plan's choices.
  public private(set) var selected = 0
  /// True while typed text filters the list.
  public private(set) var filtering = false
  public private(set) var query = TextField(limit: 40)

  public init(plan: DrillPlan? = nil) {
    self.plan = plan
    if let plan { selected = plan.choices.firstIndex(of: plan.filter) ?? 0 }
  }

  /// The screen, and the effect that fills it.
  public static func opening() -> [Command] {
    [.push(DrillSetupScreen()), .effect(.loadRememberedDrillPlan)]
  }

  public var title: String { "Interview prep" }
  public var capturesText: Bool { filtering }

  public var keyTable: KeyTable<Action> {
    let start = KeyBinding([.enter], "Enter", "Start the drill", Action.start)
    if filtering {
      // Letters are the filter's text, so only keys that type nothing move the cursor.
      return KeyTable([
        KeyBinding([.up], "↑", "Up", footer: false, .move(-1)),
        KeyBinding([.down], "↓", "Down", footer: false, .move(1)),
        KeyBinding([.pageUp], "PgUp", "Page up", footer: false, .move(-ListKeys.page)),
        KeyBinding([.pageDown], "PgDn", "Page down", footer: false, .move(ListKeys.page)),
        start,
        KeyBinding([.escape], "Esc", "Clear the filter", .clearFilter),
      ])
    }
    return KeyTable(
      ListKeys.bindings(move: Action.move, first: .first, last: .last, pages: true) + [
        start,
        KeyBinding([.character("/")], "/", "Filter the focuses", .filter),
        KeyBinding(
          [.character("+"), .character("=")], "+", "More new questions a day", footer: false,
          .changeLimit(1)),
        KeyBinding(
          [.character("-")], "-", "Fewer new questions a day", footer: false, .changeLimit(-1)),
      ])
  }

  /// The indexes of the choices the filter leaves, in order; all of them without one.
  public func visible(in pack: Pack?) -> [Int] {
    guard let plan else { return [] }
    let text = query.text.trimmingCharacters(in: .whitespaces)
    guard let pack, !text.isEmpty else { return Array(plan.choices.indices) }
    return plan.choices.indices.filter {
      plan.choices[$0].label(in: pack).localizedCaseInsensitiveContains(text)
    }
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    guard let plan else { return [] }
    let shown = visible(in: data.pack)
    let position = shown.firstIndex(of: selected)
    switch action {
    case .move(let delta):
      guard !shown.isEmpty else { return [] }
      let next = position.map { $0 + delta } ?? (delta > 0 ? 0 : shown.count - 1)
      return choose(shown[min(max(0, next), shown.count - 1)])
    case .first: return shown.first.map { choose($0) } ?? []
    case .last: return shown.last.map { choose($0) } ?? []
    case .filter: filtering = true
    case .clearFilter:
      filtering = false
      query = TextField(limit: query.limit)
    case .changeLimit(let delta):
      let limit = min(
        max(plan.newPerDay + delta, DrillSettings.newPerDayRange.lowerBound),
        DrillSettings.newPerDayRange.upperBound)
      guard limit != plan.newPerDay else { return [] }
      return [.effect(.saveDrillSettings(DrillSettings(newPerDay: limit), plan.filter))]
    case .start:
      // With no focus left by the filter, the one in the details is not on screen.
      guard position != nil else { return [] }
      return [
        .effect(.remember(.drillFocus(plan.filter))), .push(DrillScreen.loading(plan.filter)),
        .effect(.loadDrillPlan(plan.filter)),
      ]
    }
    return []
  }

  /// The filter's text: the cursor goes to the first focus it leaves.
  public mutating func receiveText(_ key: Key, data: AppData) -> [Command] {
    guard query.edit(key) else { return [] }
    let shown = visible(in: data.pack)
    guard !shown.contains(selected), let first = shown.first else { return [] }
    return choose(first)
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
    let shown = visible(in: data.pack)
    let list = DrillSetupView.listArea(in: Rect(x: 0, y: 0, width: body.width, height: body.height))
    guard column >= list.x, column < list.maxX,
      let line = ListView.row(
        atLine: row - list.y, count: shown.count, selected: shown.firstIndex(of: selected) ?? 0,
        height: list.height)
    else { return [] }
    return choose(shown[line])
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    guard let plan, let pack = data.pack else {
      canvas.put(
        "Loading your flashcards…", x: rect.x + 1, y: rect.y + 1, style: context.theme.muted)
      return
    }
    DrillSetupView(
      plan: plan, selected: selected, shown: visible(in: pack), pack: pack,
      calendar: data.calendar, filter: filtering ? query : nil
    ).draw(&canvas, in: rect, context: context)
  }
}
