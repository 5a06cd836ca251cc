import CoachCore
import Foundation

/// Finds skills, questions, tips and levels as the user types; Enter opens the selected one.
public struct SearchScreen: ScreenModel {
  public enum Action: Sendable {
    case move(Int)
    case open, back
  }

  public private(set) var field = TextField(limit: 100)
  public private(set) var hits: [SearchHit] = []
  public private(set) var selected = 0
  /// Built at the first key: the pack's text lower-cased once for every search after it.
  private var index: PackSearch.Index?

  public init() {}

  public var title: String { "Search" }
  /// The query field always has focus: every letter, q and ? included, is part of the query.
  public var capturesText: Bool { true }

  public var keyTable: KeyTable<Action> {
    KeyTable([
      KeyBinding([.up], "↑", "Previous result", footer: false, .move(-1)),
      KeyBinding([.down], "↓", "Next result", footer: false, .move(1)),
      KeyBinding([.pageUp], "PgUp", "Results up a page", footer: false, .move(-10)),
      KeyBinding([.pageDown], "PgDn", "Results down a page", footer: false, .move(10)),
      KeyBinding([.enter], "Enter", "Open", .open),
      KeyBinding([.escape], "Esc", "Back", .back),
    ])
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    switch action {
    case .move(let delta): selected = min(max(0, selected + delta), max(0, hits.count - 1))
    case .back: return [.pop]
    case .open:
      guard hits.indices.contains(selected) else { return [] }
      return Self.open(hits[selected].target, data: data)
    }
    return []
  }

  public mutating func receiveText(_ key: Key, data: AppData) -> [Command] {
    let before = field.text
    guard field.edit(key), let pack = data.pack else { return [] }
    selected = 0
    // Keys that only move the cursor leave the query, and so the results, as they were.
    guard field.text != before || index == nil else { return [] }
    let index = index ?? PackSearch.Index(pack)
    self.index = index
    hits = PackSearch.search(field.text, in: index)
    return []
  }

  /// The screen that shows a result.
  static func open(_ target: SearchTarget, data: AppData) -> [Command] {
    switch target {
    case .level(let id):
      return [.push(LevelDetailScreen(level: id, data: data)), .effect(.loadLatest)]
    case .skill, .question, .tip:
      return [.push(DetailScreen(target: target, data: data))]
    }
  }

  /// Results start below the field, a count line and a blank line.
  static let listTop = 3

  public mutating func click(row: Int, column: Int, body: Size, data: AppData) -> [Command] {
    guard
      let index = ListView.row(
        atLine: row - Self.listTop, count: hits.count, selected: selected,
        height: body.height - Self.listTop)
    else { return [] }
    if index == selected { return perform(.open, data: data) }
    selected = index
    return []
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    let theme = context.theme
    let area = rect.inset(horizontal: 1, vertical: 0)
    canvas.put("Find: ", x: area.x, y: area.y, style: theme.title)
    let status: String
    if field.text.trimmingCharacters(in: .whitespaces).isEmpty {
      status = "Type words to find skills, interview questions, tips and levels."
    } else if hits.isEmpty {
      status = "Nothing holds every word of \"\(field.text)\"."
    } else {
      let count = hits.count
      status = "\(count) result\(count == 1 ? "" : "s"), names first; ↑ ↓ choose, Enter opens."
    }
    canvas.put(status, x: area.x, y: area.y + 1, style: theme.muted, clip: area)
    let kindWidth = 10
    let rows = hits.map { $0.target.kind.padded(toWidth: kindWidth) + $0.name }
    let listArea = Rect(
      x: area.x - 1, y: area.y + Self.listTop, width: area.width + 1,
      height: area.height - Self.listTop)
    canvas.list(ListView(rows: rows, selected: selected), in: listArea, context: context)
    // The cursor belongs in the field: typing goes there.
    canvas.textField(
      field, in: Rect(x: area.x + 6, y: area.y, width: area.width - 6, height: 1), context: context)
  }
}
