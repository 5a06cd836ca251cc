import ArgumentParser
import CoachCore
import CoachTUI
import Foundation

/// `career-coach cv-check FILE`: what a CV in plain text shows, misses and gets wrong.
struct CVCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cv-check",
    abstract: "Check a CV in plain text (.txt or .md) against what a strong backend CV shows.",
    discussion: """
      Lists what the CV shows and on which lines, what it misses, and which common mistakes \
      it makes, each with a concrete suggestion. Exits 1 when the file cannot be read, is \
      not plain text, or is over 1 MB.
      """
  )

  @Argument(help: ArgumentHelp("The CV file.", valueName: "file"))
  var file: String

  @Option(help: "The output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack(needing: .cvChecks, so: "there is nothing to check a CV against")
    let text: String
    switch CVFile.read(file) {
    case .success(let read): text = read
    case .failure(let problem): fail(problem.description, code: 1)
    }
    let report = CVAnalysis.analyse(text: text, pack: pack)
    switch format {
    case .json: writeStandardOutput(json(report, pack: pack))
    case .text:
      let lines = CVCheckLines(pack: pack, path: file, text: text, report: report, width: 80).all
      writeStandardOutput(Data(lines.plainDocument.utf8))
    }
  }

  func json(_ report: CVReport, pack: Pack) -> Data {
    func finding(_ check: CVCheck, lines: [Int]) -> [String: Any] {
      [
        "id": check.id, "title": check.title, "lines": lines, "why": check.why,
        "suggestion": check.suggestion, "source": pack.sourceName(check.source),
      ]
    }
    return ReportDocument.encode([
      "file": file, "lines": report.lineCount, "score": report.score,
      "present": report.present.map { finding($0.check, lines: $0.lines) },
      "missing": report.missing.map { finding($0, lines: []) },
      "mistakes": report.mistakes.map { finding($0.check, lines: $0.lines) },
    ])
  }
}
