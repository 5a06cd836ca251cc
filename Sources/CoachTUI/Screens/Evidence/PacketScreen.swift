import CoachCore
import CoachStore

/// The promotion packet: the case for a target level, requirement by requirement, with the
/// evidence, STAR stories and a reviewer's ratings behind it, the drafted CV bullets and the
/// gaps still open. ← and → change the level; `e` adds evidence.
public struct PacketScreen: DocumentScreen {
  public enum Action: Sendable {
    case scroll(ScrollAction)
    case level(Int)
    case addEvidence
  }

  /// The target level's id.
  public private(set) var level: String
  public private(set) var load: ReportLoad = .loading
  /// Every evidence entry; nil until loaded.
  public private(set) var evidence: [EvidenceEntry]?
  public private(set) var stories: [SavedStarAnswer] = []
  /// The latest review received; nil while none is imported.
  public private(set) var review: ReceivedReview?
  public var document = ScrollingDocument()
  /// The packet's lines: building the packet again on each key would cost most of the frame.
  private var cache = LineCache()
  private var name: String

  public init(level: String, data: AppData) {
    self.level = level
    name = data.pack?.levelName(level) ?? level
  }

  /// The screen for `level` with the loads that fill it.
  static func opening(level: String, data: AppData) -> [Command] {
    [
      .push(PacketScreen(level: level, data: data)), .effect(.loadLatest),
      .effect(.loadEvidenceLog), .effect(.loadStarAnswers), .effect(.loadReceivedReviews),
    ]
  }

  public var title: String { "Promotion packet › \(name)" }

  public var keyTable: KeyTable<Action> {
    KeyTable(
      [
        KeyBinding([.right, .character("l")], "→", "Next level", .level(1)),
        KeyBinding([.left, .character("h")], "←", "Previous level", footer: false, .level(-1)),
        KeyBinding([.character("e")], "e", "Evidence", .addEvidence),
      ] + ScrollingDocument.keys({ .scroll($0) }, footer: false))
  }

  /// The packet for the level, once the assessment and the evidence are loaded.
  func packet(pack: Pack) -> PromotionPacket? {
    guard let assessment = load.loaded?.assessment, let evidence,
      let level = pack.level(level)
    else { return nil }
    return PromotionPacket(
      level: level, pack: pack, assessment: assessment, evidence: evidence, stories: stories)
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    switch action {
    case .scroll(let move): scrollDocument(move, data: data)
    case .level(let step):
      guard let pack = data.pack else { return [] }
      let levels = PromotionPacket.levels(in: pack).map(\.id)
      guard !levels.isEmpty else { return [] }
      let current = levels.firstIndex(of: level) ?? 0
      level = levels[(current + step + levels.count) % levels.count]
      name = pack.levelName(level)
      document = ScrollingDocument()
      cache = LineCache()
    case .addEvidence:
      guard let pack = data.pack, let packet = packet(pack: pack) else { return [] }
      let summary = EvidenceSummary(evidence ?? [], scale: pack.scale)
      let skills = EvidenceMarks.suggestions(
        packet.lines.flatMap(\.result.requirement.skills),
        ratings: load.loaded?.report.profile.ratings ?? [:], evidence: summary)
      return EvidenceFormScreen.opening(suggesting: skills, data: data)
    }
    remember(data: data)
    return []
  }

  private mutating func remember(data: AppData) {
    let width = data.body.width
    if cache.lines(width: width) == nil {
      cache.keep(documentLines(width: width, data: data, glyphs: .unicode), width: width)
    }
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    switch reply {
    case .evidenceLog(let entries): evidence = entries
    case .starAnswers(let saved): stories = saved
    case .receivedReviews(let received): review = received.last
    default: load.take(reply, data: data)
    }
    cache = LineCache()
    remember(data: data)
    return []
  }

  /// The form above may have added evidence.
  public mutating func appeared(data: AppData) -> [Command] {
    load.loaded == nil ? [] : [.effect(.loadEvidenceLog)]
  }

  public func documentLines(width: Int, data: AppData, glyphs: Glyphs) -> [DocLine] {
    if let lines = cache.lines(width: width) { return lines }
    guard let pack = data.pack, let assessment = load.loaded?.assessment,
      let packet = packet(pack: pack)
    else { return [] }
    return PacketLines(
      pack: pack, packet: packet, assessment: assessment, review: review?.review, width: width,
      calendar: data.calendar
    ).all
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    if load.drawMessage(&canvas, in: rect, context: context) { return }
    drawDocument(&canvas, in: rect, context: context, data: data)
  }
}
