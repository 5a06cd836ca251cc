import CoachCore

/// How the gaps screen looks: the target, the ranked list, and the selected gap in detail.
struct GapsView {
  let screen: GapsScreen
  let pack: Pack
  let loaded: LoadedReport

  static let listTop = 3
  static let detailHeight = 6

  static func listHeight(body: Size) -> Int { max(1, body.height - listTop - detailHeight) }

  static func listRow(atLine line: Int, screen: GapsScreen, body: Size) -> Int? {
    ListView.row(
      atLine: line - listTop, count: screen.gaps.count, selected: screen.selected,
      height: listHeight(body: body))
  }

  func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext) {
    let theme = context.theme
    let area = rect.inset(horizontal: 1, vertical: 0)
    let report = loaded.report
    guard let target = report.target else {
      canvas.put("The pack has no levels to aim for.", x: area.x, y: area.y + 1, style: theme.text)
      return
    }
    drawTarget(&canvas, target: target, reason: report.targetReason, area: area, context: context)
    guard !screen.gaps.isEmpty else {
      canvas.paragraph(
        "Nothing separates you from \(pack.levelName(target)): you meet every requirement. "
          + "Press Tab to aim higher.",
        in: Rect(x: area.x, y: area.y + 2, width: area.width, height: 3),
        style: theme.good)
      return
    }
    let count = report.gaps.count
    let unrated = report.unrated.count
    let ranked =
      count == 0 ? "No rated gap" : "\(count) gap\(count == 1 ? "" : "s"), most important first"
    let anyUnbacked = screen.gaps.contains { isUnbacked($0) }
    canvas.put(
      ranked + (unrated == 0 ? "" : "; then \(unrated) not rated yet, size unknown")
        + (anyUnbacked ? "; \(EvidenceMarks.marker) = no evidence yet" : ""),
      x: area.x, y: area.y + 1, style: theme.muted, clip: area)
    let columns = Columns(
      width: area.width - 1,
      longest: screen.gaps.map { DisplayWidth.of($0.requirement.displayName(in: pack)) }.max() ?? 0)
    canvas.put(
      columns.row("#", "Skill", "You \(context.glyphs.arrow) needed", "Evidence", "Priority"),
      x: area.x + 1, y: area.y + 2, style: theme.muted, clip: area)
    let rows = screen.gaps.enumerated().map { index, gap in
      gap.unknown
        ? columns.row(
          "?", gap.requirement.displayName(in: pack),
          "not rated yet \(context.glyphs.arrow) \(pack.scale.number(gap.required))",
          evidenceCell(gap), "?")
        : columns.row(
          "\(index + 1).", gap.requirement.displayName(in: pack),
          "\(pack.scale.number(gap.rating)) \(context.glyphs.arrow) \(pack.scale.number(gap.required)) "
            + pack.stepName(gap.required, ofSkill: gap.skill),
          evidenceCell(gap), Format.hours(gap.priority))
    }
    let listArea = Rect(
      x: area.x - 1, y: area.y + Self.listTop, width: area.width + 1,
      height: Self.listHeight(body: rect.size))
    canvas.list(ListView(rows: rows, selected: screen.selected), in: listArea, context: context)
    drawDetail(
      &canvas, gap: screen.gaps[screen.selected], target: target, area: area, context: context)
  }

  /// How many entries back the gap's rating ("2"), marked when it is Proficient or more and
  /// none does; blank until the log is loaded.
  private func evidenceCell(_ gap: Gap) -> String {
    guard let log = screen.evidenceLog else { return "" }
    let count = log.count(forAnyOf: gap.requirement.skills)
    return isUnbacked(gap) ? "\(count) \(EvidenceMarks.marker)" : "\(count)"
  }

  private func isUnbacked(_ gap: Gap) -> Bool {
    guard let log = screen.evidenceLog, !gap.unknown, gap.rating >= log.strong
    else { return false }
    return log.count(forAnyOf: gap.requirement.skills) == 0
  }

  /// "Target: name (why; Tab changes it)", the note shortened and then left out where it does
  /// not fit; the footer names Tab too.
  private func drawTarget(
    _ canvas: inout Canvas, target: String, reason: String, area: Rect, context: DrawContext
  ) {
    let label = "Target: "
    let name = pack.levelName(target)
    let room = area.width - DisplayWidth.of(label) - DisplayWidth.of(name)
    let hint = ["(\(reason); Tab changes it)", "(\(reason))", ""].first {
      1 + DisplayWidth.of($0) <= room
    }
    canvas.put(label, x: area.x, y: area.y, style: context.theme.muted)
    let end = canvas.put(
      name.truncatedAtWord(
        toWidth: area.width - DisplayWidth.of(label), ellipsis: context.glyphs.ellipsis),
      x: area.x + DisplayWidth.of(label), y: area.y, style: context.theme.title, clip: area)
    if let hint, !hint.isEmpty {
      canvas.put(hint, x: end + 1, y: area.y, style: context.theme.muted, clip: area)
    }
  }

  private func drawDetail(
    _ canvas: inout Canvas, gap: Gap, target: String, area: Rect, context: DrawContext
  ) {
    let top = area.maxY - Self.detailHeight
    canvas.put(
      String(repeating: context.glyphs.horizontal, count: area.width), x: area.x, y: top,
      style: context.theme.border)
    let level = pack.levelName(target)
    let weight =
      gap.weight >= 2 ? "a heavily weighted" : gap.weight >= 1 ? "a" : "a lightly weighted"
    // A pack that weighs every requirement the same has nothing to say about weight.
    let weighed =
      pack.hasWeights
      ? "\(weight) requirement (weight \(Format.hours(gap.weight)))"
      : gap.requirement.isCentral ? "a must-have requirement" : "one of its requirements"
    let why =
      "Why it matters: \(level) asks for \(gap.requirement.displayName(in: pack)) at "
      + "\(pack.ratingText(gap.required, ofSkill: gap.skill)), \(weighed)."
    var y = top + 1
    // The reason whole when it leaves the next step a line; Enter shows both in full.
    let whyRows = min(TextWrap.lines(why, width: area.width).count, Self.detailHeight - 2)
    y += canvas.paragraph(
      why, in: Rect(x: area.x, y: y, width: area.width, height: whyRows),
      style: context.theme.text, ellipsis: context.glyphs.ellipsis)
    let step = NextStep.make(for: gap, target: target, pack: pack)
    canvas.paragraph(
      "Next step: " + step.exercise,
      in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y),
      style: context.theme.accent, ellipsis: context.glyphs.ellipsis)
  }
}

/// The gap list's columns, sized to the width: the skill column as wide as its longest name
/// where there is room, so a wide screen keeps the figures beside the names.
private struct Columns {
  let width: Int
  let longest: Int
  var skill: Int { max(12, min(width - 4 - 20 - 9 - 9 - 4, longest)) }

  func row(
    _ rank: String, _ name: String, _ change: String, _ evidence: String, _ priority: String
  ) -> String {
    rank.leftPadded(to: 3) + " " + name.truncated(toWidth: skill).padded(toWidth: skill) + " "
      + change.truncated(toWidth: 20).padded(toWidth: 20) + " " + evidence.leftPadded(to: 8)
      + " " + priority.leftPadded(to: 8)
  }
}
