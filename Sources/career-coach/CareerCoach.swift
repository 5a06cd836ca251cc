import ArgumentParser
import CoachContent
import CoachCore
import CoachStore
import CoachTUI
import Foundation

@main
struct CareerCoach: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "career-coach",
    abstract: "An interactive terminal career coach for backend developers.",
    discussion: """
      Run without a command to open the full-screen app: rate your skills, see where you stand \
      on the career path, close your gaps and practise interviews. Everything stays on this \
      computer. The commands below give the same information without a terminal.
      """,
    version: version,
    subcommands: [
      SnapshotCommand.self, AssessCommand.self, ReportCommand.self, HistoryCommand.self,
      PathCommand.self, CVCheckCommand.self, QuestionsCommand.self, StatsCommand.self,
      MockCommand.self, JobCommand.self, EvidenceCommand.self, PacketCommand.self,
      TeamCommand.self,
      ReviewCommand.self,
      ConfigCommand.self,
      ExportCommand.self,
      ImportCommand.self,
      ContentCommand.self,
    ]
  )

  @OptionGroup var options: GlobalOptions

  func run() throws {
    Self.openApp(at: options.locations, noColor: options.noColor)
  }

  /// How long the full-screen app waits for another program's lock before it says so: a
  /// frozen screen for the commands' full wait would look like a hang.
  static let appLockWait: TimeInterval = 2

  /// The full-screen app. The pack and the store load after the first frame is on screen, so
  /// the app shows at once; a problem with either ends the session first and is printed after.
  static func openApp(at locations: Locations, noColor: Bool, opening: Opening = .home) -> Never {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      fail(TerminalError.notInteractive.description, code: 2)
    }
    // getenv, not ProcessInfo: the first frame need not wait for a copy of the environment.
    let noColor = noColor || (getenv("NO_COLOR").map { $0.pointee != 0 } ?? false)
    var launchFailure: LaunchFailure?
    // Held until the process ends: while it is, other windows on this data only read.
    var instanceLock: InstanceLock?
    let status: Int32
    do {
      status = try TerminalSession.run(noColor: noColor, opening: opening) {
        // The pack first: a broken pack is reported without touching the data folder.
        let opened = locations.packOrFailure().flatMap { pack in
          locations.storeOrFailure(lockWait: appLockWait).map { store in
            var notice: String?
            var store = store
            switch InstanceLock.acquire(in: store.folder) {
            case .acquired(let lock): instanceLock = lock
            case .heldBy(let pid):
              store = store.refusingWrites(.inUse(pid: pid))
              notice = StoreError.readOnlyNotice(pid: pid)
            case .unavailable: break
            }
            return (pack, StoreEffects(store: store, pack: pack) as any EffectRunner, notice)
          }
        }
        switch opened {
        case .success(let prepared): return prepared
        case .failure(let failure):
          launchFailure = failure
          return nil
        }
      }
    } catch let error as TerminalError {
      fail(error.description, code: 2)
    } catch {
      fail("the terminal could not be used: \(error).", code: 2)
    }
    if let launchFailure { launchFailure.exit() }
    withExtendedLifetime(instanceLock) {}
    Foundation.exit(status)
  }

  /// Parses and runs; usage errors exit 2 as DESIGN's command line says, not 64.
  static func main() {
    // Bare `career-coach` has nothing to parse: skipping the parser's start-up (it reflects
    // over every command) brings the first frame sooner.
    if CommandLine.arguments.count == 1 { openApp(at: Locations(), noColor: false) }
    do {
      var command = try parseAsRoot()
      try command.run()
      flushStandardOutput()
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success {
        if !message.isEmpty { print(message) }
        flushStandardOutput()
        Foundation.exit(0)
      }
      flushStandardOutput()
      if !message.isEmpty { writeStandardError(message + "\n") }
      Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }
}

/// Prints one sentence to stderr and exits with `code`.
func fail(_ message: String, code: Int32) -> Never {
  writeStandardError("career-coach: " + message + "\n")
  exit(code)
}

/// What `print` buffered, written out; when it cannot be (a full disk, a closed output), one
/// sentence says so and the program exits 2.
func flushStandardOutput() {
  // nil flushes every output stream; only stdout is buffered here.
  guard fflush(nil) != 0 else { return }
  let reason = String(cString: strerror(errno))
  fail("cannot write the output: \(reason.prefix(1).lowercased() + reason.dropFirst()).", code: 2)
}

/// Nowhere left to complain when stderr itself fails, so that is ignored.
func writeStandardError(_ text: String) {
  try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
}
