import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// `career-coach history`: every assessment, newest first, with its placement on the ladder.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "List every assessment with its date, mode and placement on the ladder."
  )

  @Option(help: "The output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var options: GlobalOptions

  struct Entry {
    var assessment: Assessment
    var answered: Int
    /// The ladder placement; nil for an unfinished assessment.
    var ladder: TrackPlacement?
  }

  func run() throws {
    let pack = options.loadPack(needing: .placement, so: "there are no assessments to list")
    let store = options.openStoreForReading()
    let assessments = storeCall { () throws(StoreError) in try store.assessments() }
    let entries = assessments.map { assessment in
      Entry(
        assessment: assessment, answered: assessment.answeredCount,
        ladder: assessment.isFinished
          ? Placement.ladder(pack: pack, profile: assessment.profile(pack: pack)) : nil)
    }
    switch format {
    case .json: writeStandardOutput(json(entries))
    case .text: writeStandardOutput(Data(text(entries, pack: pack).utf8))
    }
  }

  func text(_ entries: [Entry], pack: Pack) -> String {
    guard !entries.isEmpty else {
      return "No assessments yet. Run `career-coach` to take one.\n"
    }
    let ladderName = pack.tracks.first?.name ?? "ladder"
    var rows = [["#", "Date", "Mode", "Status", ladderName]]
    for entry in entries {
      let assessment = entry.assessment
      let status =
        assessment.isFinished ? "finished" : "in progress, \(entry.answered) answered"
      let placement = entry.ladder.map { CareerReport.placementLabel($0, in: pack) } ?? "-"
      rows.append([
        "\(assessment.id)",
        Format.date(assessment.finishedAt ?? assessment.startedAt, in: options.calendar),
        assessment.mode.rawValue, status, placement,
      ])
    }
    return TextTable.lines(rows, indent: 0, rightAligned: [0]).joined(separator: "\n") + "\n"
  }

  func json(_ entries: [Entry]) -> Data {
    let list: [[String: Any]] = entries.map { entry in
      let assessment = entry.assessment
      var item: [String: Any] = [
        "id": assessment.id, "mode": assessment.mode.rawValue,
        "startedAt": ReportDocument.iso(assessment.startedAt),
        "finishedAt": assessment.finishedAt.map(ReportDocument.iso) ?? NSNull(),
        "finished": assessment.isFinished, "answered": entry.answered,
        "placement": NSNull(),
      ]
      if let ladder = entry.ladder {
        let placement: [String: Any] = [
          "track": ladder.track, "level": ladder.level ?? NSNull(),
          "borderline": ladder.borderline,
        ]
        item["placement"] = placement
      }
      return item
    }
    return ReportDocument.encode(["assessments": list])
  }
}
