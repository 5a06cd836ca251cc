import ArgumentParser
import CoachContent
import CoachCore
import Foundation

/// `career-coach content lint` and `career-coach content export`: check a content pack, or
/// print it resolved as JSON.
struct ContentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "content",
    abstract: "Check a content pack, export it as JSON, or start a new one.",
    discussion: """
      A content pack is a folder of YAML files (see docs/content-format.md). Without \
      --content, the folder named by CAREER_COACH_CONTENT is used, else the pack shipped \
      with the app. Given --content more than once, each pack is loaded on top of the ones \
      before it, and lint checks them together.
      """,
    subcommands: [Lint.self, Export.self, New.self, ImportMatrix.self]
  )
}

extension ContentCommand {
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check a content pack and list every error with its file, line and column.",
      discussion: """
        Prints each error as path:line:column: error: message on standard output and the \
        number of errors on standard error. Exits 0 when the pack is clean, 1 when it has \
        errors, 2 when the folder cannot be read. A rule every pack should follow (each \
        skill required by some level) is a warning, printed the same way, for a pack of \
        your own, and an error for the pack shipped with the app.
        """
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let result = ContentCommand.check(options)
      guard result.isValid else {
        for diagnostic in result.diagnostics { print(diagnostic) }
        ContentCommand.printErrorCount(result.diagnostics.count)
        throw ExitCode(1)
      }
      for warning in result.warnings { print(warning) }
      let warnings = result.warnings.count
      let noted = warnings == 0 ? "" : warnings == 1 ? ", 1 warning" : ", \(warnings) warnings"
      print("\(result.pack.role.id): ok (\(ContentCommand.summary(of: result.pack))\(noted))")
    }
  }

  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the whole content pack, with its references resolved.",
      discussion: """
        Keys are sorted and the output pretty printed, so it is stable from run to run. \
        A pack with errors is not exported: its errors are printed on standard error (exit 1).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case json
    }

    @Option(help: "The output format: json.")
    var format: Format = .json

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let result = ContentCommand.check(options)
      guard result.isValid else {
        let lines = result.diagnostics.map { "\($0)\n" }.joined()
        writeStandardError(lines)
        ContentCommand.printErrorCount(result.diagnostics.count)
        throw ExitCode(1)
      }
      let data: Data
      do {
        data = try PackExport.json(result.pack)
      } catch {
        fail("cannot encode the content pack as JSON: \(error)", code: 2)
      }
      writeStandardOutput(data)
      writeStandardOutput(Data("\n".utf8))
    }
  }

  /// Reads the pack chosen by --content (each one given loaded on top of the ones before it),
  /// CAREER_COACH_CONTENT or the shipped one; a folder that cannot be read ends the program
  /// with one sentence and exit code 2.
  static func check(_ options: GlobalOptions) -> PackLoadResult {
    do {
      let folders = try options.locations.contentFolders()
      guard folders.count == 1, let folder = folders.first else {
        return try PackLoader.check(layers: folders)
      }
      let shipped = try? PackLoader.shippedFolder()
      let isShipped =
        shipped.map {
          $0.standardizedFileURL.resolvingSymlinksInPath().path
            == folder.standardizedFileURL.resolvingSymlinksInPath().path
        } ?? false
      return try PackLoader.check(folder, shippedRules: isShipped)
    } catch {
      fail(error.description, code: 2)
    }
  }

  static func printErrorCount(_ count: Int) {
    let text = count == 1 ? "1 error\n" : "\(count) errors\n"
    writeStandardError(text)
  }

  /// "40 skills, 9 levels, ...": what a clean pack holds.
  static func summary(of pack: Pack) -> String {
    let counts: [(Int, String, String)] = [
      (pack.categories.count, "category", "categories"), (pack.skills.count, "skill", "skills"),
      (pack.levels.count, "level", "levels"), (pack.tracks.count, "track", "tracks"),
      (pack.questions.count, "question", "questions"), (pack.tips.count, "tip", "tips"),
      (pack.markets.count, "market", "markets"), (pack.salaries.count, "salary", "salaries"),
      (pack.cvChecks.count, "CV check", "CV checks"),
      (pack.cvMistakes.count, "CV mistake", "CV mistakes"),
    ]
    return counts.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }.joined(separator: ", ")
  }
}
