import CoachCore
import Foundation

/// The statistics as lines: a bar chart of reviews per day, what is due, retention per category,
/// then a bar per mock interview.
struct StatsView {
  let stats: DrillStats
  var mockScores: MockScoreHistory?
  let pack: Pack
  let width: Int
  /// The height of the area shown at once, so the interviews listed fit on one page.
  var height = 20
  var glyphs = Glyphs.unicode
  /// For the dates of interviews and days of reviews.
  let calendar: Calendar

  static let chartHeight = 6

  var lines: [DocLine] {
    var lines = stats.total.reviews == 0 ? noReviews : drillLines
    if let mockScores {
      lines += [.blank] + mockLines(mockScores)
    }
    return lines
  }

  var noReviews: [DocLine] {
    [.blank]
      + DocLine.wrapped(
        "No reviews yet. Choose \"Interview prep\" on Home (Esc) to drill; your reviews per day, "
          + "what is due and how much you remember appear here.", width: width)
  }

  /// The finished interviews, oldest to newest, as many of the latest as fit on a page.
  func mockLines(_ history: MockScoreHistory) -> [DocLine] {
    let note = history.unscoredNote.map { DocLine.wrapped($0, width: width, .muted) } ?? []
    guard let average = history.average else {
      guard note.isEmpty else { return [.text("Mock interviews", .title)] + note }
      return [.text("Mock interviews", .title)]
        + DocLine.wrapped(
          "None finished yet. Choose \"Mock interview\" on Home (Esc) to take one; the score "
            + "of each appears here.", width: width)
    }
    let count = "\(history.count) finished interview\(history.count == 1 ? "" : "s")"
    var lines: [DocLine] = [
      .text("Mock interviews: \(count), average \(Format.percent(average))", .title)
    ]
    lines += note
    let shown = history.latest(max(3, height - 3))
    if shown.count < history.count {
      lines.append(.text("The latest \(shown.count), oldest first", .muted))
    }
    let barWidth = max(6, min(30, width - 56))
    for point in shown {
      let answered = "\(point.answered) of \(point.questions) answered"
      lines.append(
        DocLine([
          .text(Format.date(point.finishedAt, in: calendar), .muted, width: 18),
          .bar(point.score, tone(point.score), width: barWidth),
          .text(" " + Format.percent(point.score).leftPadded(to: 4), .text, width: 7),
          .text(answered, .muted, width: nil),
        ]))
    }
    return lines
  }

  func tone(_ share: Double) -> Tone { share >= 0.8 ? .good : share >= 0.6 ? .accent : .warning }

  var drillLines: [DocLine] {
    var lines: [DocLine] = [
      .text(
        "Reviews per day, last 30 days: \(stats.recentReviews) (\(stats.total.reviews) of all time)",
        .title)
    ]
    lines += chart
    lines += [
      .blank,
      DocLine([
        .text("Due today", .muted, width: 11), .text("\(stats.dueToday)", .text, width: 8),
        .text("This week", .muted, width: 11), .text("\(stats.dueThisWeek)", .text, width: 8),
        .text("Cards", .muted, width: 7), .text("\(stats.cards)", .text, width: nil),
      ]),
    ]
    // A pack without skill categories (a question set alone) has no retention by category.
    guard !pack.categories.isEmpty else { return lines }
    lines += [
      .blank,
      .text("Retention per category (share graded Hard or better)", .title),
    ]
    let longest = stats.retention.map { DisplayWidth.of(pack.categoryName($0.category)) }.max() ?? 0
    let nameWidth = min(longest + 1, max(12, width - 36))
    let barWidth = max(6, min(30, width - nameWidth - 24))
    for entry in stats.retention {
      let share = entry.tally.retention ?? 0
      let reviews = "\(entry.tally.reviews) review\(entry.tally.reviews == 1 ? "" : "s")"
      lines.append(
        DocLine([
          .text(pack.categoryName(entry.category), .text, width: nameWidth),
          .bar(share, tone(share), width: barWidth),
          .text(" " + Format.percent(share).leftPadded(to: 4), .text, width: 6),
          .text(reviews, .muted, width: nil),
        ]))
    }
    return lines
  }

  /// Marks a day without reviews on the chart's bottom row.
  var baseline: String { glyphs == .ascii ? "_" : "▁" }

  /// A column per day, the highest day filling the chart; the scale on the left, the first
  /// and last dates below.
  var chart: [DocLine] {
    let counts = stats.days.map(\.reviews)
    let highest = max(1, counts.max() ?? 0)
    let scaleWidth = String(highest).count + 1
    let column = max(1, min(3, (width - scaleWidth) / max(1, counts.count)))
    let height = Self.chartHeight
    let filled = counts.map { count in
      count == 0 ? 0 : max(1, Int((Double(count) / Double(highest) * Double(height)).rounded()))
    }
    var lines: [DocLine] = []
    for row in (0..<height).reversed() {
      let scale = row == height - 1 ? "\(highest)" : row == 0 ? "0" : ""
      var bars = ""
      for cells in filled {
        let mark = cells > row ? glyphs.barFull : (row == 0 ? baseline : " ")
        bars += String(repeating: mark, count: max(1, column - 1)) + (column > 1 ? " " : "")
      }
      lines.append(
        DocLine([
          .text(scale.leftPadded(to: scaleWidth - 1), .muted, width: scaleWidth),
          .text(bars, .accent, width: nil),
        ]))
    }
    let first = stats.days.first.map { Format.day($0.day, in: calendar) } ?? ""
    let span = counts.count * column
    let axis = first + String(repeating: " ", count: max(1, span - first.count - 5)) + "today"
    lines.append(
      DocLine([.text("", .muted, width: scaleWidth), .text(axis, .muted, width: nil)]))
    return lines
  }
}
