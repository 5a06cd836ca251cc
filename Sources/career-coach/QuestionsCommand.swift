import ArgumentParser
import CoachCore
import Foundation

/// `career-coach questions`: the pack's interview questions, optionally for one skill or level.
struct QuestionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "questions",
    abstract: "List the interview questions of the content pack."
  )

  @Option(help: "Only questions on this skill (a skill id, such as sql).")
  var skill: String?

  @Option(help: "Only questions of this level (a level id, such as mid).")
  var level: String?

  @Option(help: "The output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack(needing: .questions, so: "there are none to list")
    if let skill, pack.skill(skill) == nil {
      fail(
        "the content pack has no skill \"\(skill)\"; its skill ids are listed by `career-coach content export --format json`.",
        code: 1)
    }
    if let level, pack.level(level) == nil {
      let known = pack.levels.map(\.id).joined(separator: ", ")
      fail("the content pack has no level \"\(level)\"; its levels are \(known).", code: 1)
    }
    let questions = pack.questions.filter { question in
      (skill.map { question.skills.contains($0) } ?? true)
        && (level.map { question.level == $0 } ?? true)
    }
    switch format {
    case .json: writeStandardOutput(json(questions))
    case .text: writeStandardOutput(Data(text(questions).utf8))
    }
  }

  func text(_ questions: [Question]) -> String {
    guard !questions.isEmpty else { return "No questions match.\n" }
    var rows = [["Id", "Level", "Kind", "Skills", "Question"]]
    for question in questions {
      rows.append([
        question.id, question.level, question.kind.rawValue,
        question.skills.joined(separator: ","), question.text,
      ])
    }
    return TextTable.lines(rows, indent: 0).joined(separator: "\n") + "\n"
  }

  func json(_ questions: [Question]) -> Data {
    let list: [[String: Any]] = questions.map { question in
      [
        "id": question.id, "level": question.level, "kind": question.kind.rawValue,
        "skills": question.skills, "text": question.text, "keyPoints": question.keyPoints,
        "hint": question.hint, "followUps": question.followUps,
      ]
    }
    return ReportDocument.encode(list)
  }
}
