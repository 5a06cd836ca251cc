import CoachCore
import CoachStore
import Foundation

/// The results screen's content as lines for a given width.
struct ResultsLines {
  let pack: Pack
  let loaded: LoadedReport
  let width: Int
  /// For the date the assessment finished.
  let calendar: Calendar
  /// The drills' and mock interviews' evidence per skill; nil until it is loaded.
  var evidence: [String: SkillEvidence]? = nil
  /// The evidence log's entries per skill; nil until it is loaded.
  var evidenceLog: EvidenceSummary? = nil

  /// The names' column: as wide as the longest name shown where the line has room for it
  /// beside a full bar and its note, so a wide screen cuts none; a narrower one shares the
  /// width as before and cuts them with an ellipsis.
  private let labelWidth: Int

  init(
    pack: Pack, loaded: LoadedReport, width: Int, calendar: Calendar,
    evidence: [String: SkillEvidence]? = nil, evidenceLog: EvidenceSummary? = nil
  ) {
    self.pack = pack
    self.loaded = loaded
    self.width = width
    self.calendar = calendar
    self.evidence = evidence
    self.evidenceLog = evidenceLog
    let report = loaded.report
    // Level names sit two columns further in than the other names.
    let levels = report.placement.tracks.flatMap(\.fits).map {
      DisplayWidth.of(pack.levelName($0.level)) + 2
    }
    let names =
      report.placement.tracks.map { pack.trackName($0.track) }
      + report.strongestSkills(in: pack).map { pack.skillName($0) } + pack.categories.map(\.name)
    let longest = (levels + names.map { DisplayWidth.of($0) }).max() ?? 0
    labelWidth = max(min(32, max(12, width / 2 - 8)), min(longest, width - 64))
  }

  private var report: CareerReport { loaded.report }
  private var barWidth: Int { max(10, min(30, width - labelWidth - 20)) }

  var all: [DocLine] {
    [headline, .blank] + placement + [.blank] + fits + [.blank] + strongest + [.blank]
      + calibration + areas
  }

  /// Ratings against flashcard recall and mock answers, with the calibrated view.
  private var calibration: [DocLine] {
    guard let evidence else { return [] }
    let result = Calibration.make(pack: pack, profile: report.profile, evidence: evidence)
    var lines = [
      DocLine.text("Your ratings against your drills and mock answers", .title, indent: 1)
    ]
    for (label, text) in result.summary(pack: pack, report: report) {
      let style: Tone =
        label.hasPrefix("Over") ? .warning : label.hasPrefix("Under") ? .accent : .text
      lines += DocLine.wrapped(
        label.isEmpty ? text : label + ": " + text, width: width - 4, style, indent: 3)
    }
    return lines + [.blank]
  }

  private var headline: DocLine {
    let assessment = loaded.assessment
    let mode = assessment.mode == .quick ? "Quick" : "Full"
    let when =
      assessment.finishedAt.map { "finished \(Format.date($0, in: calendar))" } ?? "not finished"
    return .text("\(mode) assessment \(assessment.id), \(when)", .muted, indent: 1)
  }

  private var placement: [DocLine] {
    var lines = [
      DocLine.text(
        "Where you stand (a level counts at \(Format.percent(report.placement.threshold)) fit)",
        .title, indent: 1)
    ]
    for track in report.placement.tracks {
      let note = CareerReport.placementNote(track, in: pack)
      lines.append(
        DocLine([
          .text("   " + pack.trackName(track.track), .text, width: labelWidth + 4),
          .text(
            CareerReport.placementName(track, in: pack), track.level == nil ? .muted : .accent,
            width: nil),
        ]))
      // The note wraps under the placement rather than lose the level it names.
      for line in note.isEmpty ? [] : TextWrap.lines(note, width: width - labelWidth - 4) {
        lines.append(
          DocLine([.text("", .text, width: labelWidth + 4), .text(line, .warning, width: nil)]))
      }
    }
    if let estimate = report.estimateLine(in: pack) {
      lines += DocLine.wrapped(estimate, width: width - 4, .warning, indent: 3)
    }
    if let open = report.undecidedNote(in: pack) {
      lines += DocLine.wrapped(open, width: width - 4, .warning, indent: 3)
    }
    if let years = report.yearsLine(in: pack) {
      lines += DocLine.wrapped(years, width: width - 4, .muted, indent: 3)
    }
    if let note = report.yearsNote(in: pack) {
      lines += DocLine.wrapped(note, width: width - 4, .warning, indent: 3)
    }
    return lines
  }

