import ArgumentParser
import CoachCore
import CoachStore
import CoachTUI
import Foundation

/// `career-coach job`: a job ad read against the pack and your latest assessment, and the
/// ads the user saved.
struct JobCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "job",
    abstract: "Read a job ad against your skills, and keep the ads you apply for.",
    subcommands: [
      JobMatchCommand.self, JobAddCommand.self, JobListCommand.self, JobShowCommand.self,
      JobRemoveCommand.self,
    ]
  )

  /// The ad in `file`; a missing, empty, binary or too large file ends the program (exit 1).
  static func readAd(_ file: String) -> String {
    switch AnswerTextFile.read(file, kind: .jobAd) {
    case .success(let read): return read
    case .failure(let problem): fail(problem.description, code: 1)
    }
  }

  /// The fit of an ad's text against the latest finished assessment in `store`.
  static func fit(_ text: String, pack: Pack, store: CoachStore) -> JobFitDocument {
    let latest = storeCall { () throws(StoreError) in try store.latestFinished() }
    let fit = JobFit(
      match: JobMatch.match(text, pack: pack), pack: pack,
      profile: latest?.profile(pack: pack) ?? Profile())
    return JobFitDocument(fit: fit, pack: pack, assessed: latest != nil)
  }
}

/// `career-coach job match FILE`: the level and skills a job ad asks, your rating for each, the
/// gaps for this job and the questions to drill.
struct JobMatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "match",
    abstract: "Show the level and skills a job ad asks, against your latest assessment.",
    discussion: """
      FILE holds the ad as plain text (at most 64 KB). The skills are found by their names and \
      common other names (k8s, Postgres, CI/CD); the level by the ad's title, else by the years \
      it asks. docs/job-match.md explains the rules. Exits 1 when the file is missing, empty, \
      not plain text or too large.
      """
  )

  @Argument(help: ArgumentHelp("The job ad, as plain text.", valueName: "file"))
  var file: String

  @Option(help: "The output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack(needing: .placement, so: "there are no skills to match an ad to")
    let text = JobCommand.readAd(file)
    let document = JobCommand.fit(text, pack: pack, store: options.openStoreForReading())
    switch format {
    case .json: writeStandardOutput(document.json())
    case .text: writeStandardOutput(Data(document.text().utf8))
    }
  }
}
