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
      reported (exit 1). Records already in your data are not added again; a record made at \
      the same moment as a stored one but different is left out and listed. Imported settings \
      replace the current ones.
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
    print(Self.report(summary, file: file))
  }

  /// What the import did, in a sentence or three: what it stored, what was there already,
  /// and what it left out because a record made at the same moment differs.
  static func report(_ summary: ImportSummary, file: String) -> String {
    var sentences: [String] = []
    let present = summary.alreadyPresent
    if summary.stored == 0 && present > 0 {
      sentences.append(
        "Nothing new in \(file): \(records(present)) \(present == 1 ? "is" : "are") already in your data."
      )
    } else {
      sentences.append("Imported \(summary.description) from \(file).")
      if present > 0 {
        sentences.append(
          "\(records(present)) \(present == 1 ? "was" : "were") already there and left as \(present == 1 ? "it was" : "they were")."
        )
      }
    }
    let conflicts = summary.conflicts
    if !conflicts.isEmpty {
      let shown = conflicts.prefix(5).joined(separator: "; ")
      let more = conflicts.count > 5 ? "; and \(conflicts.count - 5) more" : ""
      sentences.append(
        "\(records(conflicts.count)) \(conflicts.count == 1 ? "was" : "were") not imported because your data holds a different record made at the same moment: \(shown)\(more)."
      )
    }
    return sentences.joined(separator: " ")
  }

  private static func records(_ count: Int) -> String {
    count == 1 ? "1 record" : "\(count) records"
  }
}
