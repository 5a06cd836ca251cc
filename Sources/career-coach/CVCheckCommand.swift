import ArgumentParser
import CoachCore
import CoachStore
import CoachTUI
import Foundation

/// `career-coach cv-check FILE`: what a CV in plain text shows, misses and gets wrong.
struct CVCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cv-check",
    abstract:
      "Check a CV in plain text (.txt or .md) against what a strong CV for the pack's role shows.",
    discussion: """
      Lists what the CV shows and on which lines, what it misses, and which common mistakes \
      it makes, each with a concrete suggestion. With --job, adds the skills that job ad asks \
      for that the CV never names, each with the CV line that comes closest, and those it \
      shows. Exits 1 when the file cannot be read, is not plain text, or is over 1 MB, and \
      when the ad cannot be read or no saved job has the id.
      """
  )

  @Argument(help: ArgumentHelp("The CV file.", valueName: "file"))
  var file: String

  @Option(help: "The output format: text or json.")
  var format: OutputFormat = .text

  @Option(
    help: ArgumentHelp(
      "A job ad to compare the CV with: a saved job's id (job-1) or a plain-text file.",
      valueName: "file-or-id"))
  var job: String?

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack(needing: .cvChecks, so: "there is nothing to check a CV against")
    let text: String
    switch CVFile.read(file) {
    case .success(let read): text = read
    case .failure(let problem): fail(problem.description, code: 1)
    }
    let ad = job.map(readJob)
    let report = CVAnalysis.analyse(text: text, pack: pack)
    let gap = ad.map { CVJobGap.compare(cv: text, ad: $0.text, pack: pack) }
    switch format {
    case .json: writeStandardOutput(json(report, pack: pack, job: ad, gap: gap))
    case .text:
      var lines = CVCheckLines(pack: pack, path: file, text: text, report: report, width: 80).all
      if let ad, let gap {
        lines += CVJobGapLines(pack: pack, label: ad.label, gap: gap, width: 80).all
      }
      writeStandardOutput(Data(lines.plainDocument.utf8))
    }
  }

  /// The ad `--job` names: a saved job by its id ("job-2"), else a file. An unknown id or an
  /// unreadable file ends the program (exit 1).
  func readJob(_ typed: String) -> (label: String, id: String?, text: String) {
    if SavedJob.number(of: typed) != nil {
      let saved = JobShowCommand.saved(typed, in: options.openStoreForReading())
      return ("\(saved.id): \(saved.title)", saved.id, saved.text)
    }
    return (typed, nil, JobCommand.readAd(typed))
  }

  func json(
    _ report: CVReport, pack: Pack, job: (label: String, id: String?, text: String)?,
    gap: CVJobGap?
  ) -> Data {
    func finding(_ check: CVCheck, lines: [Int]) -> [String: Any] {
      [
        "id": check.id, "title": check.title, "lines": lines, "why": check.why,
        "suggestion": check.suggestion, "source": pack.sourceName(check.source),
      ]
    }
    var object: [String: Any] = [
      "file": file, "lines": report.lineCount, "score": report.score,
      "present": report.present.map { finding($0.check, lines: $0.lines) },
      "missing": report.missing.map { finding($0, lines: []) },
      "mistakes": report.mistakes.map { finding($0.check, lines: $0.lines) },
    ]
    if let job, let gap { object["forThisJob"] = Self.json(gap, job: job, pack: pack) }
    return ReportDocument.encode(object)
  }

  /// The "For this job" section as JSON: the ad (its saved id, or its file), then the skills
  /// it asks that the CV misses and shows.
  static func json(
    _ gap: CVJobGap, job: (label: String, id: String?, text: String), pack: Pack
  ) -> [String: Any] {
    func line(_ line: CVJobGap.Line?) -> Any {
      line.map { ["line": $0.number, "text": $0.text] as [String: Any] } ?? NSNull()
    }
    return [
      "job": job.id ?? NSNull(), "adFile": job.id == nil ? job.label : NSNull(),
      "missing": gap.missing.map { missing in
        [
          "skill": missing.skill, "name": pack.skillName(missing.skill), "names": missing.names,
          "adLine": missing.adLine, "closest": line(missing.closest),
        ] as [String: Any]
      },
      "shown": gap.shown.map { shown in
        [
          "skill": shown.skill, "name": pack.skillName(shown.skill), "line": shown.line.number,
          "text": shown.line.text,
        ] as [String: Any]
      },
    ]
  }
}
