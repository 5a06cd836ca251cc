import ArgumentParser
import CoachCore
import CoachTUI
import Foundation

/// `career-coach mock [start] [--question ID ...]`: the app's mock interview, on chosen
/// questions; and `mock check`, its scoring without the full-screen app.
struct MockCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mock",
    abstract: "Start a mock interview on chosen questions, or check an answer's key points.",
    subcommands: [MockStartCommand.self, MockCheckCommand.self],
    defaultSubcommand: MockStartCommand.self
  )
}

/// `career-coach mock start --question ID`: the app, straight into a mock interview.
struct MockStartCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "start",
    abstract: "Open the app in a mock interview on the questions given (the default).",
    discussion: """
      With --question, opens the app straight into a mock interview on those questions, in \
      the order given; without, opens the mock interview's setup. Exits 1 when a question id \
      is unknown.
      """
  )

  @Option(
    name: .customLong("question"),
    help: "A question's id, as `career-coach questions` lists them; repeat for more.")
  var questions: [String] = []

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack(needing: .questions, so: "there are no mock interviews")
    let known = Set(pack.questions.map(\.id))
    if let unknown = questions.first(where: { !known.contains($0) }) {
      fail(
        "the content pack has no question \"\(unknown)\"; `career-coach questions` lists their ids.",
        code: 1)
    }
    CareerCoach.openApp(
      at: options.locations, noColor: options.noColor,
      opening: .mockInterview(questions: questions))
  }
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
    let pack = options.loadPack(needing: .questions, so: "there are no mock interviews")
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
    let covered = KeyPointMatch.covered(found, by: text, synonyms: pack.synonyms)
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
    if question.keyPoints.isEmpty {
      lines.append(Question.noKeyPoints + " The answer cannot be scored.")
      return lines.joined(separator: "\n") + "\n"
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
      "question": question.id, "kind": question.kind.id, "keyPoints": points,
      "covered": covered.count, "total": question.keyPoints.count,
    ])
  }
}
