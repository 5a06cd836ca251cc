import ArgumentParser
import CoachCore
import CoachStore
import CoachTUI
import Foundation

/// `career-coach team DIR`: the skills matrix of a team, from a folder of exports and review
/// files.
struct TeamCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "team",
    abstract: "Print a team's skills matrix from a folder of exports or review files.",
    discussion: """
      Reads every *.json file in the folder as a `career-coach export` (whole or `--for-team`) or a review file (one \
      per person, named by the name set with `config set name` or the review's requester, \
      else by the file name) and shows each person's ratings from their latest finished \
      assessment, or from the reviewer's ratings in a filled review file (the person's own \
      when the review is not rated yet and shows them), and says which. It shows the skills \
      the team is thin in, who could mentor whom and each person's placement. A file that cannot be read is named with the \
      reason and the rest is still shown. Nothing is stored or written. Exits 1 when the \
      folder holds no file that can be read.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, md
  }

  @Argument(help: ArgumentHelp("The folder of exports and review files.", valueName: "dir"))
  var folder: String

  @Option(help: "The output format: text, json or md (Markdown, for a lead's report).")
  var format: Format = .text

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack(needing: .placement, so: "there is no ladder to place a team on")
    let reading: TeamFolder.Reading
    switch TeamFolder.read(folder, pack: pack) {
    case .success(let read): reading = read
    case .failure(let problem): fail(problem.sentence, code: problem.code)
    }
    let document = TeamDocument(reading: reading, pack: pack)
    switch format {
    case .text: writeStandardOutput(Data(document.text().utf8))
    case .md: writeStandardOutput(Data(document.markdown().utf8))
    case .json: writeStandardOutput(document.json())
    }
    if reading.members.isEmpty {
      fail("no file in \(folder) could be read as an export or a review file.", code: 1)
    }
  }
}
