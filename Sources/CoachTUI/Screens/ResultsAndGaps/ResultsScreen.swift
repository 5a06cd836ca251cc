import CoachCore
import CoachStore

/// Where the user stands: placement on every track, fit per level, strongest skills, and each
/// area against the next level.
public struct ResultsScreen: DocumentScreen {
  public enum Action: Sendable {
    case scroll(ScrollAction)
    case gaps, plan, addEvidence, packet, reviews
  }

  public private(set) var load: ReportLoad
  public var document = ScrollingDocument()
  /// The report's lines: building them again on each key would cost most of the frame.
  private var cache = LineCache()
  /// Flashcard and mock evidence per skill, for the calibration section; asked for once the
  /// report is loaded.
  public private(set) var evidence: [String: SkillEvidence]?
  /// The entries of the evidence log per skill; asked for once the report is loaded, and
  /// again when the screen is back on top (the form may have added one).
  public private(set) var evidenceLog: EvidenceSummary?
  /// The reviews a mentor or manager filled in and the user imported; asked for with the
  /// evidence log.
  public private(set) var reviews: [ReceivedReview] = []

  public static func loading() -> ResultsScreen { ResultsScreen(load: .loading) }

  public var title: String { "Results" }

  public var keyTable: KeyTable<Action> {
    var keys =
      ScrollingDocument.keys(Action.scroll, footer: false) + [
        // g is "top" on every screen, so Gaps takes the a of gaps.
        KeyBinding([.character("a")], "a", "Gaps", .gaps)
      ]
    // A pack without study hours has no plan.
    if hasPlan { keys.append(KeyBinding([.character("p")], "p", "Plan", .plan)) }
    keys.append(KeyBinding([.character("e")], "e", "Evidence", .addEvidence))
    // A pack whose levels ask for no skills has no case to make.
    if hasLevels { keys.append(KeyBinding([.character("c")], "c", "Promotion case", .packet)) }
    // Only once a review is imported is there one to show.
    if !reviews.isEmpty {
      keys.append(KeyBinding([.character("r")], "r", "Reviews", .reviews))
    }
    return KeyTable(keys)
  }

  /// Set from the pack when the report loads; true until then, as for most packs.
  private var hasPlan = true
  /// Set from the pack when the report loads: whether a level asks for skills.
  private var hasLevels = true

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    switch action {
    case .scroll(let move):
      scrollDocument(move, data: data)
    case .gaps: return [.push(GapsScreen.loading()), .effect(.loadLatest)]
    case .plan: return [.push(PlanScreen.loading()), .effect(.loadLatest)]
    case .addEvidence:
      guard let report = load.loaded?.report, let pack = data.pack else { return [] }
      let skills = EvidenceMarks.suggestions(
        report.strongestSkills(in: pack), ratings: report.profile.ratings,
        evidence: evidenceLog)
      return EvidenceFormScreen.opening(suggesting: skills, data: data)
    case .packet:
      guard let pack = data.pack, let report = load.loaded?.report,
        let level = PromotionPacket.defaultLevel(for: report, in: pack)
      else { return [] }
      return PacketScreen.opening(level: level.id, data: data)
    case .reviews:
      guard !reviews.isEmpty else { return [] }
      return [.push(ReviewsScreen(reviews: reviews, assessment: load.loaded?.assessment))]
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
    hasPlan = data.pack?.has(.studyHours) ?? true
    hasLevels = data.pack.map { !PromotionPacket.levels(in: $0).isEmpty } ?? true
    switch reply {
    case .skillEvidence(let found): evidence = found
    case .evidenceLog(let entries):
      evidenceLog = EvidenceSummary(entries, scale: data.pack?.scale ?? .standard)
    case .receivedReviews(let received): reviews = received
    default: load.take(reply, data: data)
    }
    cache = LineCache()
    remember(data: data)
    if case .latest(.some, _) = reply {
      return [
        .effect(.loadSkillEvidence), .effect(.loadEvidenceLog), .effect(.loadReceivedReviews),
      ]
    }
    return []
  }

  public mutating func appeared(data: AppData) -> [Command] {
    load.loaded == nil ? [] : [.effect(.loadEvidenceLog)]
  }

  public func documentLines(width: Int, data: AppData, glyphs: Glyphs) -> [DocLine] {
    if let lines = cache.lines(width: width) { return lines }
    guard let loaded = load.loaded, let pack = data.pack else { return [] }
    return ResultsLines(
      pack: pack, loaded: loaded, width: width, calendar: data.calendar, evidence: evidence,
      evidenceLog: evidenceLog
    ).all
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    if load.drawMessage(&canvas, in: rect, context: context) { return }
    drawDocument(&canvas, in: rect, context: context, data: data)
  }
}
