import CoachCore

/// Every action of every screen by name, filtered as the user types; Enter runs the chosen
/// one: a key of the screen below, or a screen opened from home and, if chosen, its key.
public struct PaletteScreen: ScreenModel {
  public enum Action: Sendable {
    case move(Int)
    case run, back
  }

  public let entries: [PaletteEntry]
  public private(set) var field = TextField(limit: 60)
  public private(set) var shown: [Int]
  public private(set) var selected = 0

  init(entries: [PaletteEntry]) {
    self.entries = entries
    shown = Array(entries.indices)
  }

  public var title: String { "Commands" }
  /// The filter always has focus: every letter is part of it.
  public var capturesText: Bool { true }

  public var keyTable: KeyTable<Action> {
    KeyTable([
      KeyBinding([.up], "↑", "Previous command", footer: false, .move(-1)),
      KeyBinding([.down], "↓", "Next command", footer: false, .move(1)),
      KeyBinding([.pageUp], "PgUp", "Commands up a page", footer: false, .move(-10)),
      KeyBinding([.pageDown], "PgDn", "Commands down a page", footer: false, .move(10)),
      KeyBinding([.enter], "Enter", "Run", .run),
      KeyBinding([.escape], "Esc", "Back", .back),
    ])
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    switch action {
    case .move(let delta): selected = min(max(0, selected + delta), max(0, shown.count - 1))
    case .back: return [.pop]
    case .run:
      guard shown.indices.contains(selected) else { return [] }
      switch entries[shown[selected]].run {
      case .key(let key): return [.pop, .effect(.pressKeys([key]))]
      case .open(let entry, let then): return [.openFromHome(entry: entry, then: then)]
      }
    }
    return []
  }

  public mutating func receiveText(_ key: Key, data: AppData) -> [Command] {
    let before = field.text
    guard field.edit(key), field.text != before else { return [] }
    let words = field.text.lowercased().split(separator: " ").map(String.init)
    shown = entries.indices.filter { index in
      words.allSatisfy(entries[index].searchable.contains)
    }
    selected = 0
    return []
  }

  /// The commands start below the field, a count line and a blank line.
  static let listTop = 3

  public mutating func click(row: Int, column: Int, body: Size, data: AppData) -> [Command] {
    guard
      let index = ListView.row(
        atLine: row - Self.listTop, count: shown.count, selected: selected,
        height: body.height - Self.listTop)
    else { return [] }
    if index == selected { return perform(.run, data: data) }
    selected = index
    return []
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    let theme = context.theme
    let area = rect.inset(horizontal: 1, vertical: 0)
    canvas.put("Run: ", x: area.x, y: area.y, style: theme.title)
    let status =
      shown.isEmpty
      ? "No command holds every word of \"\(field.text)\"."
      : "\(shown.count) command\(shown.count == 1 ? "" : "s"); type to filter, Enter runs."
    canvas.put(status, x: area.x, y: area.y + 1, style: theme.muted, clip: area)
    let placeWidth = min(24, (shown.map { DisplayWidth.of(entries[$0].place) }.max() ?? 0) + 2)
    let rows = shown.map { index -> String in
      let entry = entries[index]
      let key = entry.key.isEmpty ? "" : "  (\(entry.key))"
      return entry.place.truncated(toWidth: placeWidth - 2, ellipsis: context.glyphs.ellipsis)
        .padded(toWidth: placeWidth) + entry.name + key
    }
    let listArea = Rect(
      x: area.x - 1, y: area.y + Self.listTop, width: area.width + 1,
      height: area.height - Self.listTop)
    canvas.list(ListView(rows: rows, selected: selected), in: listArea, context: context)
    canvas.textField(
      field, in: Rect(x: area.x + 5, y: area.y, width: area.width - 5, height: 1), context: context)
  }
}
