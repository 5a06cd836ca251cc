import ArgumentParser
import CoachStore
import Foundation

/// `career-coach export --output FILE`: all user data as JSON.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Write all your data (assessments, settings, flashcards, mock interviews, STAR answers, saved jobs, evidence) to a JSON file.",
    discussion: """
      `career-coach import FILE` reads it back, on this computer or another. With --for-team \
      the file holds only your name (set with `config set name`) and your latest finished \
      assessment, for a team's shared folder that `career-coach team` reads; nothing else of \
      yours goes into it, and `import` does not take it as a restore.
      """
  )

  @Option(help: ArgumentHelp("The file to write.", valueName: "file"))
  var output: String

  @Flag(
    name: .customLong("for-team"),
    help: "Write only your name and latest finished assessment, for a team's shared folder.")
  var forTeam = false

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let store = options.openStoreForReading()
    if forTeam {
      let share = storeCall { () throws(StoreError) in try store.exportForTeamJSON() }
      writeOutput(share.data, to: output)
      let name = storeCall { () throws(StoreError) in try store.settings().name }
      let who = name.map { "your name (\($0)) and " } ?? ""
      writeStandardError(
        share.hasAssessment
          ? "Exported \(who)your latest finished assessment to \(output), and nothing else.\n"
          : "Exported \(who.isEmpty ? "nothing but an empty file" : "only your name") to "
            + "\(output): you have no finished assessment yet.\n")
      if name == nil {
        writeStandardError(
          "The team will see you as the file's name; `career-coach config set name NAME` "
            + "names you.\n")
      }
      return
    }
    let data = storeCall { () throws(StoreError) in try store.exportJSON() }
    writeOutput(data, to: output)
    let count = storeCall { () throws(StoreError) in try store.summaries().count }
    let noun = count == 1 ? "assessment" : "assessments"
    writeStandardError("Exported \(count) \(noun) to \(output).\n")
  }
}
