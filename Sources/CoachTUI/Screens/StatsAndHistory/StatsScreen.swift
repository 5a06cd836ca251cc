import CoachCore

/// Drill statistics: reviews per day over the last 30 days, cards due, retention per category;
/// then the mock interviews' scores over time.
public struct StatsScreen: DocumentScreen {
  public typealias Action = ScrollAction

  public private(set) var stats: DrillStats?
  public private(set) var mockScores: MockScoreHistory?
  public var document = ScrollingDocument()

  public static func opening() -> [Command] {
    [.push(StatsScreen()), .effect(.loadDrillStats), .effect(.loadMockScores)]
  }

  public var title: String { "Statistics" }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    switch reply {
    case .drillStats(let stats): self.stats = stats
    case .mockScores(let history): mockScores = history
    default: break
    }
    return []
  }

  public func documentArea(in body: Rect, data: AppData) -> Rect {
    body.inset(horizontal: 1, vertical: 0)
  }

  public func documentLines(width: Int, data: AppData, glyphs: Glyphs) -> [DocLine] {
    guard let stats, let pack = data.pack else { return [] }
    return StatsView(
      stats: stats, mockScores: mockScores, pack: pack, width: width, height: data.body.height,
      glyphs: glyphs, calendar: data.calendar
    ).lines
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    let area = rect.inset(horizontal: 1, vertical: 0)
    guard stats != nil else {
      canvas.put("Loading your statistics…", x: area.x, y: area.y + 1, style: context.theme.muted)
      return
    }
    drawDocument(&canvas, in: rect, context: context, data: data)
  }
}
