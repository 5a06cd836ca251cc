import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// `career-coach import FILE`: reads back what `export` wrote.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Read back all the data of a file written by `career-coach export`.",
    discussion: """
      The whole file is checked first; on any problem (not an export, truncated, over 64 MB, \
      an unknown skill, a rating outside 0-4, ...) nothing is imported and the problem is \
      reported (exit 1). Imported settings replace the current ones.
      """
  )

  @Argument(help: ArgumentHelp("The export file.", valueName: "file"))
  var file: String

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack()
    let limit = CoachStore.maximumImportBytes
    let data = readInputFile(
      file, limit: limit,
      tooLarge:
        "cannot import \(file): the file is larger than \(megabytes(limit)), more than an export of career-coach can be; nothing was imported."
    )
    let store = options.openStore()
    let summary: ImportSummary
    do {
      summary = try store.importJSON(data, pack: pack)
    } catch {
      if case .badImport(let problem) = error {
        fail(
          "cannot import \(file): \(QuotedText.bounded(problem)); nothing was imported.", code: 1)
      }
      fail(error.description, code: 2)
    }
    print("Imported \(summary.description) from \(file).")
  }
}
