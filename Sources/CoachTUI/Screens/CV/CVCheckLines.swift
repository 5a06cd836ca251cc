import CoachCore
import Foundation

/// The lines of a CV check: a summary, the mistakes and missing items with what to do, then
/// what the CV already shows, each with its line numbers. `cv-check` prints the same lines.
public struct CVCheckLines {
  let pack: Pack
  let path: String
  /// The CV's lines, split once for every finding to quote from.
  let cvLines: [Substring]
  let report: CVReport
  let width: Int

  public init(pack: Pack, path: String, text: String, report: CVReport, width: Int) {
    self.pack = pack
    self.path = path
    cvLines = CVAnalysis.splitLines(text)
    self.report = report
    self.width = width
  }

  var inner: Int { width - 2 }

  public var all: [DocLine] {
    var lines = DocLine.wrapped(summary, width: inner, .title, indent: 1)
    if report.lineCount == 0 {
      lines += DocLine.wrapped(
        "The file is empty: write your CV as plain text or Markdown and check it again.",
        width: inner, .warning, indent: 1)
    }
    lines += [.blank, .text("Common mistakes found (\(report.mistakes.count))", .title, indent: 1)]
    if report.mistakes.isEmpty { lines.append(.text("None found.", .good, indent: 3)) }
    for finding in report.mistakes {
      lines += item(finding.check, mark: "!", tone: .warning, lines: finding.lines)
      lines += DocLine.wrapped(
        "Instead: " + finding.check.suggestion, width: inner, .good, indent: 5)
      lines.append(source(finding.check))
    }
    lines += [.blank, .text("Missing (\(report.missing.count))", .title, indent: 1)]
    if report.missing.isEmpty { lines.append(.text("Nothing: well done.", .good, indent: 3)) }
    for check in report.missing {
      lines += item(check, mark: "-", tone: .bad, lines: [])
      lines += DocLine.wrapped("Suggestion: " + check.suggestion, width: inner, .good, indent: 5)
      lines.append(source(check))
    }
    lines += [.blank, .text("Present (\(report.present.count))", .title, indent: 1)]
    if report.present.isEmpty { lines.append(.text("Nothing yet.", .muted, indent: 3)) }
    for finding in report.present {
      lines += item(finding.check, mark: "+", tone: .good, lines: finding.lines, why: false)
      lines.append(source(finding.check))
    }
    return lines
  }

  var summary: String {
    let mistakes = report.mistakes.count
    return
      "\(path): \(report.lineCount) line\(report.lineCount == 1 ? "" : "s"). It shows "
      + "\(report.present.count) of the \(report.total) things a strong \(pack.role.title) CV shows "
      + "(\(Format.percent(report.score))) and \(mistakes) common mistake"
      + "\(mistakes == 1 ? "" : "s")."
  }

  /// A check's title with where it was found, the first matching line quoted, and why it
  /// matters.
  func item(_ check: CVCheck, mark: String, tone: Tone, lines found: [Int], why: Bool = true)
    -> [DocLine]
  {
    var lines: [DocLine] = [.blank]
    var title = "\(mark) \(check.title)"
    if !found.isEmpty {
      let shown = found.prefix(8).map(String.init).joined(separator: ", ")
      let more = found.count > 8 ? " and \(found.count - 8) more" : ""
      title += " (line\(found.count == 1 ? "" : "s") \(shown)\(more))"
    }
    lines += DocLine.wrapped(title, width: inner, tone, indent: 3)
    if let first = found.first {
      if cvLines.indices.contains(first - 1) {
        let quoted = cvLines[first - 1].trimmingCharacters(in: .whitespaces)
        // The screen cuts a long line at its edge; the command prints it whole.
        lines.append(.text("Line \(first): \"\(quoted)\"", .muted, indent: 5))
      }
    }
    if why { lines += DocLine.wrapped(check.why, width: inner, indent: 5) }
    return lines
  }

  func source(_ check: CVCheck) -> DocLine {
    .text("Source: \(pack.sourceName(check.source))", .muted, indent: 5)
  }
}