  private var fits: [DocLine] {
    var lines = [DocLine.text("Fit per level", .title, indent: 1)]
    for track in report.placement.tracks {
      lines.append(.text(pack.trackName(track.track), .muted, indent: 3))
      for fit in track.fits {
        lines.append(
          DocLine([
            .text("     " + pack.levelName(fit.level), .text, width: labelWidth + 4),
            .bar(fit.fit, fit.reached ? .good : .accent, width: barWidth),
            .text(" " + Format.percent(fit.fit).leftPadded(to: 4), .text, width: 6),
            fit.reached
              ? .text(" reached", .good, width: nil)
              : .text(heldBack(fit), .warning, width: nil),
          ]))
      }
    }
    return lines
  }

  /// " held back by System design" for a level whose fit is enough but a central requirement is
  /// not.
  private func heldBack(_ fit: LevelFit) -> String {
    guard fit.fit + 1e-9 >= report.placement.threshold, let first = fit.unmetCentral.first
    else { return "" }
    let more = fit.unmetCentral.count > 1 ? " +\(fit.unmetCentral.count - 1)" : ""
    let verb = first.unknown ? " not rated: " : " needs "
    return verb + first.requirement.displayName(in: pack) + more
  }

  private var strongest: [DocLine] {
    let skills = report.strongestSkills(in: pack)
    var lines = [DocLine.text("Your strongest skills", .title, indent: 1)]
    if skills.isEmpty {
      let strong = pack.ratingText(pack.scale.strong)
      return lines + [.text("None rated \(strong) or more yet.", .muted, indent: 3)]
    }
    // The ratings' column, as wide as the longest with two blanks, when counts follow it.
    let ratingWidth =
      (skills.map { DisplayWidth.of(pack.ratingText(report.profile.rating(of: $0) ?? 0)) }.max()
        ?? 0) + 2
    for id in skills {
      let rating = report.profile.rating(of: id) ?? 0
      var parts: [DocLine.Part] = [
        .text("   " + pack.skillName(id), .text, width: labelWidth + 4),
        .text(pack.ratingText(rating), .good, width: evidenceLog == nil ? nil : ratingWidth),
      ]
      if let evidenceLog {
        let unbacked = evidenceLog.isUnbacked(id, rating: rating)
        parts.append(
          .text(
            EvidenceMarks.count(evidenceLog.count(for: id), unbacked: unbacked),
            unbacked ? .warning : .muted, width: nil))
      }
      lines.append(DocLine(parts))
    }
    let unbacked = evidenceLog?.unbacked(report.profile.ratings).count ?? 0
    if let footnote = EvidenceMarks.footnote(unbackedCount: unbacked, scale: pack.scale) {
      lines += DocLine.wrapped(footnote, width: width - 4, .warning, indent: 3)
    }
    return lines
  }

  /// Per area, the user's average rating against the average the next level asks for.
  private var areas: [DocLine] {
    guard let ladder = report.ladder, let next = ladder.nextLevel ?? ladder.level,
      let level = pack.level(next)
    else { return [] }
    let name = level.name
    var lines = [
      DocLine.text("You against \(name), per area (average rating out of 4)", .title, indent: 1)
    ]
    for area in AreaStanding.all(level: level, pack: pack, profile: report.profile) {
      let label = pack.categoryName(area.category)
      if let yours = area.yours {
        lines.append(pairedRow(label: label, who: "you", value: yours, tone: .accent))
      } else {
        lines.append(note(label: label, "you: not rated yet"))
      }
      if let needed = area.needed {
        let short = needed > (area.yours ?? 0)
        lines.append(
          pairedRow(label: "", who: "needs", value: needed, tone: short ? .warning : .good))
      } else {
        lines.append(note(label: "", "not asked at this level"))
      }
    }
    return lines
  }

  private func note(label: String, _ text: String) -> DocLine {
    DocLine([.text("   " + label, .text, width: labelWidth + 4), .text(text, .muted, width: nil)])
  }

  private func pairedRow(label: String, who: String, value: Double, tone: Tone) -> DocLine {
    DocLine([
      .text("   " + label, .text, width: labelWidth + 4),
      .text(who, .muted, width: 6),
      .bar(value / 4, tone, width: max(6, barWidth - 6)),
      .text(" " + String(format: "%.1f", value), .text, width: nil),
    ])
  }
}

extension String {
  /// Right-aligns in `width` columns.
  func leftPadded(to width: Int) -> String {
    String(repeating: " ", count: max(0, width - DisplayWidth.of(self))) + self
  }
}
