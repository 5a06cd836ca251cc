import CoachCore

/// The first screen: what the app does, and everything it can do today.
public struct HomeScreen: ScreenModel {
  public enum Action: Sendable {
    case move(Int)
    case first, last, open
    /// Ask how the interview whose day has passed went.
    case interviewOutcome
  }

  /// One thing the app can do, as the home menu lists it.
  public struct Entry: Sendable {
    /// The screen the entry opens, as `snapshot --screen` names it; nil for Quit.
    public var screen: ScreenID?
    public var name: String
    public var summary: String
    /// The parts of the pack the entry shows; a pack without one of them hides the entry.
    public var needs: [PackPart] = []
    public var open: @Sendable (AppData) -> [Command]
  }

  public var entries: [Entry]
  public var menu: ListView
  /// Where the user is, once the store has said; until then, and on a first run, the intro.
  public private(set) var summary: HomeSummary?

  /// True while the entries are the app's own, cut to what the pack holds once it is known.
  private var fitsPack: Bool

  public init(entries: [Entry]? = nil) {
    self.entries = entries ?? Self.defaultEntries
    fitsPack = entries == nil
    menu = ListView(rows: self.entries.map(\.name))
  }

  /// Cuts the menu to what the pack holds, keeping the cursor on the same entry if it stays.
  private mutating func fit(to pack: Pack?) {
    guard fitsPack, let pack else { return }
    let chosen = entries.indices.contains(menu.selected) ? entries[menu.selected].name : nil
    entries = Self.entries(for: pack)
    menu = ListView(
      rows: entries.map(\.name),
      selected: entries.firstIndex { $0.name == chosen } ?? 0)
    fitsPack = false
  }

  public var title: String { "Home" }

  public var keyTable: KeyTable<Action> {
    var bindings =
      ListKeys.bindings(move: Action.move, first: .first, last: .last) + [
        KeyBinding([.enter, .right, .character("l")], "Enter", "Open", .open)
      ]
    if summary?.passedInterview != nil {
      bindings.append(
        KeyBinding([.character("o")], "o", "Say how the interview went", .interviewOutcome))
    }
    return KeyTable(bindings)
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    switch action {
    case .move(let delta): menu.move(by: delta)
    case .first: menu.moveToStart()
    case .last: menu.moveToEnd()
    case .open:
      guard entries.indices.contains(menu.selected) else { return [] }
      return entries[menu.selected].open(data)
    case .interviewOutcome:
      guard let day = summary?.passedInterview else { return [] }
      return [.push(InterviewOutcomeScreen(day: day))]
    }
    return []
  }

  public mutating func appeared(data: AppData) -> [Command] {
    fit(to: data.pack)
    return [.effect(.loadHomeSummary)]
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    if case .homeSummary(let found) = reply { summary = found }
    return []
  }

  public mutating func click(row: Int, column: Int, body: Size, data: AppData) -> [Command] {
    let menuTop = menuTop(body: Size(width: body.width - 2, height: body.height), data: data)
    guard let index = menu.row(atLine: row - menuTop, height: body.height - menuTop) else {
      return []
    }
    menu.selected = index
    return entries[index].open(data)
  }

  /// What the user sees above the menu, wrapped to the body's width: where they are once
  /// there is something of theirs to say, else what the app does.
  func introLines(width: Int, data: AppData) -> [String] {
    let text =
      summary.flatMap { $0.isEmpty ? nil : $0.lines(calendar: data.calendar) }
      ?? Self.intro(for: data.pack)
    return text.flatMap { TextWrap.lines($0, width: width) }
  }

  /// The row the menu starts on; see `HomeLayout`.
  func menuTop(body: Size, data: AppData) -> Int { layout(body: body, data: data).menuTop }

  func layout(body: Size, data: AppData) -> HomeLayout {
    HomeLayout(
      body: body, introLines: introLines(width: body.width, data: data).count,
      entries: entries.count, personal: summary.map { !$0.isEmpty } ?? false)
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    let theme = context.theme
    let area = rect.inset(horizontal: 1, vertical: 0)
    let layout = layout(body: area.size, data: data)
    if layout.showsHeading {
      let heading =
        data.pack.map { "Your career coach: \($0.role.title)" } ?? "Your career coach"
      canvas.put(heading, x: area.x, y: area.y + 1, style: theme.title, clip: area)
    }
    if let introTop = layout.introTop {
      for (row, line) in introLines(width: area.width, data: data).enumerated() {
        canvas.put(line, x: area.x, y: area.y + introTop + row, style: theme.text, clip: area)
      }
    }
    let menuTop = layout.menuTop
    let (_, menuArea) = area.splitTop(menuTop)
    let nameWidth = min(24, (entries.map { DisplayWidth.of($0.name) }.max() ?? 0) + 4)
    let rows = entries.map { $0.name.padded(toWidth: nameWidth) + $0.summary }
    canvas.list(ListView(rows: rows, selected: menu.selected), in: menuArea, context: context)
  }
}

/// Where home's parts go in a body of a given size. The heading, then the blank lines, give
/// way first so the whole menu fits under the intro; when it still does not, the user's own
/// lines (the countdown, what is due) stay and the menu scrolls, while the app's generic
/// intro gives way to the menu.
struct HomeLayout {
  var showsHeading: Bool
  /// The row the intro starts on; nil when it gives way.
  var introTop: Int?
  var menuTop: Int

  /// The fewest menu rows worth keeping the user's lines for.
  static let leastMenu = 5

  init(body: Size, introLines: Int, entries: Int, personal: Bool) {
    let fits = { (top: Int) in top + entries <= body.height }
    if fits(introLines + 3) {
      (showsHeading, introTop, menuTop) = (true, 2, introLines + 3)
    } else if fits(introLines + 2) {
      (showsHeading, introTop, menuTop) = (false, 1, introLines + 2)
    } else if fits(introLines + 1) || (personal && body.height - introLines - 1 >= Self.leastMenu) {
      (showsHeading, introTop, menuTop) = (false, 0, introLines + 1)
    } else if fits(2) {
      (showsHeading, introTop, menuTop) = (true, nil, 2)
    } else {
      (showsHeading, introTop, menuTop) = (false, nil, 0)
    }
  }
}
