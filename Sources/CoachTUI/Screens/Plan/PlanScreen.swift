import CoachCore
import CoachStore

/// The gaps turned into hours and milestones of one or two weeks, at the hours per week the
/// user sets, with each skill's next step, checkpoints to re-rate and a target date; gaps
/// marked as objectives come first.
public struct PlanScreen: DocumentScreen {
  public enum Action: Sendable {
    case move(Int)
    case first, last
    case toggleObjective
    case hours(Double)
    case scrollWeeks(ScrollAction)
  }

  public static let hoursRange: ClosedRange<Double> = 1...80

  public private(set) var load: ReportLoad
  public private(set) var selected = 0
  /// The weeks, which scroll below the gaps.
  public var document = ScrollingDocument()

  public static func loading() -> PlanScreen { PlanScreen(load: .loading) }

  public var title: String { "Plan" }

  public var keyTable: KeyTable<Action> {
    KeyTable(
      ListKeys.bindings(move: Action.move, first: .first, last: .last) + [
        KeyBinding([.character(" "), .enter], "Space", "Objective", .toggleObjective),
        KeyBinding([.character("+"), .character("=")], "+", "More hours", .hours(1)),
        KeyBinding([.character("-")], "-", "Fewer hours", .hours(-1)),
        KeyBinding(
          [.pageDown], "PgDn", "Scroll the milestones down", footer: false, .scrollWeeks(.page(1))),
        KeyBinding(
          [.pageUp], "PgUp", "Scroll the milestones up", footer: false, .scrollWeeks(.page(-1))),
      ])
  }

  var planGaps: [PlanGap] { load.loaded?.report.plan.gaps ?? [] }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    guard let pack = data.pack, case .ready(var loaded) = load else { return [] }
    var commands: [Command] = []
    switch action {
    case .move(let delta):
      selected = min(max(0, selected + delta), max(0, planGaps.count - 1))
    case .first: selected = 0
    case .last: selected = max(0, planGaps.count - 1)
    case .toggleObjective:
      guard planGaps.indices.contains(selected) else { return [] }
      let skill = planGaps[selected].skill
      commands = loaded.update(pack: pack) { settings in
        if let index = settings.objectives.firstIndex(of: skill) {
          settings.objectives.remove(at: index)
        } else {
          settings.objectives.append(skill)
        }
      }
      load = .ready(loaded)
      // Keep the same gap selected though objectives move to the top.
      selected = planGaps.firstIndex { $0.skill == skill } ?? selected
    case .hours(let delta):
      let hours = min(
        max(loaded.settings.hoursPerWeek.rounded() + delta, Self.hoursRange.lowerBound),
        Self.hoursRange.upperBound)
      guard hours != loaded.settings.hoursPerWeek else { return [] }
      commands = loaded.update(pack: pack) { $0.hoursPerWeek = hours }
      load = .ready(loaded)
    case .scrollWeeks(let move): scrollDocument(move, data: data)
    }
    return commands
  }

  public func documentArea(in body: Rect, data: AppData) -> Rect {
    let layout = PlanView.Layout(body: body.size, gaps: planGaps.count)
    return Rect(
      x: body.x + 1, y: body.y + layout.weeksTop, width: max(0, body.width - 2),
      height: layout.weeksHeight)
  }

  public func documentLines(width: Int, data: AppData, glyphs: Glyphs) -> [DocLine] {
    guard let pack = data.pack, let loaded = load.loaded else { return [] }
    return PlanView.milestoneLines(
      loaded.report, pack: pack, width: width, today: data.today, calendar: data.calendar,
      interview: loaded.interview(today: data.today, calendar: data.calendar))
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    load.take(reply, data: data)
    selected = min(selected, max(0, planGaps.count - 1))
    return []
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    if load.drawMessage(&canvas, in: rect, context: context) { return }
    guard let pack = data.pack, let loaded = load.loaded else { return }
    PlanView(screen: self, pack: pack, loaded: loaded, data: data).draw(
      &canvas, in: rect, context: context)
  }
}
