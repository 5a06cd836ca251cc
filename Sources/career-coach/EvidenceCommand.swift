import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// `career-coach evidence`: what the user did that backs their ratings.
struct EvidenceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evidence",
    abstract: "Keep a log of what you did that backs your ratings, skill by skill.",
    subcommands: [EvidenceAddCommand.self, EvidenceListCommand.self, EvidenceRemoveCommand.self]
  )

  /// The skills of an entry as the user reads them: "SQL, Caching".
  static func skillNames(_ skills: [String], pack: Pack) -> String {
    skills.map { pack.skillName($0) }.joined(separator: ", ")
  }

  /// The first line of a text, cut to `length` characters with "…".
  static func headline(_ text: String, length: Int = 60) -> String {
    let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    return line.count > length ? String(line.prefix(length - 1)) + "…" : line
  }
}

/// `career-coach evidence add --skill ID --text TEXT`: stores one entry.
struct EvidenceAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add an evidence entry for one or more skills and print its id.",
    discussion: """
      Give --skill once per skill it backs (skill ids, as `career-coach report --format json` \
      shows them). The date is today unless --date gives another day. The reference is kept as \
      text and never opened. Exits 1, with nothing stored, when a skill is unknown, the text is \
      empty, the date is not YYYY-MM-DD or a text is too long.
      """
  )

  @Option(
    name: .customLong("skill"),
    help: ArgumentHelp("A skill id the entry backs; repeat for more.", valueName: "id"))
  var skills: [String] = []

  @Option(help: "What you did.")
  var text: String

  @Option(help: "What came of it.")
  var outcome: String?

  @Option(help: "A link or a ticket id (kept as text, never opened).")
  var reference: String?

  @Option(help: ArgumentHelp("The day it happened; today if not given.", valueName: "YYYY-MM-DD"))
  var date: String?

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack()
    let draft = EvidenceDraft(
      day: date ?? Format.day(Date(), in: options.calendar), skills: skills, text: text,
      outcome: outcome, reference: reference
    ).tidied
    if let problem = draft.problem(in: pack) {
      fail("cannot add the evidence: \(problem).", code: 1)
    }
    let store = options.openStore()
    let entry: EvidenceEntry
    do {
      entry = try store.addEvidence(draft, pack: pack)
    } catch .invalidValue(let problem) {
      fail("cannot add the evidence: \(problem).", code: 1)
    } catch {
      fail(error.description, code: 2)
    }
    let names = EvidenceCommand.skillNames(entry.skills, pack: pack)
    print("Added \(entry.id) for \(names), dated \(entry.day).")
  }
}

/// `career-coach evidence list [--skill ID]`: the entries, the earliest first.
struct EvidenceListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the evidence entries, the earliest first; or those of one skill.",
    discussion: "Exits 1 when --skill names a skill the content pack does not have."
  )

  @Option(help: ArgumentHelp("Only the entries that back this skill.", valueName: "id"))
  var skill: String?

  @Option(help: "The output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack()
    if let unknown = skill.flatMap({ EvidenceDraft.unknownSkill($0, in: pack) }) {
      fail(unknown + ".", code: 1)
    }
    let store = options.openStoreForReading()
    let entries = storeCall { () throws(StoreError) in
      if let skill { return try store.evidence(forSkill: skill) }
      return try store.evidence()
    }
    switch format {
    case .json:
      let list: [[String: Any]] = entries.map { entry in
        [
          "id": entry.id, "date": entry.day, "skills": entry.skills, "text": entry.text,
          "outcome": entry.outcome ?? NSNull(), "reference": entry.reference ?? NSNull(),
        ]
      }
      writeStandardOutput(ReportDocument.encode(["evidence": list]))
    case .text:
      writeStandardOutput(Data(text(entries, pack: pack).utf8))
    }
  }

  func text(_ entries: [EvidenceEntry], pack: Pack) -> String {
    guard !entries.isEmpty else {
      let scope = skill.map { " for \(pack.skillName($0))" } ?? ""
      return
        "No evidence\(scope) yet: `career-coach evidence add --skill ID --text TEXT` adds some.\n"
    }
    let blocks = entries.map { entry in
      var lines = [
        "\(entry.id)  \(entry.day)  \(EvidenceCommand.skillNames(entry.skills, pack: pack))"
      ]
      lines += entry.text.split(separator: "\n", omittingEmptySubsequences: false).map {
        "  \($0)"
      }
      if let outcome = entry.outcome { lines.append("  Outcome: \(outcome)") }
      if let reference = entry.reference { lines.append("  Reference: \(reference)") }
      return lines.joined(separator: "\n") + "\n"
    }
    return blocks.joined(separator: "\n")
  }
}

/// `career-coach evidence remove ID`: forgets one entry.
struct EvidenceRemoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove",
    abstract: "Remove an evidence entry.",
    discussion: "Exits 1 when no entry has the id; `career-coach evidence list` shows them."
  )

  @Argument(help: ArgumentHelp("The entry's id, such as evidence-1.", valueName: "id"))
  var id: String

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let store = options.openStore()
    guard let entry = storeCall({ () throws(StoreError) in try store.evidence(id: id) }) else {
      fail(StoreError.noSuchEvidence(id).description, code: 1)
    }
    do {
      try store.removeEvidence(id: entry.id)
    } catch .noSuchEvidence(let id) {
      fail(StoreError.noSuchEvidence(id).description, code: 1)
    } catch {
      fail(error.description, code: 2)
    }
    let headline = EvidenceCommand.headline(entry.text)
    let stop = headline.last.map { ".!?…".contains($0) } == true ? "" : "."
    print("Removed \(entry.id): \(headline)\(stop)")
  }
}
