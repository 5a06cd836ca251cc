import ArgumentParser
import CoachContent
import CoachCore
import CoachStore
import Foundation

/// `career-coach assess --answers FILE`: a non-interactive assessment, stored and placed.
struct AssessCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assess",
    abstract: "Store an assessment from an answers file and print the placement.",
    discussion: """
      The answers file is YAML or JSON: {"ratings": {"<skill id>": 0-4, ...}, "years": 3, \
      "market": "<market id>", "languages": ["<skill id>", ...], "databases": [...], \
      "cloud": [...]}. A quick assessment has "mode": "quick" and rates areas instead: \
      {"mode": "quick", "areas": {"<category id>": 0-4, ...}, "languages": [...], ...}. \
      Skills and areas left out are unrated; years, market, languages, databases and cloud \
      may be left out. Ratings are written as the pack's scale numbers them (0-4 for the \
      shipped pack, 1-5 for a pack whose scale starts at 1). An unknown skill, area or \
      market, a rating outside the scale, a value of the wrong type or a file over 1 MB is \
      reported (exit 1) and nothing is stored. Run `career-coach content export` to see the \
      skill and market ids and the scale.
      """
  )

  @Option(help: ArgumentHelp("The answers file (YAML or JSON).", valueName: "file"))
  var answers: String

  @Option(help: "The output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack(
      needing: .placement, so: "there is nothing to rate yourself against")
    let file = readAnswersFile(answers, pack: pack, untouched: "nothing was stored")
    let store = options.openStore()
    let now = Date()
    let stored = storeCall { () throws(StoreError) in
      try store.add(file.assessment(pack: pack, now: now))
    }
    let settings = storeCall { () throws(StoreError) in try store.settings() }
    let document = ReportDocument(
      pack: pack, assessment: stored, settings: settings, calendar: options.calendar,
      evidence: storeCall { () throws(StoreError) in try store.skillEvidence(pack: pack) })
    switch format {
    case .json:
      writeStandardOutput(document.json())
    case .text:
      var text = document.text(sections: [.fits])
      text += "\nRun `career-coach report` for your gaps and a study plan.\n"
      writeStandardOutput(Data(text.utf8))
    }
  }
}
