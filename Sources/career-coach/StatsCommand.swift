import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// `career-coach stats`: the flashcard statistics the Statistics screen shows.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Show drill statistics: reviews per day, cards due, retention per category."
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Option(help: "The output format: text or json.")
  var format: Format = .text

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack()
    let store = options.openStore()
    let stats = storeCall { () throws(StoreError) in
      try store.drillStats(pack: pack, now: Date())
    }
    switch format {
    case .json: FileHandle.standardOutput.write(json(stats))
    case .text: FileHandle.standardOutput.write(Data(text(stats, pack: pack).utf8))
    }
  }

  func text(_ stats: DrillStats, pack: Pack) -> String {
    guard stats.total.reviews > 0 else {
      return "No reviews yet. Run `career-coach` and choose Interview prep to drill.\n"
    }
    let retention = stats.total.retention.map(CoachCore.Format.percent) ?? "-"
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
      rows.append([CoachCore.Format.day(day.day), "\(day.reviews)", bar])
    }
    lines += TextTable.lines(rows, indent: 2, rightAligned: [1])
    lines += ["", "Retention per category (share of reviews graded Hard or better):"]
    var categories: [[String]] = []
    for entry in stats.retention {
      categories.append([
        pack.categoryName(entry.category), CoachCore.Format.percent(entry.tally.retention ?? 0),
        "\(entry.tally.remembered) of \(entry.tally.reviews)",
      ])
    }
    lines += TextTable.lines(categories, indent: 2, rightAligned: [1])
    return lines.joined(separator: "\n") + "\n"
  }

  func json(_ stats: DrillStats) -> Data {
    let object: [String: Any] = [
      "reviews": stats.total.reviews, "remembered": stats.total.remembered,
      "retention": stats.total.retention ?? NSNull(), "recentReviews": stats.recentReviews,
      "cards": stats.cards, "dueToday": stats.dueToday, "dueThisWeek": stats.dueThisWeek,
      "days": stats.days.map { ["date": CoachCore.Format.day($0.day), "reviews": $0.reviews] },
      "categories": stats.retention.map {
        [
          "category": $0.category, "reviews": $0.tally.reviews,
          "remembered": $0.tally.remembered, "retention": $0.tally.retention ?? 0,
        ] as [String: Any]
      },
    ]
    return ReportDocument.encode(object)
  }
}
