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
      reported (exit 1). Records already stored are not added again; a record whose id is \
      stored with other content is listed and left out. Imported settings replace the current \
      ones.
      """
  )

  @Argument(help: ArgumentHelp("The export file.", valueName: "file"))
  var file: String

  @OptionGroup var options: GlobalOptions

  /// From this size on, an import takes long enough to say that it started.
  static let largeExportBytes = 1 << 20

  func run() throws {
    let pack = options.loadPack()
    let limit = CoachStore.maximumImportBytes
    let data = readInputFile(
      file, limit: limit,
      tooLarge:
        "cannot import \(file): the file is larger than \(megabytes(limit)), more than an export of career-coach can be; nothing was imported."
    )
    let store = options.openStore()
    // A large export takes seconds to check and store: say so at once, where a person sees it.
    if data.count >= Self.largeExportBytes && isatty(STDERR_FILENO) == 1 {
      writeStandardError("Importing \(file) (\(data.count >> 10) KB)…\n")
    }
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
    var line = "Imported \(summary.description) from \(file)"
    if summary.alreadyPresent > 0 { line += "; \(summary.alreadyPresent) already present" }
    print(line + ".")
    guard !summary.conflicts.isEmpty else { return }
    // Listed, never merged: the stored record stays as it is.
    let count = summary.conflicts.count
    print(
      "\(count) \(count == 1 ? "record differs" : "records differ") from the stored one with the same id and \(count == 1 ? "was" : "were") not imported:"
    )
    for conflict in summary.conflicts { print("  \(QuotedText.bounded(conflict))") }
  }
}
