import CoachCore

/// One level in full: what it asks and pays, and how far the user is from it. `m` changes the
/// market the salary is shown for.
public struct LevelDetailScreen: DocumentScreen {
  public enum Action: Sendable {
    case scroll(ScrollAction)
    case nextMarket, addEvidence, packet
  }

  public let level: String
  public private(set) var market: String
  public private(set) var load: ReportLoad
  public var document = ScrollingDocument()
  /// The evidence log's entries per skill; nil until loaded.
  public private(set) var evidence: EvidenceSummary?
  /// True once the user picked a market, so a late assessment does not change it.
  private var marketChosen = false
  private let name: String
  /// False for a level described in words only: it asks for no skill to back.
  private let asksForSkills: Bool

  /// The market starts as the user's own when their assessment names one, else the pack's first.
  public init(level: String, load: ReportLoad = .loading, data: AppData) {
    self.level = level
    self.load = load
    name = data.pack?.levelName(level) ?? level
    asksForSkills = data.pack?.level(level)?.isPlaceable ?? false
    market = data.pack?.markets.first?.id ?? ""
    adoptUserMarket(data: data)
  }

  public var title: String { name }

  public var keyTable: KeyTable<Action> {
    // Without markets (a pack with no salaries) there is no market to change.
    KeyTable(
      (market.isEmpty ? [] : [KeyBinding([.character("m")], "m", "Next market", .nextMarket)])
        + (asksForSkills ? [KeyBinding([.character("e")], "e", "Evidence", .addEvidence)] : [])
        // The case rests on an assessment: without one there is none to make.
        + (asksForSkills && load.loaded != nil
          ? [KeyBinding([.character("c")], "c", "Promotion case", .packet)] : [])
        + ScrollingDocument.keys({ .scroll($0) }, footer: false))
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    switch action {
    case .scroll(let move):
      scrollDocument(move, data: data)
    case .nextMarket:
      guard let markets = data.pack?.markets.map(\.id), !markets.isEmpty else { return [] }
      let current = markets.firstIndex(of: market) ?? -1
      market = markets[(current + 1) % markets.count]
      marketChosen = true
    case .addEvidence:
      guard let requirements = data.pack?.level(level)?.requirements else { return [] }
      let skills = EvidenceMarks.suggestions(
        requirements.flatMap(\.skills), ratings: load.loaded?.report.profile.ratings ?? [:],
        evidence: evidence)
      return EvidenceFormScreen.opening(suggesting: skills, data: data)
    case .packet:
      guard asksForSkills, load.loaded != nil else { return [] }
      return PacketScreen.opening(level: level, data: data)
    }
    return []
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    if case .evidenceLog(let entries) = reply {
      evidence = EvidenceSummary(entries, scale: data.pack?.scale ?? .standard)
      return []
    }
    load.take(reply, data: data)
    adoptUserMarket(data: data)
    if case .latest(.some, _) = reply { return [.effect(.loadEvidenceLog)] }
    return []
  }

  /// The form above may have added evidence.
  public mutating func appeared(data: AppData) -> [Command] {
    load.loaded == nil ? [] : [.effect(.loadEvidenceLog)]
  }

  private mutating func adoptUserMarket(data: AppData) {
    guard !marketChosen, let own = load.loaded?.report.profile.market,
      data.pack?.market(own) != nil
    else { return }
    market = own
  }

  public func documentLines(width: Int, data: AppData, glyphs: Glyphs) -> [DocLine] {
    guard let pack = data.pack, let level = pack.level(level) else { return [] }
    return LevelDetailLines(
      pack: pack, level: level, market: market, profile: load.loaded?.report.profile,
      loading: { if case .loading = load { return true } else { return false } }(), width: width,
      evidence: evidence
    ).all
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    drawDocument(&canvas, in: rect, context: context, data: data)
  }
}
