import CoachCore
import CoachStore

/// Every assessment, newest first, with its date and placement; two marked ones can be compared.
public struct HistoryScreen: ScreenModel {
  public enum Action: Sendable {
    case move(Int)
    case first, last, mark, compare
  }

  /// One row: an assessment and where it placed the user on the ladder, worked out when the
  /// row first comes into view (a history can hold thousands).
  public struct Entry: Sendable {
    public var assessment: Assessment
    public var placement: String?
  }

  public private(set) var entries: [Entry]?
  public private(set) var selected = 0
  /// The ids marked for comparison, at most two, in the order marked.
  public private(set) var marked: [Int64] = []
  public private(set) var notice: String?

  public static func loading() -> HistoryScreen { HistoryScreen(entries: nil) }

  public var title: String { "History" }

  public var keyTable: KeyTable<Action> {
    KeyTable(
      ListKeys.bindings(move: Action.move, first: .first, last: .last, pages: true) + [
        KeyBinding([.character(" ")], "Space", "Mark", .mark),
        KeyBinding([.enter, .character("c")], "Enter", "Compare marked", .compare),
      ])
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    let count = entries?.count ?? 0
    notice = nil
    switch action {
    case .move(let delta): selected = min(max(0, selected + delta), max(0, count - 1))
    case .first: selected = 0
    case .last: selected = max(0, count - 1)
    case .mark:
      guard let entries, entries.indices.contains(selected) else { return [] }
      let id = entries[selected].assessment.id
      if let index = marked.firstIndex(of: id) {
        marked.remove(at: index)
      } else {
        marked.append(id)
        if marked.count > 2 { marked.removeFirst() }
      }
    case .compare: return compare(data: data)
    }
    placeRowsInView(data: data)
    return []
  }

  /// "Mid-Level Backend Developer (borderline)": the ladder placement of an assessment.
  static func placementName(of assessment: Assessment, pack: Pack) -> String {
    guard let ladder = pack.tracks.first else { return "" }
    let track = Placement.place(on: ladder, pack: pack, profile: assessment.profile(pack: pack))
    return CareerReport.placementName(track, in: pack) + (track.borderline ? " (borderline)" : "")
  }

  /// The rows the list shows for a body of `body`'s size.
  static func rowsInView(count: Int, selected: Int, body: Size) -> Range<Int> {
    let height = HistoryView.listHeight(body: body)
    let start = ListView(rows: Array(repeating: "", count: count), selected: selected)
      .offset(height: height)
    return start..<min(count, start + height)
  }

  private mutating func placeRowsInView(data: AppData) {
    guard let pack = data.pack, var rows = entries else { return }
    for index in Self.rowsInView(count: rows.count, selected: selected, body: data.body)
    where rows[index].placement == nil {
      rows[index].placement = Self.placementName(of: rows[index].assessment, pack: pack)
    }
    entries = rows
  }

  private mutating func compare(data: AppData) -> [Command] {
    guard let pack = data.pack, let entries else { return [] }
    let chosen = entries.map(\.assessment).filter { marked.contains($0.id) }
    guard chosen.count == 2 else {
      notice =
        (entries.count < 2
          ? "Compare needs two assessments; take another one later to see what changed."
          : "Mark two assessments with Space, then press Enter to compare them.")
      return []
    }
    // Entries are newest first, so the second is the older one.
    return [.push(CompareScreen(older: chosen[1], newer: chosen[0], pack: pack))]
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    guard case .history(let assessments) = reply else { return [] }
    entries = assessments.map { Entry(assessment: $0, placement: nil) }
    selected = min(selected, max(0, assessments.count - 1))
    placeRowsInView(data: data)
    return []
  }

  public mutating func click(row: Int, column: Int, body: Size, data: AppData) -> [Command] {
    guard let entries else { return [] }
    let list = ListView(rows: entries.map { _ in "" }, selected: selected)
    if let index = list.row(
      atLine: row - HistoryView.listTop, height: HistoryView.listHeight(body: body))
    {
      selected = index
    }
    return []
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    HistoryView(screen: self, pack: data.pack).draw(&canvas, in: rect, context: context)
  }
}
