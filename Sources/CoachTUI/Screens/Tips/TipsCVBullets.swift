import CoachCore

extension TipsLines {
  /// The CV bullets the promotion packet drafts from the user's evidence, for the level the
  /// report aims at; a line saying where evidence comes from when there is none.
  var cvBullets: [DocLine] {
    guard let loaded = load.loaded, let evidence else { return [] }
    let report = loaded.report
    var lines: [DocLine] = [.blank, .text("Drafted from your evidence", .accent, indent: 1)]
    guard !evidence.isEmpty else {
      return lines
        + DocLine.wrapped(
          "No evidence yet: e on Results adds an entry, and CV bullets drafted from it show here.",
          width: inner, .muted, indent: 3)
    }
    guard let level = PromotionPacket.defaultLevel(for: report, in: pack) else { return [] }
    let bullets = PromotionPacket(
      level: level, pack: pack, assessment: loaded.assessment, evidence: evidence
    ).cvBullets
    let name = pack.levelName(level.id)
    guard !bullets.isEmpty else {
      return lines
        + DocLine.wrapped(
          "None of your \(evidence.count) evidence \(evidence.count == 1 ? "entry backs" : "entries back") "
            + "a requirement of \(name) you meet yet; c on Results shows the promotion case.",
          width: inner, .muted, indent: 3)
    }
    lines += DocLine.wrapped(
      "From the evidence behind the requirements of \(name) you meet: what you did, then what "
        + "came of it. Drafts: edit them before they go on a CV.",
      width: inner, .muted, indent: 3)
    for bullet in bullets { lines += DocLine.bullet(bullet, width: inner, indent: 3) }
    return lines
  }
}
