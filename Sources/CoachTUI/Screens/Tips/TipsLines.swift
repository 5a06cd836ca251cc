import CoachCore

/// The lines of one tips tab. Tips the user's assessment picks come first, each saying why.
struct TipsLines {
  let pack: Pack
  let tab: TipsScreen.Tab
  let load: ReportLoad
  let width: Int
  /// Every evidence entry, for the CV bullets; nil until loaded.
  var evidence: [EvidenceEntry]? = nil

  var inner: Int { width - 2 }

  var all: [DocLine] {
    var lines: [DocLine] = [.text(tab.heading, .title, indent: 1)]
    switch tab.kind {
    case .forYou: lines += forYou
    case .role: lines += role
    case .advice:
      for category in tab.categories {
        if category.id == .day { lines += daySection }
        if category.id == .cv { lines += cvBullets }
        // A kind's own heading shows only where it shares its tab.
        let heading = tab.categories.count > 1 ? category.section : nil
        lines += self.category(category.id, heading: heading, picksFirst: !category.inOrder)
        if category.id == .mistakes { lines += cvMistakes }
      }
    }
    return lines
  }

  /// Whether a kind of advice has anything to show: tips, or, for mistakes and a day in the
  /// role, the CV mistakes and the role's day.
  static func hasContent(_ category: TipCategoryInfo, in pack: Pack) -> Bool {
    if pack.tips.contains(where: { $0.category == category.id }) { return true }
    if category.id == .mistakes { return !pack.cvMistakes.isEmpty }
    if category.id == .day { return pack.role.sections.contains { $0.id == "a-day" } }
    return false
  }

  /// The picks for an assessed user, or for someone who has not assessed yet.
  func picks(category: TipCategory?) -> [TipPick] {
    guard let report = load.loaded?.report else {
      return TipSelection.withoutAssessment(pack: pack, category: category)
    }
    return TipSelection.forYou(
      pack: pack, level: report.ladder?.level, target: report.target, gaps: report.gaps,
      category: category)
  }

  var forYou: [DocLine] {
    var lines: [DocLine] = []
    switch load {
    case .loading: return [.text("Loading your latest assessment…", .muted, indent: 1)]
    case .noAssessment:
      lines += DocLine.wrapped(
        "No assessment yet, so these suit a first job. Assess yourself (Home, Assess my skills) "
          + "to get advice for your level and gaps.", width: inner, .muted, indent: 1)
    case .ready(let loaded):
      let report = loaded.report
      let level = report.ladder.map { CareerReport.placementName($0, in: pack) } ?? "unplaced"
      let target = report.target.map(pack.levelName) ?? "the next level"
      lines += DocLine.wrapped(
        "From your latest assessment: you are at \(level), aiming at \(target), with "
          + "\(report.gaps.count) gap\(report.gaps.count == 1 ? "" : "s") to close.",
        width: inner, .muted, indent: 1)
    }
    let picks = picks(category: nil)
    if picks.isEmpty {
      lines += [.blank, .text("No tip fits; see the other tabs.", .muted, indent: 3)]
    }
    for pick in picks { lines += tip(pick.tip, reason: pick.reason, showCategory: true) }
    return lines
  }

  /// A category's tips. With `picksFirst`, those picked for the user lead; otherwise the pack's
  /// order stays (a guide reads best in its own order) and picked tips only say why.
  func category(_ category: TipCategory, heading: String?, picksFirst: Bool = true) -> [DocLine] {
    let tips = pack.tips.filter { $0.category == category }
    guard !tips.isEmpty else { return [] }
    var lines: [DocLine] = []
    if let heading { lines += [.blank, .text(heading, .accent, indent: 1)] }
    let picked = load.loaded == nil ? [] : picks(category: category)
    // "Useful at every level" would repeat on most tips of a tab; only real picks say why.
    let reasons = Dictionary(
      picked.filter { !$0.tip.levels.isEmpty || !$0.tip.skills.isEmpty }.map {
        ($0.tip.id, $0.reason)
      }, uniquingKeysWith: { first, _ in first })
    let pickedIDs = Set(picked.map(\.tip.id))
    let ordered =
      picksFirst ? picked.map(\.tip) + tips.filter { !pickedIDs.contains($0.id) } : tips
    for tip in ordered { lines += self.tip(tip, reason: reasons[tip.id]) }
    return lines
  }

