import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// `career-coach stats`: the flashcard statistics and mock interview scores the Statistics
/// screen shows.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract:
      "Show drill statistics (reviews per day, cards due, retention per category) and mock "
      + "interview scores."
  )

  @Option(help: "The output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack(needing: .questions, so: "there are no drills to count")
    let store = options.openStoreForReading()
    let (stats, mocks) = storeCall { () throws(StoreError) in
      (
        try store.drillStats(pack: pack, now: Date(), calendar: options.calendar),
        try store.mockScoreHistory()
      )
    }
    switch format {
    case .json: writeStandardOutput(json(stats, mocks: mocks))
    case .text:
      let text = drillText(stats, pack: pack) + "\n" + mockText(mocks)
      writeStandardOutput(Data(text.utf8))
    }
  }

  /// How many interviews the text lists, the newest.
  static let mockRows = 10

  func mockText(_ history: MockScoreHistory) -> String {
    guard let average = history.average else {
      if let note = history.unscoredNote { return "Mock interviews: \(note)\n" }
      return "No mock interviews finished yet. Run `career-coach` and choose Mock interview.\n"
    }
    let shown = history.latest(Self.mockRows)
    var lines = [
      "Mock interviews: \(history.count) finished, average score \(Format.percent(average))."
    ]
    if let note = history.unscoredNote { lines.append(note) }
    lines.append(
      shown.count < history.count
        ? "Scores of the latest \(shown.count), oldest first:" : "Scores, oldest first:")
    lines += TextTable.lines(
      shown.map { point in
        [
          Format.date(point.finishedAt, in: options.calendar), Format.percent(point.score),
          "\(point.answered) of \(point.questions) questions answered",
        ]
      }, indent: 2, rightAligned: [1])
    return lines.joined(separator: "\n") + "\n"
  }

  func drillText(_ stats: DrillStats, pack: Pack) -> String {
    guard stats.total.reviews > 0 else {
      return "No reviews yet. Run `career-coach` and choose Interview prep to drill.\n"
    }
    let retention = stats.total.retention.map(Format.percent) ?? "-"
    var lines = [
      "Reviews: \(stats.recentReviews) in the last 30 days, \(stats.total.reviews) of all time, "
        + "\(retention) remembered.",
      "Cards: \(stats.cards) studied, \(stats.dueToday) due today, "
        + "\(stats.dueThisWeek) due within 7 days.",
      "",
      "Reviews per day, last 30 days:",
    ]
    let highest = max(1, stats.days.map(\.reviews).max() ?? 0)
    var rows: [[String]] = []
    for day in stats.days {
      let bar = String(
        repeating: "#", count: Int((Double(day.reviews) / Double(highest) * 30).rounded(.up)))
      rows.append([Format.day(day.day, in: options.calendar), "\(day.reviews)", bar])
    }
    lines += TextTable.lines(rows, indent: 2, rightAligned: [1])
    guard !pack.categories.isEmpty else { return lines.joined(separator: "\n") + "\n" }
    lines += ["", "Retention per category (share of reviews graded Hard or better):"]
    var categories: [[String]] = []
    for entry in stats.retention {
      categories.append([
        pack.categoryName(entry.category), Format.percent(entry.tally.retention ?? 0),
        "\(entry.tally.remembered) of \(entry.tally.reviews)",
      ])
    }
    lines += TextTable.lines(categories, indent: 2, rightAligned: [1])
    return lines.joined(separator: "\n") + "\n"
  }

  func json(_ stats: DrillStats, mocks: MockScoreHistory) -> Data {
    let object: [String: Any] = [
      "reviews": stats.total.reviews, "remembered": stats.total.remembered,
      "retention": stats.total.retention ?? NSNull(), "recentReviews": stats.recentReviews,
      "cards": stats.cards, "dueToday": stats.dueToday, "dueThisWeek": stats.dueThisWeek,
      "days": stats.days.map {
        ["date": Format.day($0.day, in: options.calendar), "reviews": $0.reviews]
      },
      "categories": stats.retention.map {
        [
          "category": $0.category, "reviews": $0.tally.reviews,
          "remembered": $0.tally.remembered, "retention": $0.tally.retention ?? 0,
        ] as [String: Any]
      },
      "mockInterviews": mocks.points.map {
        [
          "date": ReportDocument.iso($0.finishedAt), "score": $0.score,
          "answered": $0.answered, "questions": $0.questions,
        ] as [String: Any]
      },
    ]
    return ReportDocument.encode(object)
  }
}
