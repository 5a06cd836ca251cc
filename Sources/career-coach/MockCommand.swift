import ArgumentParser
import CoachCore
import CoachTUI
import Foundation

/// `career-coach mock`: the mock interview's checks, without the full-screen app.
struct MockCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mock",
    abstract: "Check mock interview answers without opening the app.",
    subcommands: [MockCheckCommand.self]
  )
}

/// `career-coach mock check --question ID --answer FILE`: the key points an answer covers.
struct MockCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Show which key points of a question an answer in a file seems to cover.",
    discussion: """
      Makes the same suggestion as the mock interview's checklist (docs/mock-scoring.md \
      explains it): one line per key point, [x] for covered. Exits 1 when the question id is \
      unknown or the file is missing, empty, not plain text, or over 64 KB.
      """
  )

  @Option(help: "The question's id, as `career-coach questions` lists them.")
  var question: String

  @Option(help: ArgumentHelp("The file holding the answer, as plain text.", valueName: "file"))
  var answer: String

  @Option(help: "The output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack()
    guard let found = pack.questions.first(where: { $0.id == question }) else {
      fail(
        "the content pack has no question \"\(question)\"; `career-coach questions` lists their ids.",
        code: 1)
    }
    let text: String
    switch AnswerTextFile.read(answer) {
    case .success(let read): text = read
    case .failure(let problem): fail(problem.description, code: 1)
    }
    let covered = KeyPointMatch.covered(found, by: text)
    switch format {
    case .json: writeStandardOutput(json(found, covered: covered))
    case .text: writeStandardOutput(Data(Self.text(found, covered: covered).utf8))
    }
  }

  static func text(_ question: Question, covered: Set<Int>) -> String {
    var lines = [question.id + ": " + question.text, ""]
    for (index, point) in question.keyPoints.enumerated() {
      lines.append((covered.contains(index) ? "[x] " : "[ ] ") + point)
    }
    lines.append("")
    lines.append(
      "\(covered.count) of \(question.keyPoints.count) key points covered; "
        + "a suggestion to confirm, not a verdict.")
    return lines.joined(separator: "\n") + "\n"
  }

  func json(_ question: Question, covered: Set<Int>) -> Data {
    let points: [[String: Any]] = question.keyPoints.enumerated().map { index, point in
      ["index": index, "text": point, "covered": covered.contains(index)]
    }
    return ReportDocument.encode([
      "question": question.id, "kind": question.kind.rawValue, "keyPoints": points,
      "covered": covered.count, "total": question.keyPoints.count,
    ])
  }
}
