import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// `career-coach report`: the latest finished assessment's placement, gaps and plan.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Print the placement, gaps and study plan of your latest assessment.",
    discussion: """
      Uses the latest finished assessment, your target level (default: the level above your \
      placement on the ladder) and your hours per week. Exits 1 when no assessment is \
      finished yet.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, md, json
  }

  @Option(help: "The output format: text, md (Markdown) or json.")
  var format: Format = .text

  @Option(
    help: ArgumentHelp(
      "Write the report to this file instead of the standard output.", valueName: "file"))
  var output: String?

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack(needing: .placement, so: "there is no standing to report")
    let store = options.openStoreForReading()
    let assessment = latestFinishedAssessment(in: store)
    let settings = storeCall { () throws(StoreError) in try store.settings() }
    let document = ReportDocument(
      pack: pack, assessment: assessment, settings: settings, calendar: options.calendar,
      evidence: storeCall { () throws(StoreError) in try store.skillEvidence(pack: pack) })
    let data: Data
    switch format {
    case .json: data = document.json()
    case .md: data = Data(document.markdown().utf8)
    case .text: data = Data(document.text().utf8)
    }
    writeOutput(data, to: output)
  }
}
