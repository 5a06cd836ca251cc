import CoachCore

/// Advice in tabs: tips picked for the user, then every kind of advice the pack holds. Tab,
/// Shift-Tab, ← and → change the tab; the rest scrolls.
public struct TipsScreen: DocumentScreen {
  /// One tab: the tips picked for the user, the pack's kinds of advice that share a label, or
  /// the role's own pages.
  public struct Tab: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
      case forYou, advice, role
    }
    public var kind: Kind
    /// The tab bar's short label.
    public var label: String
    /// The heading over the tab's advice.
    public var heading: String
    /// The kinds of advice the tab lists, in the pack's order.
    public var categories: [TipCategoryInfo] = []

    static let forYou = Tab(kind: .forYou, label: "For you", heading: "Picked for you")
    static let role = Tab(kind: .role, label: "Role", heading: "About the role")
  }

  /// The tabs of a pack: "For you", one per label its kinds of advice use (those with tips,
  /// CV mistakes or a day in the role to show), then "Role".
  public static func tabs(for pack: Pack?) -> [Tab] {
    guard let pack else { return [.forYou, .role] }
    var advice: [Tab] = []
    for category in pack.tipCategories where TipsLines.hasContent(category, in: pack) {
      if let index = advice.firstIndex(where: { $0.label == category.tab }) {
        advice[index].categories.append(category)
      } else {
        advice.append(
          Tab(kind: .advice, label: category.tab, heading: category.heading, categories: [category])
        )
      }
    }
    return [.forYou] + advice + [.role]
  }

  public enum Action: Sendable {
    case tab(Int)
    case scroll(ScrollAction)
  }

  public private(set) var load: ReportLoad
  /// The index of the current tab in `tabs(for:)`.
  public private(set) var tabIndex = 0
  /// The current tab's label, for the title.
  private var tabLabel = Tab.forYou.label
  public var document = ScrollingDocument()
  /// The current tab's lines: wrapping every tip again on each key would cost more than the
  /// rest of the frame.
  private var cache = LineCache()
  /// Every evidence entry, for the CV bullets drafted from it; asked for once the report is
  /// loaded.
  public private(set) var evidence: [EvidenceEntry]?

  public static func loading() -> TipsScreen { TipsScreen(load: .loading) }

  /// The current tab of the pack's tabs.
  public func tab(in pack: Pack?) -> Tab {
    let tabs = Self.tabs(for: pack)
    return tabs[min(tabIndex, tabs.count - 1)]
  }

  public var title: String { "Tips › \(tabLabel)" }

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
      let count = Self.tabs(for: data.pack).count
      tabIndex = (tabIndex + step + count) % count
      tabLabel = tab(in: data.pack).label
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
    if case .evidenceLog(let entries) = reply {
      evidence = entries
    } else {
      load.take(reply, data: data)
    }
    cache = LineCache()
    remember(data: data)
    if case .latest(.some, _) = reply { return [.effect(.loadEvidenceLog)] }
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
    return TipsLines(
      pack: pack, tab: tab(in: pack), load: load, width: width, evidence: evidence
    ).all
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    // When the bar is wider than the screen, it starts late enough to show the current tab.
    let tabs = Self.tabs(for: data.pack)
    let current = min(tabIndex, tabs.count - 1)
    let widths = tabs.map { DisplayWidth.of($0.label) + 2 }
    var first = 0
    while first < current, widths[first...current].reduce(0, +) > rect.width - 2 {
      first += 1
    }
    let more = context.glyphs.ellipsis
    // Tabs show whole; an ellipsis at either end says more lie beyond it.
    if first > 0 { canvas.put(more, x: rect.x, y: rect.y, style: context.theme.muted, clip: rect) }
    var x = rect.x + 1
    for (index, tab) in tabs.enumerated().dropFirst(first) {
      let label = " \(tab.label) "
      let isLast = index == tabs.count - 1
      guard x + DisplayWidth.of(label) <= rect.maxX - (isLast ? 0 : 1) else {
        canvas.put(more, x: x, y: rect.y, style: context.theme.muted, clip: rect)
        break
      }
      let style = index == current ? context.theme.selected : context.theme.muted
      x = canvas.put(label, x: x, y: rect.y, style: style, clip: rect)
      if index == current { canvas.cursor = (x - DisplayWidth.of(label), rect.y) }
    }
    drawDocument(&canvas, in: rect, context: context, data: data)
  }
}
