import CoachCore
import CoachStore
import Foundation

/// The lines of one received review beside the user's own ratings: what `career-coach review
/// import` prints, the biggest disagreements first, each comment under its skill.
struct ReviewComparisonLines {
  let pack: Pack
  let received: ReceivedReview
  let comparison: ReviewComparison
  /// False when the user has no finished assessment, so their side is empty.
  let assessed: Bool
  let width: Int
  let calendar: Calendar

  private var inner: Int { width - 2 }
  private var reviewer: String { received.review.reviewer ?? "Your reviewer" }
  private static let differenceWidth = 5

  /// The rating columns: as wide as the longest rating or name they hold, and two blanks,
  /// at most 18.
  private var ratingWidth: Int {
    let texts =
      [reviewer]
      + comparison.lines.flatMap {
        [rating($0.selfRating, $0.skill), rating($0.reviewerRating, $0.skill)]
      }
    return min(18, (texts.map(DisplayWidth.of).max() ?? 0) + 2)
  }

  var all: [DocLine] {
    let day = Format.day(received.receivedAt, in: calendar)
    var lines: [DocLine] = [.text("Review by \(reviewer), imported \(day)", .title, indent: 1)]
    lines += DocLine.wrapped(
      assessed
        ? "Your ratings from your latest assessment beside \(reviewer)'s, the biggest "
          + "disagreements first."
        : "You have no finished assessment yet, so your side is empty.",
      width: inner, .muted, indent: 1)
    lines += [.blank, row("Skill", "You", reviewer, "Diff", tone: .accent)]
    for line in comparison.lines { lines += skill(line) }
    lines += [.blank, .text("Placement", .title, indent: 1)]
    for (mine, theirs) in zip(
      comparison.selfPlacement.tracks, comparison.reviewerPlacement.tracks)
    {
      lines += DocLine.wrapped(
        "\(pack.trackName(mine.track)): you \(CareerReport.placementName(mine, in: pack)); "
          + "\(reviewer) \(CareerReport.placementName(theirs, in: pack))",
        width: inner, indent: 3)
    }
    if let note = comparison.keptNote(reviewer: reviewer) {
      lines += DocLine.wrapped(note, width: inner, .muted, indent: 3)
    }
    let count = comparison.disagreements.count
    lines.append(.blank)
    lines += DocLine.wrapped(
      count == 0
        ? "You and \(reviewer) agree on every skill you both rated."
        : "You and \(reviewer) disagree on \(count) of \(comparison.lines.count) skills; "
          + "talk the first ones through with the evidence behind them.",
      width: inner, indent: 1)
    return lines
  }

  private func skill(_ line: ReviewComparison.Line) -> [DocLine] {
    let difference = line.difference.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? "-"
    let tone: Tone =
      switch line.difference ?? 0 {
      case ..<0: .warning
      case 1...: .good
      default: .text
      }
    var lines = [
      row(
        pack.skillName(line.skill), rating(line.selfRating, line.skill),
        rating(line.reviewerRating, line.skill), difference, tone: tone)
    ]
    if let comment = line.comment {
      lines += DocLine.wrapped(
        "\(reviewer): " + comment.split(whereSeparator: \.isNewline).joined(separator: " "),
        width: inner, .muted, indent: 5)
    }
    return lines
  }

  private func rating(_ rating: Rating?, _ skill: String) -> String {
    rating.map { pack.ratingText($0, ofSkill: skill) } ?? "not rated"
  }

  /// One row of the table: the skill's column takes what the ratings leave.
  private func row(
    _ skill: String, _ mine: String, _ theirs: String, _ difference: String, tone: Tone
  ) -> DocLine {
    let rating = ratingWidth
    let skillWidth = max(8, inner - 2 * rating - Self.differenceWidth - 1)
    return DocLine([
      .text("   " + skill, tone == .accent ? .accent : .text, width: skillWidth + 2),
      .text(mine, tone == .accent ? .accent : .text, width: rating),
      .text(theirs, tone == .accent ? .accent : .text, width: rating),
      .text(
        String(repeating: " ", count: max(0, 4 - difference.count)) + difference, tone, width: nil),
    ])
  }
}
