import ArgumentParser
import CoachContent
import CoachCore
import CoachStore
import Foundation

/// Options every command accepts: where the content pack and the user's data live, and colour.
struct GlobalOptions: ParsableArguments {
  @Option(name: .long, help: "Load the content pack from this folder instead of the shipped one.")
  var content: String?

  @Option(name: .customLong("data-dir"), help: "Keep your data in this folder.")
  var dataDir: String?

  @Flag(name: .customLong("no-color"), help: "Draw without colour.")
  var noColor = false

  /// The content folder chosen by flag, then by CAREER_COACH_CONTENT; nil for the shipped pack.
  var contentPath: String? {
    content ?? ProcessInfo.processInfo.environment["CAREER_COACH_CONTENT"]
  }

  /// The content pack the options name; on any problem, says what and where, and exits.
  func loadPack() -> Pack {
    switch packOrFailure() {
    case .success(let pack): return pack
    case .failure(let failure): failure.exit()
    }
  }

  /// The content pack, or what to say when it cannot be used.
  func packOrFailure() -> Result<Pack, LaunchFailure> {
    do {
      return .success(
        try PackLoader.load(from: try PackLoader.contentFolder(explicit: contentPath)))
    } catch {
      if case .invalid(let diagnostics) = error {
        return .failure(
          LaunchFailure(
            details: diagnostics.prefix(20).map { "\($0)" },
            message:
              "the content pack has \(diagnostics.count) errors; run `career-coach content lint` to see them all.",
            code: 1))
      }
      return .failure(LaunchFailure(message: error.description, code: 2))
    }
  }
}

/// Why the app cannot start: lines of detail, then one sentence, and the exit code.
struct LaunchFailure: Error {
  var details: [String] = []
  var message: String
  var code: Int32
  /// The store's error, when the user's data could not be opened.
  var cause: StoreError?

  func exit() -> Never {
    for line in details { writeStandardError("\(line)\n") }
    fail(message, code: code)
  }
}
