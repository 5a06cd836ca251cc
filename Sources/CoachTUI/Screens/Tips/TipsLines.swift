import CoachCore

/// The lines of one tips tab. Tips the user's assessment picks come first, each saying why.
struct TipsLines {
  let pack: Pack
  let tab: TipsScreen.Tab
  let load: ReportLoad
  let width: Int

  var inner: Int { width - 2 }

  var all: [DocLine] {
    var lines: [DocLine] = [.text(tab.heading, .title, indent: 1)]
    switch tab {
    case .forYou: lines += forYou
    case .role: lines += role
    case .denmark:
      lines += category(.jobSearch, heading: "Where and how to look", picksFirst: false)
      lines += category(.cities, heading: "Cities", picksFirst: false)
    case .day:
      lines += daySection
      lines += category(.day, heading: nil, picksFirst: false)
    case .mistakes:
      lines += category(.mistakes, heading: nil)
      lines += cvMistakes
    default:
      for category in tab.categories { lines += self.category(category, heading: nil) }
    }
    return lines
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
    let title = showCategory ? "\(tip.title) (\(Self.categoryName(tip.category)))" : tip.title
    lines += DocLine.wrapped(title, width: inner, .accent, indent: 3)
    if let reason { lines += DocLine.wrapped(reason, width: inner, .good, indent: 3) }
    lines += DocLine.prose(tip.text, width: inner, indent: 3)
    lines.append(.text("Source: \(pack.sourceName(tip.source))", .muted, indent: 3))
    return lines
  }

  static func categoryName(_ category: TipCategory) -> String {
    switch category {
    case .cv: return "CV"
    case .linkedin: return "LinkedIn"
    case .outreach: return "outreach"
    case .interview: return "interview"
    case .mistakes: return "mistakes"
    case .jobSearch: return "job search"
    case .cities: return "cities"
    case .day: return "a day"
    }
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

extension TipCategory {
  /// How the home menu names the category in a list.
  var phrase: String {
    switch self {
    case .cv: return "CV"
    case .linkedin: return "LinkedIn"
    case .outreach: return "outreach"
    case .interview: return "interviews"
    case .mistakes: return "mistakes to avoid"
    case .jobSearch: return "job search"
    case .cities: return "where the jobs are"
    case .day: return "a day in the role"
    }
  }

  /// "CV, LinkedIn, outreach, interviews and more": the first four kinds of advice the tips
  /// hold, in the pack's order of kinds.
  static func summary(of tips: [Tip]) -> String {
    let held = Set(tips.map(\.category))
    let phrases = allCases.filter(held.contains).map(\.phrase)
    let shown = phrases.prefix(4).joined(separator: ", ")
    return phrases.count > 4
      ? shown + " and more" : shown.prefix(1).uppercased() + shown.dropFirst()
  }
}
