import CoachCore

/// Drill statistics: reviews per day over the last 30 days, cards due, retention per category;
/// then the mock interviews' scores over time.
public struct StatsScreen: ScreenModel {
  public enum Action: Sendable {
    case scroll(Int)
    case page(Int)
    case top, bottom
  }

  public private(set) var stats: DrillStats?
  public private(set) var mockScores: MockScoreHistory?
  public private(set) var scroll = Scroll()

  public static func opening() -> [Command] {
    [.push(StatsScreen()), .effect(.loadDrillStats), .effect(.loadMockScores)]
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
    let count = lines(width: data.body.width - 2, height: data.body.height, data: data).count
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
    switch reply {
    case .drillStats(let stats): self.stats = stats
    case .mockScores(let history): mockScores = history
    default: break
    }
    return []
  }

  func lines(width: Int, height: Int, data: AppData, glyphs: Glyphs = .unicode) -> [DocLine] {
    guard let stats, let pack = data.pack else { return [] }
    return StatsView(
      stats: stats, mockScores: mockScores, pack: pack, width: width, height: height,
      glyphs: glyphs
    ).lines
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    let area = rect.inset(horizontal: 1, vertical: 0)
    guard stats != nil else {
      canvas.put("Loading your statistics…", x: area.x, y: area.y + 1, style: context.theme.muted)
      return
    }
    let lines = lines(
      width: area.width, height: area.height, data: data, glyphs: context.glyphs)
    canvas.document(lines, in: area, scroll: scroll.offset, context: context)
  }
}
