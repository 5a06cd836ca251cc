import ArgumentParser
import CoachStore
import Foundation

/// `career-coach export --output FILE`: all user data as JSON.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Write all your data (assessments, settings, flashcards, mock interviews, STAR answers, saved jobs) to a JSON file.",
    discussion: "`career-coach import FILE` reads it back, on this computer or another."
  )

  @Option(help: ArgumentHelp("The file to write.", valueName: "file"))
  var output: String

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let store = options.openStoreForReading()
    let data = storeCall { () throws(StoreError) in try store.exportJSON() }
    writeOutput(data, to: output)
    let count = storeCall { () throws(StoreError) in try store.summaries().count }
    let noun = count == 1 ? "assessment" : "assessments"
    writeStandardError("Exported \(count) \(noun) to \(output).\n")
  }
}
