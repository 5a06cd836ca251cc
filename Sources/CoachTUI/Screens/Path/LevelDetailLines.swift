import CoachCore

/// The lines of a level's detail: standing, salary in a market, overview, years, and every list
/// the pack holds for the level. The `path --level` command prints the same lines.
public struct LevelDetailLines {
  let pack: Pack
  let level: Level
  let market: String
  /// The user's latest assessment; nil when they have none.
  let profile: Profile?
  let loading: Bool
  let width: Int
  /// False on the command line, where there is no key to press.
  let showsKeys: Bool
  /// The evidence log's entries per skill, counted beside each rating; nil leaves them out.
  let evidence: EvidenceSummary?

  public init(
    pack: Pack, level: Level, market: String, profile: Profile?, loading: Bool = false,
    width: Int, showsKeys: Bool = true, evidence: EvidenceSummary? = nil
  ) {
    self.showsKeys = showsKeys
    self.evidence = evidence
    self.pack = pack
    self.level = level
    self.market = market
    self.profile = profile
    self.loading = loading
    self.width = width
  }

  var inner: Int { width - 2 }

  public var all: [DocLine] {
    var lines: [DocLine] = [.text(level.name, .title, indent: 1)]
    let tracks = pack.tracks.filter { $0.levels.contains(level.id) }.map(\.name)
    if !tracks.isEmpty {
      lines.append(.text("On: " + tracks.joined(separator: ", "), .muted, indent: 1))
    }
    let source = level.source.map { "Source: \(pack.sourceName($0))" }
    // Without an overview to sit under, the level's source follows where it stands.
    if level.overview == nil, let source { lines.append(.text(source, .muted, indent: 1)) }
    lines += DocLine.wrapped(standing, width: inner, profile == nil ? .muted : .accent, indent: 1)
    lines += salary
    if let overview = level.overview {
      lines += section("Overview", [overview], bullets: false)
      if let source { lines.append(.text(source, .muted, indent: 3)) }
    }
    lines += yearLines
    lines += section("Responsibilities", level.responsibilities)
    lines += section("Hard skills", level.hardSkills)
    lines += section("Soft skills", level.softSkills)
    lines += section("Education", level.education)
    lines += section("Certifications", level.certifications)
    lines += section("Preferred qualifications", level.preferredQualifications)
    lines += criteria
    lines += requirements
    return lines
  }

  /// What the level expects in each area, each area's expectations as bullets under its name.
  private var criteria: [DocLine] {
    guard !level.criteria.isEmpty else { return [] }
    var lines: [DocLine] = [.blank, .text("What it expects, area by area", .title, indent: 1)]
    for criterion in level.criteria {
      lines.append(.text(pack.categoryName(criterion.area), .accent, indent: 3))
      for item in criterion.expectations {
        let wrapped = TextWrap.lines(item, width: max(1, inner - 7))
        for (index, line) in wrapped.enumerated() {
          lines.append(.text((index == 0 ? "- " : "  ") + line, .text, indent: 5))
        }
      }
    }
    return lines
  }

  /// The level's typical years beside the user's; nothing in a pack that gives no level any.
  private var yearLines: [DocLine] {
    guard pack.levels.contains(where: { !$0.typicalYears.isEmpty }) else { return [] }
    var lines: [DocLine] = [.blank, .text("Typical years of experience", .title, indent: 1)]
    if level.typicalYears.isEmpty {
      lines.append(.text("Not given for this level.", .muted, indent: 3))
    }
    if let years = profile?.years {
      lines.append(.text("You: \(Experience.format(years)) years", .accent, indent: 3))
    }
    for years in level.typicalYears {
      lines.append(
        DocLine([
          .text("   \(years.text) years", .text, width: 16),
          .text("Source: \(pack.sourceName(years.source))", .muted, width: nil),
        ]))
    }
    return lines
  }

  /// The user's standing against the level, as the results and the report tell it.
  var levelStanding: LevelStanding? {
    profile.map {
      LevelStanding(
        level: level, pack: pack, profile: $0,
        placement: Placement.report(pack: pack, profile: $0))
    }
  }

  /// Placed at the level, past it, or the gaps that separate the user from it; or how to find
  /// out.
  var standing: String {
    guard level.isPlaceable else {
      return "This level is described in words only: it asks for no ratings, so nobody is "
        + "placed on it."
    }
    if loading { return "Loading your latest assessment…" }
    guard let levelStanding else {
      return "Assess yourself to see how many gaps separate you from this level."
    }
    return levelStanding.summary(in: pack)
  }

