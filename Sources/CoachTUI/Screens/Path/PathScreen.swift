import CoachCore

/// The career path as a diagram: the ladder from Junior to the top, the tracks that branch off
/// it, and where the user stands when they have assessed themselves.
public struct PathScreen: ScreenModel {
  public enum Action: Sendable {
    case move(Int)
    case first, last, open
  }

  public private(set) var load: ReportLoad
  public private(set) var selected = 0

  public static func loading() -> PathScreen { PathScreen(load: .loading) }

  public var title: String { "Career path" }

  public var keyTable: KeyTable<Action> {
    KeyTable(
      ListKeys.bindings(move: Action.move, first: .first, last: .last, pages: true) + [
        KeyBinding([.enter, .right, .character("l")], "Enter", "Level details", .open)
      ])
  }

  static func stops(_ data: AppData) -> [CareerLadder.Stop] {
    data.pack.flatMap(CareerLadder.init(pack:))?.stops ?? []
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    let stops = Self.stops(data)
    let last = max(0, stops.count - 1)
    switch action {
    case .move(let delta): selected = min(max(0, selected + delta), last)
    case .first: selected = 0
    case .last: selected = last
    case .open:
      guard stops.indices.contains(selected) else { return [] }
      return [
        .push(LevelDetailScreen(level: stops[selected].level, load: load, data: data)),
        // The report is here already; the evidence behind each rating is not.
        .effect(.loadEvidenceLog),
      ]
    }
    return []
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    load.take(reply, data: data)
    return []
  }

  public mutating func click(row: Int, column: Int, body: Size, data: AppData) -> [Command] {
    guard let pack = data.pack, let ladder = CareerLadder(pack: pack),
      let index = PathView.stop(
        atLine: row, column: column - 1, ladder: ladder, selected: selected,
        height: body.height, layout: PathView.columns(ladder, pack: pack, width: body.width - 2))
    else { return [] }
    if index == selected { return perform(.open, data: data) }
    selected = index
    return []
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    guard let pack = data.pack, let ladder = CareerLadder(pack: pack) else {
      canvas.paragraph(
        "The content pack has no career tracks.", in: rect.inset(horizontal: 1, vertical: 1),
        style: context.theme.text)
      return
    }
    PathView(screen: self, pack: pack, ladder: ladder).draw(&canvas, in: rect, context: context)
  }
}
