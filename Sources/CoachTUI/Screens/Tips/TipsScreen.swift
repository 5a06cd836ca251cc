import CoachCore

/// Advice in tabs: tips picked for the user, then every kind of advice the pack holds. Tab,
/// Shift-Tab, ← and → change the tab; the rest scrolls.
public struct TipsScreen: DocumentScreen {
  public enum Tab: Int, Sendable, CaseIterable {
    case forYou, cv, linkedin, outreach, interview, mistakes, denmark, day, role

    /// The tab bar's short label.
    public var label: String {
      switch self {
      case .forYou: return "For you"
      case .cv: return "CV"
      case .linkedin: return "LinkedIn"
      case .outreach: return "Outreach"
      case .interview: return "Interview"
      case .mistakes: return "Mistakes"
      case .denmark: return "Denmark"
      case .day: return "A day"
      case .role: return "Role"
      }
    }

    /// The heading over the tab's advice.
    public var heading: String {
      switch self {
      case .forYou: return "Picked for you"
      case .cv: return "CV and resume"
      case .linkedin: return "LinkedIn"
      case .outreach: return "Outreach"
      case .interview: return "Interview preparation"
      case .mistakes: return "Common mistakes"
      case .denmark: return "Job search in Denmark"
      case .day: return "A day as a backend developer"
      case .role: return "About the role"
      }
    }

    /// The tip categories the tab lists.
    var categories: [TipCategory] {
      switch self {
      case .forYou, .role: return []
      case .cv: return [.cv]
      case .linkedin: return [.linkedin]
      case .outreach: return [.outreach]
      case .interview: return [.interview]
      case .mistakes: return [.mistakes]
      case .denmark: return [.jobSearch, .cities]
      case .day: return [.day]
      }
    }
  }

  public enum Action: Sendable {
    case tab(Int)
    case scroll(ScrollAction)
  }

  public private(set) var load: ReportLoad
  public private(set) var tab: Tab = .forYou
  public var document = ScrollingDocument()
  /// The current tab's lines: wrapping every tip again on each key would cost more than the
  /// rest of the frame.
  private var cache = LineCache()

  public static func loading() -> TipsScreen { TipsScreen(load: .loading) }

  public var title: String { "Tips › \(tab.label)" }

  public var keyTable: KeyTable<Action> {
    KeyTable(
      [
        KeyBinding([.tab, .right, .character("l")], "Tab/→", "Next tab", .tab(1)),
        KeyBinding(
          [.backTab, .left, .character("h")], "←", "Previous tab", footer: false, .tab(-1)),
      ] + ScrollingDocument.keys({ .scroll($0) }, footer: false))
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    switch action {
    case .tab(let step):
      let count = Tab.allCases.count
      tab = Tab(rawValue: (tab.rawValue + step + count) % count) ?? .forYou
      document = ScrollingDocument()
      cache = LineCache()
    case .scroll(let move):
      scrollDocument(move, data: data)
    }
    remember(data: data)
    return []
  }

  private mutating func remember(data: AppData) {
    let width = data.body.width
    if cache.lines(width: width) == nil {
      cache.keep(documentLines(width: width, data: data), width: width)
    }
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    load.take(reply, data: data)
    cache = LineCache()
    remember(data: data)
    return []
  }

  /// The document starts below the tab bar and a blank line.
  static let documentTop = 2

  public func documentArea(in body: Rect, data: AppData) -> Rect {
    body.splitTop(Self.documentTop).1
  }

  public func documentLines(width: Int, data: AppData, glyphs: Glyphs = .unicode) -> [DocLine] {
    if let lines = cache.lines(width: width) { return lines }
    guard let pack = data.pack else { return [] }
    return TipsLines(pack: pack, tab: tab, load: load, width: width).all
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    // When the bar is wider than the screen, it starts late enough to show the current tab.
    let widths = Tab.allCases.map { DisplayWidth.of($0.label) + 2 }
    var first = 0
    while first < tab.rawValue, widths[first...tab.rawValue].reduce(0, +) > rect.width - 2 {
      first += 1
    }
    let more = context.glyphs.ellipsis
    // Tabs show whole; an ellipsis at either end says more lie beyond it.
    if first > 0 { canvas.put(more, x: rect.x, y: rect.y, style: context.theme.muted, clip: rect) }
    var x = rect.x + 1
    for tab in Tab.allCases.dropFirst(first) {
      let label = " \(tab.label) "
      let isLast = tab.rawValue == Tab.allCases.count - 1
      guard x + DisplayWidth.of(label) <= rect.maxX - (isLast ? 0 : 1) else {
        canvas.put(more, x: x, y: rect.y, style: context.theme.muted, clip: rect)
        break
      }
      let style = tab == self.tab ? context.theme.selected : context.theme.muted
      x = canvas.put(label, x: x, y: rect.y, style: style, clip: rect)
      if tab == self.tab { canvas.cursor = (x - DisplayWidth.of(label), rect.y) }
    }
    drawDocument(&canvas, in: rect, context: context, data: data)
  }
}