  var salary: [DocLine] {
    guard let found = pack.salary(for: level.id, in: market) else { return [] }
    let heading = "Salary in \(found.market.name) (\(found.market.currency))"
    var lines: [DocLine] = [
      .blank,
      DocLine([
        .text(" " + heading, .title, width: DisplayWidth.of(heading) + 3),
        .text(showsKeys ? "m: next market" : "", .muted, width: nil),
      ]),
    ]
    if found.figures.isEmpty {
      let statement =
        found.noFigure != nil
        ? "No public figure for this level in \(found.market.name)."
        : "The pack has no figure for this level in \(found.market.name)."
      lines += DocLine.wrapped(statement, width: inner, .accent, indent: 3)
      if let reason = found.noFigure?.reason {
        lines += DocLine.wrapped(reason, width: inner, .muted, indent: 5)
      }
    }
    lines += found.figures.flatMap { figureLines($0, in: found.market) }
    if !found.roleWide.isEmpty {
      lines += DocLine.wrapped(
        "For the role as a whole (all levels), not for this level alone:", width: inner, .muted,
        indent: 3)
      lines += found.roleWide.flatMap { figureLines($0, in: found.market) }
    }
    return lines
  }

  /// A figure, with its USD conversion when the source gives one, its label and its source.
  func figureLines(_ figure: Salary, in market: Market) -> [DocLine] {
    var amount = Format.salary(figure, currency: market.currency)
    if market.currency != "USD",
      let usd = Format.range(min: figure.usdMin, max: figure.usdMax, unit: "USD")
    {
      amount += " (\(usd))"
    }
    return DocLine.wrapped(amount, width: inner, .accent, indent: 3)
      + DocLine.wrapped(
        "\(figure.label). Source: \(pack.sourceName(figure.source))", width: inner, .muted,
        indent: 5)
  }

  /// Each requirement with its minimum, marked central, and for an assessed user met or not.
  var requirements: [DocLine] {
    guard level.isPlaceable else { return [] }
    var lines: [DocLine] = [.blank, .text("What the assessment checks", .title, indent: 1)]
    let explained =
      level.requirements.contains(where: \.isCentral)
      ? "Central requirements must all be met for the level to count; the rest add to the fit."
      : "Each requirement adds to the fit; the level counts when the fit is high enough."
    lines += DocLine.wrapped(explained, width: inner, .muted, indent: 3)
    let results = levelStanding?.requirements
    var unbacked = 0
    for (index, requirement) in level.requirements.enumerated() {
      let central = requirement.isCentral ? ", central" : ""
      var text =
        "\(requirement.displayName(in: pack)): \(pack.ratingText(requirement.minimum, ofSkill: requirement.skills[0]))"
        + central
      guard let result = results?[index] else {
        lines += DocLine.wrapped(text, width: inner, indent: 3)
        continue
      }
      text +=
        "; you: "
        + (result.unknown ? "not rated" : pack.ratingText(result.rating, ofSkill: result.skill))
      if let evidence, !result.unknown {
        let count = evidence.count(forAnyOf: requirement.skills)
        let isUnbacked = count == 0 && result.rating >= evidence.strong
        if isUnbacked { unbacked += 1 }
        text += ", " + EvidenceMarks.count(count, unbacked: isUnbacked)
      }
      let mark = result.held ? "met  " : "unmet"
      let wrapped = TextWrap.lines(text, width: max(1, inner - 9))
      for (line, part) in wrapped.enumerated() {
        lines.append(
          DocLine([
            .text(line == 0 ? "   " + mark : "", result.held ? .good : .warning, width: 9),
            .text(part, .text, width: nil),
          ]))
      }
    }
    if let footnote = EvidenceMarks.footnote(unbackedCount: unbacked, scale: pack.scale) {
      lines += DocLine.wrapped(footnote, width: inner, .warning, indent: 3)
    }
    return lines
  }

  func section(_ title: String, _ items: [String], bullets: Bool = true) -> [DocLine] {
    guard !items.isEmpty else { return [] }
    var lines: [DocLine] = [.blank, .text(title, .title, indent: 1)]
    for item in items {
      guard bullets else {
        lines += DocLine.wrapped(item, width: inner, indent: 3)
        continue
      }
      let wrapped = TextWrap.lines(item, width: max(1, inner - 5))
      for (index, line) in wrapped.enumerated() {
        lines.append(.text((index == 0 ? "- " : "  ") + line, .text, indent: 3))
      }
    }
    return lines
  }
}
