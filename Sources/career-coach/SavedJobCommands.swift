import ArgumentParser
import CoachCore
import CoachStore
import CoachTUI
import Foundation

/// `career-coach job add FILE`: saves an ad and shows its fit, as `job match` does.
struct JobAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Save a job ad, print its id, and show how you fit it.",
    discussion: """
      FILE holds the ad as plain text (at most 64 KB); its first line with words becomes the \
      title. Saved ads get the ids job-1, job-2… in order, never given twice. Exits 1, with \
      nothing saved, when the file is missing, empty, not plain text or too large.
      """
  )

  @Argument(help: ArgumentHelp("The job ad, as plain text.", valueName: "file"))
  var file: String

  @Option(help: "The output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack()
    let text = JobCommand.readAd(file)
    let store = options.openStore()
    let job = storeCall { () throws(StoreError) in try store.addJob(text: text) }
    let document = JobCommand.fit(job.text, pack: pack, store: store)
    switch format {
    case .json: writeStandardOutput(document.json(job: job))
    case .text:
      let heading = "Saved as \(job.id): \(job.title)\n\n"
      writeStandardOutput(Data((heading + document.text()).utf8))
    }
  }
}

/// `career-coach job list`: the saved ads.
struct JobListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the saved job ads: id, title, the level guessed and the day added."
  )

  @Option(help: "The output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack()
    let store = options.openStoreForReading()
    let jobs = storeCall { () throws(StoreError) in try store.jobs() }
    let levels = jobs.map { JobMatch.match($0.text, pack: pack).level }
    switch format {
    case .json:
      let list: [[String: Any]] = zip(jobs, levels).map { job, level in
        [
          "id": job.id, "title": job.title, "level": level ?? NSNull(),
          "addedAt": ReportDocument.iso(job.addedAt),
        ]
      }
      writeStandardOutput(ReportDocument.encode(["jobs": list]))
    case .text:
      guard !jobs.isEmpty else {
        writeStandardOutput(
          Data("No saved jobs yet: `career-coach job add FILE` saves one.\n".utf8))
        return
      }
      var rows = [["Id", "Title", "Level", "Added"]]
      for (job, level) in zip(jobs, levels) {
        rows.append([
          job.id, job.title, level.map { pack.levelName($0) } ?? "not clear",
          Format.date(job.addedAt, in: options.calendar),
        ])
      }
      let lines = TextTable.lines(rows, indent: 0, rightAligned: [])
      writeStandardOutput(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
  }
}

/// `career-coach job show ID`: a saved ad's fit against the latest assessment.
struct JobShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show how you fit a saved job ad, against your latest assessment.",
    discussion: "Exits 1 when no saved job has the id; `career-coach job list` shows them."
  )

  @Argument(help: ArgumentHelp("The saved job's id, such as job-1.", valueName: "id"))
  var id: String

  @Option(help: "The output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack()
    let store = options.openStoreForReading()
    let job = JobShowCommand.saved(id, in: store)
    let document = JobCommand.fit(job.text, pack: pack, store: store)
    switch format {
    case .json: writeStandardOutput(document.json(job: job))
    case .text:
      let added = Format.date(job.addedAt, in: options.calendar)
      let heading = "\(job.id): \(job.title) (added \(added))\n\n"
      writeStandardOutput(Data((heading + document.text()).utf8))
    }
  }

  /// The saved job with `id`; an unknown id ends the program (exit 1).
  static func saved(_ id: String, in store: CoachStore) -> SavedJob {
    guard let job = storeCall({ () throws(StoreError) in try store.job(id: id) }) else {
      fail(StoreError.noSuchJob(id).description, code: 1)
    }
    return job
  }
}

/// `career-coach job remove ID`: forgets a saved ad.
struct JobRemoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove",
    abstract: "Remove a saved job ad; the job setting is cleared when it names it.",
    discussion: "Exits 1 when no saved job has the id; `career-coach job list` shows them."
  )

  @Argument(help: ArgumentHelp("The saved job's id, such as job-1.", valueName: "id"))
  var id: String

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let store = options.openStore()
    let job = JobShowCommand.saved(id, in: store)
    let chosen = storeCall { () throws(StoreError) in try store.settings().job } == job.id
    do {
      try store.removeJob(id: job.id)
    } catch .noSuchJob(let id) {
      fail(StoreError.noSuchJob(id).description, code: 1)
    } catch {
      fail(error.description, code: 2)
    }
    let cleared = chosen ? " The job setting named it and is now cleared." : ""
    print("Removed \(job.id): \(job.title).\(cleared)")
  }
}