  func tip(_ tip: Tip, reason: String?, showCategory: Bool = false) -> [DocLine] {
    var lines: [DocLine] = [.blank]
    let kind = pack.tipCategory(tip.category)?.name ?? tip.category.rawValue
    let title = showCategory ? "\(tip.title) (\(kind))" : tip.title
    lines += DocLine.wrapped(title, width: inner, .accent, indent: 3)
    if let reason { lines += DocLine.wrapped(reason, width: inner, .good, indent: 3) }
    lines += DocLine.prose(tip.text, width: inner, indent: 3)
    lines.append(.text("Source: \(pack.sourceName(tip.source))", .muted, indent: 3))
    return lines
  }

  /// The role's own description of a working day, when the pack has one.
  var daySection: [DocLine] {
    guard let section = pack.role.sections.first(where: { $0.id == "a-day" }) else { return [] }
    return [.blank] + DocLine.prose(section.body, width: inner, indent: 3) + [
      .text("Source: \(pack.sourceName(section.source))", .muted, indent: 3)
    ]
  }

  /// The CV mistakes the CV check looks for, with what to do instead.
  var cvMistakes: [DocLine] {
    guard !pack.cvMistakes.isEmpty else { return [] }
    var lines: [DocLine] = [
      .blank, .text("CV mistakes the CV check looks for", .accent, indent: 1),
    ]
    for mistake in pack.cvMistakes {
      lines.append(.blank)
      lines += DocLine.wrapped(mistake.title, width: inner, .accent, indent: 3)
      lines += DocLine.wrapped(mistake.why, width: inner, indent: 3)
      lines += DocLine.wrapped("Instead: " + mistake.suggestion, width: inner, .good, indent: 3)
      lines.append(.text("Source: \(pack.sourceName(mistake.source))", .muted, indent: 3))
    }
    return lines
  }

  /// Every section of the role's description, then its questions and answers.
  var role: [DocLine] {
    let role = pack.role
    guard role.summary != nil || !role.sections.isEmpty || !role.faq.isEmpty else {
      return DocLine.wrapped(
        "The content pack describes the role by its title alone: \(role.title).", width: inner,
        .muted, indent: 1)
    }
    var lines = role.summary.map { DocLine.prose($0, width: inner, indent: 1) } ?? []
    for section in role.sections {
      lines += [.blank, .text(section.title, .accent, indent: 1)]
      lines += DocLine.prose(section.body, width: inner, indent: 3)
      lines.append(.text("Source: \(pack.sourceName(section.source))", .muted, indent: 3))
    }
    if !pack.role.faq.isEmpty {
      lines += [.blank, .text("Questions people ask", .title, indent: 1)]
    }
    for entry in pack.role.faq {
      lines.append(.blank)
      lines += DocLine.wrapped(entry.question, width: inner, .accent, indent: 3)
      lines += DocLine.prose(entry.answer, width: inner, indent: 3)
      lines.append(.text("Source: \(pack.sourceName(entry.source))", .muted, indent: 3))
    }
    return lines
  }
}

extension TipCategoryInfo {
  /// "CV, LinkedIn, outreach, interviews and more": the first four kinds of advice the tips
  /// hold, in the pack's order of kinds.
  static func summary(of pack: Pack) -> String {
    let held = Set(pack.tips.map(\.category))
    let phrases = pack.tipCategories.filter { held.contains($0.id) }.map(\.phrase)
    let shown = phrases.prefix(4).joined(separator: ", ")
    return phrases.count > 4
      ? shown + " and more" : shown.prefix(1).uppercased() + shown.dropFirst()
  }
}
