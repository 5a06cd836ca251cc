import CoachCore
import CoachStore
import Foundation

/// Before a flashcard drill: the focus (Tab cycles it), what is due and new in it, and the
/// number of new questions a day.
public struct DrillSetupScreen: ScreenModel {
  public enum Action: Sendable {
    case nextFocus, previousFocus, start
    case changeLimit(Int)
  }

  public private(set) var plan: DrillPlan?

  public init(plan: DrillPlan? = nil) { self.plan = plan }

  /// The screen, and the effect that fills it.
  public static func opening() -> [Command] {
    [.push(DrillSetupScreen()), .effect(.loadDrillPlan(.all))]
  }

  public var title: String { "Interview prep" }

  public var keyTable: KeyTable<Action> {
    KeyTable([
      KeyBinding([.enter], "Enter", "Start the drill", .start),
      KeyBinding([.tab, .character("f")], "Tab", "Next focus", .nextFocus),
      KeyBinding(
        [.backTab, .character("F")], "S-Tab", "Previous focus", footer: false, .previousFocus),
      KeyBinding(
        [.character("+"), .character("=")], "+", "More new questions a day", footer: false,
        .changeLimit(1)),
      KeyBinding(
        [.character("-")], "-", "Fewer new questions a day", footer: false, .changeLimit(-1)),
    ])
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    guard let plan else { return [] }
    switch action {
    case .nextFocus, .previousFocus:
      let step = { if case .nextFocus = action { return 1 } else { return -1 } }()
      let index = plan.choices.firstIndex(of: plan.filter) ?? 0
      let count = max(1, plan.choices.count)
      let next = plan.choices[((index + step) % count + count) % count]
      return [.effect(.loadDrillPlan(next))]
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

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    if case .drillPlan(let plan) = reply { self.plan = plan }
    return []
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    let area = rect.inset(horizontal: 1, vertical: 0)
    guard let plan, let pack = data.pack else {
      canvas.put("Loading your flashcards…", x: area.x, y: area.y + 1, style: context.theme.muted)
      return
    }
    canvas.document(
      lines(plan, pack: pack, width: area.width, calendar: data.calendar), in: area, scroll: 0,
      context: context)
  }

  func lines(_ plan: DrillPlan, pack: Pack, width: Int, calendar: Calendar) -> [DocLine] {
    let queue = plan.queue
    let label = 14
    var lines: [DocLine] = [
      .text("Flashcards", .title)
    ]
    lines += DocLine.wrapped(
      "Each question comes back just before you would forget it. Cards due come first, then "
        + "new questions up to your daily limit.", width: width, .muted)
    lines += [
      .blank,
      DocLine([
        .text("Focus", .muted, width: label),
        .text(plan.filter.label(in: pack), .accent, width: nil),
      ]),
      DocLine([
        .text("Due now", .muted, width: label), .text("\(queue.due.count)", .text, width: nil),
      ]),
      DocLine([
        .text("New today", .muted, width: label),
        .text(
          "\(queue.new.count) (limit \(plan.newPerDay) a day; \(queue.unseen) not seen yet)", .text,
          width: nil),
      ]),
    ]
    if queue.due.isEmpty, let next = queue.nextDue {
      lines.append(
        DocLine([
          .text("Next due", .muted, width: label),
          .text(Format.wait(until: next, from: plan.at, in: calendar), .text, width: nil),
        ]))
    }
    lines.append(.blank)
    if queue.isEmpty {
      lines += DocLine.wrapped(
        "Nothing to drill in this focus right now. Press Tab for another focus, or + to allow "
          + "more new questions today.", width: width, .warning)
    } else {
      lines += DocLine.wrapped(
        "Press Enter to start: \(queue.ids.count) card\(queue.ids.count == 1 ? "" : "s"). "
          + "Tab changes the focus, + and - the new questions a day.", width: width)
    }
    return lines
  }
}
