import CoachCore
import CoachStore
import Foundation

/// The lines of the promotion packet screen: what `career-coach packet` writes as Markdown,
/// with the latest received review's rating beside each requirement.
struct PacketLines {
  let pack: Pack
  let packet: PromotionPacket
  let assessment: Assessment
  /// The latest review received; nil when none is imported.
  let review: Review?
  let width: Int
  let calendar: Calendar

  private var inner: Int { width - 2 }

  var all: [DocLine] {
    var lines: [DocLine] = [
      .text("Promotion packet: \(pack.levelName(packet.level))", .title, indent: 1)
    ]
    lines += DocLine.wrapped(
      PromotionPacket.ratingsLine(assessment, calendar: calendar) + " ← → another level.",
      width: inner, .muted, indent: 1)
    lines += [.blank, .text("Summary", .accent, indent: 1)]
    lines += DocLine.wrapped(packet.summary(in: pack), width: inner, indent: 3)
    lines += [.blank, .text("Requirement by requirement", .title, indent: 1)]
    for line in packet.lines { lines += requirement(line) }
    lines += bullets + gaps
    return lines
  }

  private func requirement(_ line: PromotionPacket.Line) -> [DocLine] {
    let result = line.result
    let central = result.central ? ", central" : ""
    var lines: [DocLine] = [.blank]
    lines += DocLine.wrapped(
      "\(result.requirement.displayName(in: pack)): "
        + pack.ratingText(result.required, ofSkill: result.skill) + central,
      width: inner, .accent, indent: 1)
    let rating =
      result.unknown ? "not rated" : pack.ratingText(result.rating, ofSkill: result.skill)
    let mark = line.isUnbacked ? "; no evidence behind this rating yet" : ""
    lines += DocLine.wrapped(
      "Rating: \(rating), \(result.held ? "met" : "not met yet")\(mark).", width: inner,
      result.held ? (line.isUnbacked ? .warning : .good) : .bad, indent: 3)
    if let review, let reviewed = line.reviewerText(in: review, pack: pack) {
      lines += DocLine.wrapped(reviewed, width: inner, indent: 3)
    }
    for entry in line.evidence {
      lines += DocLine.bullet("\(entry.day): " + flat(entry.text), width: inner, indent: 3)
      let details = [
        entry.outcome.map { "Outcome: \(flat($0))" }, entry.reference.map { "Reference: \($0)" },
      ].compactMap { $0 }
      if !details.isEmpty {
        lines += DocLine.wrapped(details.joined(separator: " · "), width: inner, .muted, indent: 5)
      }
    }
    for story in line.stories {
      lines += DocLine.bullet(
        "STAR story, \(Format.day(story.savedAt, in: calendar)): "
          + PromotionPacket.question(of: story, in: pack), width: inner, indent: 3)
      let result = flat(story.answer.result)
      if !result.isEmpty {
        lines += DocLine.wrapped("Result: \(result)", width: inner, .muted, indent: 5)
      }
    }
    return lines
  }

  private var bullets: [DocLine] {
    let bullets = packet.cvBullets
    guard !bullets.isEmpty else { return [] }
    var lines: [DocLine] = [.blank, .text("CV bullets", .title, indent: 1)]
    lines += DocLine.wrapped(
      "Drafted from the evidence behind the requirements met; edit them before use.",
      width: inner, .muted, indent: 1)
    for bullet in bullets { lines += DocLine.bullet(bullet, width: inner, indent: 3) }
    return lines
  }

  private var gaps: [DocLine] {
    var lines: [DocLine] = [.blank, .text("Gaps still open", .title, indent: 1)]
    guard !packet.gaps.isEmpty else {
      return lines + [.text("None: every requirement is met.", .good, indent: 3)]
    }
    for (index, gap) in packet.gaps.enumerated() {
      let rating = gap.unknown ? "not rated" : pack.ratingText(gap.rating, ofSkill: gap.skill)
      let number = "\(index + 1). "
      lines += DocLine.hanging(
        number,
        "\(gap.requirement.displayName(in: pack)): \(rating), needs "
          + pack.ratingText(gap.required, ofSkill: gap.skill), width: inner, indent: 3)
      lines += DocLine.wrapped(
        "Next step: " + packet.nextStep(gap, in: pack), width: inner, .muted,
        indent: 3 + number.count)
    }
    return lines
  }

  private func flat(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
