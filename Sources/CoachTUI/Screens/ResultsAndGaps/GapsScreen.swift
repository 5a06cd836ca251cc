import CoachCore
import CoachStore

/// What separates the user from a target level: gaps ranked by priority, each with why it
/// matters and what to do; the target changes with Tab or left and right.
public struct GapsScreen: ScreenModel {
  public enum Action: Sendable {
    case move(Int)
    case first, last
    case target(Int)
    case open, addEvidence
  }

  public private(set) var load: ReportLoad
  public private(set) var selected = 0
  /// The evidence log's entries per skill; nil until loaded.
  public private(set) var evidenceLog: EvidenceSummary?

  public static func loading() -> GapsScreen { GapsScreen(load: .loading) }

  public var title: String { "Gaps" }

  public var keyTable: KeyTable<Action> {
    KeyTable(
      ListKeys.bindings(move: Action.move, first: .first, last: .last) + [
        KeyBinding([.tab, .right, .character("l")], "Tab/→", "Next target", .target(1)),
        KeyBinding(
          [.backTab, .left, .character("h")], "←", "Previous target", footer: false, .target(-1)),
        KeyBinding([.enter], "Enter", "Tips and questions", .open),
        KeyBinding([.character("e")], "e", "Evidence", .addEvidence),
      ])
  }

  /// The ranked gaps, then the requirements not rated yet (no size, so not ranked).
  var gaps: [Gap] { (load.loaded?.report.gaps ?? []) + (load.loaded?.report.unrated ?? []) }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    switch action {
    case .move(let delta): selected = min(max(0, selected + delta), max(0, gaps.count - 1))
    case .first: selected = 0
    case .last: selected = max(0, gaps.count - 1)
    case .target(let step): return changeTarget(by: step, data: data)
    case .open:
      guard let pack = data.pack, let loaded = load.loaded, let target = loaded.report.target,
        gaps.indices.contains(selected)
      else { return [] }
      return [.push(GapDetailScreen(gap: gaps[selected], target: target, pack: pack))]
    case .addEvidence:
      guard gaps.indices.contains(selected) else { return [] }
      let gap = gaps[selected]
      return EvidenceFormScreen.opening(
        suggesting: [gap.skill] + gap.requirement.skills, data: data)
    }
    return []
  }

  /// Every level of every track, in the pack's order: the targets one can choose.
  static func targets(in pack: Pack) -> [String] {
    var seen = Set<String>()
    return pack.tracks.flatMap(\.levels).filter { seen.insert($0).inserted }
  }

  private mutating func changeTarget(by step: Int, data: AppData) -> [Command] {
    guard let pack = data.pack, case .ready(var loaded) = load else { return [] }
    let targets = Self.targets(in: pack)
    guard !targets.isEmpty else { return [] }
    let current = loaded.report.target.flatMap { targets.firstIndex(of: $0) } ?? 0
    let next = targets[(current + step + targets.count) % targets.count]
    let commands = loaded.update(pack: pack) { $0.targetLevel = next }
    load = .ready(loaded)
    selected = 0
    return commands
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    if case .evidenceLog(let entries) = reply {
      evidenceLog = EvidenceSummary(entries, scale: data.pack?.scale ?? .standard)
      return []
    }
    load.take(reply, data: data)
    selected = min(selected, max(0, gaps.count - 1))
    if case .latest(.some, _) = reply { return [.effect(.loadEvidenceLog)] }
    return []
  }

  /// The form above may have added evidence.
  public mutating func appeared(data: AppData) -> [Command] {
    load.loaded == nil ? [] : [.effect(.loadEvidenceLog)]
  }

  public mutating func click(row: Int, column: Int, body: Size, data: AppData) -> [Command] {
    let index = GapsView.listRow(atLine: row, screen: self, body: body)
    guard let index else { return [] }
    selected = index
    return []
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    if load.drawMessage(&canvas, in: rect, context: context) { return }
    guard let pack = data.pack, let loaded = load.loaded else { return }
    GapsView(screen: self, pack: pack, loaded: loaded).draw(&canvas, in: rect, context: context)
  }
}
