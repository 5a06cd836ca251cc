import CoachCore

/// Drill statistics: reviews per day over the last 30 days, cards due, retention per category.
public struct StatsScreen: ScreenModel {
  public enum Action: Sendable {
    case scroll(Int)
    case page(Int)
    case top, bottom
  }

  public private(set) var stats: DrillStats?
  public private(set) var scroll = Scroll()

  public static func opening() -> [Command] {
    [.push(StatsScreen()), .effect(.loadDrillStats)]
  }

  public var title: String { "Statistics" }

  public var keyTable: KeyTable<Action> {
    KeyTable([
      KeyBinding([.down, .character("j")], "↓/j", "Scroll down", .scroll(1)),
      KeyBinding([.up, .character("k")], "↑/k", "Scroll up", footer: false, .scroll(-1)),
      KeyBinding([.pageDown, .character(" ")], "PgDn", "Page down", footer: false, .page(1)),
      KeyBinding([.pageUp], "PgUp", "Page up", footer: false, .page(-1)),
      KeyBinding([.home, .character("g")], "g", "Top", footer: false, .top),
      KeyBinding([.end, .character("G")], "G", "Bottom", footer: false, .bottom),
    ])
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    let count = lines(width: data.body.width - 2, data: data).count
    let height = data.body.height
    switch action {
    case .scroll(let delta): scroll.move(by: delta, lines: count, height: height)
    case .page(let pages): scroll.move(by: pages * max(1, height - 1), lines: count, height: height)
    case .top: scroll.offset = 0
    case .bottom: scroll.move(by: count, lines: count, height: height)
    }
    return []
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    if case .drillStats(let stats) = reply { self.stats = stats }
    return []
  }

  func lines(width: Int, data: AppData) -> [DocLine] {
    guard let stats, let pack = data.pack else { return [] }
    return StatsView(stats: stats, pack: pack, width: width).lines
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    let area = rect.inset(horizontal: 1, vertical: 0)
    guard let stats else {
      canvas.put("Loading your statistics…", x: area.x, y: area.y + 1, style: context.theme.muted)
      return
    }
    if stats.total.reviews == 0 {
      canvas.paragraph(
        "No reviews yet. Choose \"Interview prep\" on Home (Esc) to drill; your reviews per day, "
          + "what is due and how much you remember appear here.",
        in: Rect(x: area.x, y: area.y + 1, width: area.width, height: 3), style: context.theme.text)
      return
    }
    guard let pack = data.pack else { return }
    let lines = StatsView(stats: stats, pack: pack, width: area.width, glyphs: context.glyphs).lines
    canvas.document(lines, in: area, scroll: scroll.offset, context: context)
  }
}
