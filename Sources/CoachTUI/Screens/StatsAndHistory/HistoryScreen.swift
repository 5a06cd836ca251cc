import CoachCore
import CoachStore

/// Every assessment, newest first, with its date and placement; two marked ones can be compared.
/// The list holds summaries only; an assessment's answers are read when its row first comes
/// into view (to place it on the ladder) or when it is compared, so a long history stays small.
public struct HistoryScreen: ScreenModel {
  public enum Action: Sendable {
    case move(Int)
    case first, last, mark, compare
  }

  /// One row: an assessment's summary and, once read, where it placed the user on the ladder.
  public struct Entry: Sendable {
    public var summary: AssessmentSummary
    public var placement: String?
  }

  public private(set) var entries: [Entry]?
  public private(set) var selected = 0
  /// The ids marked for comparison, at most two, in the order marked.
  public private(set) var marked: [Int64] = []
  public private(set) var notice: String?
  /// Ids already asked for, so scrolling back and forth reads each assessment once.
  private var requested: Set<Int64> = []
  private var comparing = false

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
      let id = entries[selected].summary.id
      if let index = marked.firstIndex(of: id) {
        marked.remove(at: index)
      } else {
        marked.append(id)
        if marked.count > 2 { marked.removeFirst() }
      }
    case .compare: return compare()
    }
    return readRowsInView(data: data)
  }

  private mutating func compare() -> [Command] {
    guard let entries else { return [] }
    guard marked.count == 2 else {
      notice =
        (entries.count < 2
          ? "Compare needs two assessments; take another one later to see what changed."
          : "Mark two assessments with Space, then press Enter to compare them.")
      return []
    }
    comparing = true
    return [.effect(.loadAssessments(marked))]
  }

  /// "Mid-Level Backend Developer (borderline)": the ladder placement of an assessment.
  static func placementName(of assessment: Assessment, pack: Pack) -> String {
    Placement.ladder(pack: pack, profile: assessment.profile(pack: pack))
      .map { CareerReport.placementLabel($0, in: pack) } ?? ""
  }

  /// The rows the list shows for a body of `body`'s size.
  static func rowsInView(count: Int, selected: Int, body: Size) -> Range<Int> {
    let height = HistoryView.listHeight(body: body)
    let start = ListView.offset(count: count, selected: selected, height: height)
    return start..<min(count, start + height)
  }

  /// A taller window shows more rows: their assessments are read at once.
  public mutating func resized(data: AppData) -> [Command] { readRowsInView(data: data) }

  /// Asks for the assessments of rows in view that are not placed yet.
  private mutating func readRowsInView(data: AppData) -> [Command] {
    guard let entries else { return [] }
    let missing = Self.rowsInView(count: entries.count, selected: selected, body: data.body)
      .map { entries[$0] }
      .filter { $0.placement == nil && !requested.contains($0.summary.id) }
      .map(\.summary.id)
    guard !missing.isEmpty else { return [] }
    requested.formUnion(missing)
    return [.effect(.loadAssessments(missing))]
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    switch reply {
    case .history(let summaries):
      entries = summaries.map { Entry(summary: $0, placement: nil) }
      requested = []
      selected = min(selected, max(0, summaries.count - 1))
      return readRowsInView(data: data)
    case .assessments(let assessments):
      guard let pack = data.pack, var rows = entries else { return [] }
      let byID = Dictionary(assessments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      for index in rows.indices {
        if let assessment = byID[rows[index].summary.id], rows[index].placement == nil {
          rows[index].placement = Self.placementName(of: assessment, pack: pack)
        }
      }
      entries = rows
      guard comparing, marked.count == 2, let first = byID[marked[0]], let second = byID[marked[1]]
      else { return [] }
      comparing = false
      let (older, newer) = first.startedAt <= second.startedAt ? (first, second) : (second, first)
      return [.push(CompareScreen(older: older, newer: newer, pack: pack))]
    default:
      return []
    }
  }

  public mutating func click(row: Int, column: Int, body: Size, data: AppData) -> [Command] {
    guard let entries else { return [] }
    if let index = ListView.row(
      atLine: row - HistoryView.listTop, count: entries.count, selected: selected,
      height: HistoryView.listHeight(body: body))
    {
      selected = index
    }
    return []
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    HistoryView(screen: self, calendar: data.calendar).draw(&canvas, in: rect, context: context)
  }
}
