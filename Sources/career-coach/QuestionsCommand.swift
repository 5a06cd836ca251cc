import ArgumentParser
import CoachCore
import Foundation

/// `career-coach questions`: the pack's interview questions, optionally for one skill, level or
/// tag.
struct QuestionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "questions",
    abstract: "List the interview questions of the content pack."
  )

  @Option(help: "Only questions on this skill (a skill id, such as sql).")
  var skill: String?

  @Option(help: "Only questions of this level (a level id, such as mid).")
  var level: String?

  @Option(help: "Only questions with this tag (such as the company that asks them).")
  var tag: String?

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
      fail(
        "the content pack has no level \"\(level)\""
          + (known.isEmpty ? " (it has no levels.yaml)." : "; its levels are \(known)."), code: 1)
    }
    let questions = pack.questions.filter { question in
      (skill.map { question.skills.contains($0) } ?? true)
        && (level.map { question.level == $0 } ?? true)
        && (tag.map { Self.hasTag(question, $0) } ?? true)
    }
    switch format {
    case .json: writeStandardOutput(json(questions))
    case .text: writeStandardOutput(Data(text(questions).utf8))
    }
  }

  /// Whether the question has `tag`, in any case.
  static func hasTag(_ question: Question, _ tag: String) -> Bool {
    question.tags.contains { $0.caseInsensitiveCompare(tag) == .orderedSame }
  }

  /// A table of the questions; the level, skills and tags columns only when some question has
  /// them.
  func text(_ questions: [Question]) -> String {
    guard !questions.isEmpty else { return "No questions match.\n" }
    let levels = questions.contains { $0.level != nil }
    let skills = questions.contains { !$0.skills.isEmpty }
    let tags = questions.contains { !$0.tags.isEmpty }
    func row(
      _ id: String, _ level: String, _ kind: String, _ skill: String, _ tag: String,
      _ text: String
    ) -> [String] {
      var cells = [id]
      if levels { cells.append(level) }
      cells.append(kind)
      if skills { cells.append(skill) }
      if tags { cells.append(tag) }
      cells.append(text)
      return cells
    }
    func listed(_ items: [String]) -> String {
      items.isEmpty ? "-" : items.joined(separator: ",")
    }
    let rows =
      [row("Id", "Level", "Kind", "Skills", "Tags", "Question")]
      + questions.map {
        row($0.id, $0.level ?? "-", $0.kind.id, listed($0.skills), listed($0.tags), $0.text)
      }
    return TextTable.lines(rows, indent: 0).joined(separator: "\n") + "\n"
  }

  func json(_ questions: [Question]) -> Data {
    let list: [[String: Any]] = questions.map { question in
      var entry: [String: Any] = [
        "id": question.id, "kind": question.kind.id, "skills": question.skills,
        "text": question.text, "keyPoints": question.keyPoints, "followUps": question.followUps,
        "tags": question.tags,
      ]
      if let level = question.level { entry["level"] = level }
      if let hint = question.hint { entry["hint"] = hint }
      return entry
    }
    return ReportDocument.encode(list)
  }
}
