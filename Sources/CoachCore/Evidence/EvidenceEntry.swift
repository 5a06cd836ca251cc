import Foundation

/// Something the user did that backs a rating: dated, attached to one or more skills, with
/// what was done, what came of it and where to find it. Its id is `evidence-1`,
/// `evidence-2`... in the order entries were added, never given twice.
public struct EvidenceEntry: Sendable, Equatable, Codable {
  public var id: String
  /// The day it happened, YYYY-MM-DD.
  public var day: String
  /// The skill ids it backs, at least one, each once.
  public var skills: [String]
  /// What the user did.
  public var text: String
  /// What came of it, when the user said.
  public var outcome: String?
  /// A link or a ticket id, kept as text and never opened.
  public var reference: String?

  public init(
    id: String, day: String, skills: [String], text: String, outcome: String? = nil,
    reference: String? = nil
  ) {
    self.id = id
    self.day = day
    self.skills = skills
    self.text = text
    self.outcome = outcome
    self.reference = reference
  }

  /// The id of the entry stored as row `number`: "evidence-3".
  public static func id(number: Int64) -> String { "\(idPrefix)\(number)" }

  /// The row number in an id such as "evidence-3"; nil for anything else.
  public static func number(of id: String) -> Int64? {
    guard id.hasPrefix(idPrefix), let number = Int64(id.dropFirst(idPrefix.count)), number > 0,
      id == Self.id(number: number)
    else { return nil }
    return number
  }

  private static let idPrefix = "evidence-"

  /// A CV bullet drafted from the entry: what was done, then what came of it ("Cut the
  /// report query to 300 ms. Month-end close no longer times out."). Of a STAR story, the
  /// Action line; otherwise only the first line of each; a draft to edit, not a finished line.
  public var cvBullet: String {
    let lines = text.split(whereSeparator: \.isNewline).map(String.init)
    let action = lines.first { $0.hasPrefix("Action: ") }.map { String($0.dropFirst(8)) }
    func sentence(_ text: String) -> String? {
      let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
      let bare = line.trimmed.trimmingCharacters(in: CharacterSet(charactersIn: ".;, "))
      guard !bare.isEmpty else { return nil }
      let ending = bare.last.map { "!?…".contains($0) } == true ? "" : "."
      return bare.prefix(1).uppercased() + bare.dropFirst() + ending
    }
    return [sentence(action ?? text), outcome.flatMap(sentence)].compactMap { $0 }
      .joined(separator: " ")
  }
}

/// An entry as the user writes it, before it is stored and given an id.
public struct EvidenceDraft: Sendable, Equatable {
  public var day: String
  public var skills: [String]
  public var text: String
  public var outcome: String?
  public var reference: String?

  public init(
    day: String, skills: [String], text: String, outcome: String? = nil,
    reference: String? = nil
  ) {
    self.day = day
    self.skills = skills
    self.text = text
    self.outcome = outcome
    self.reference = reference
  }

  /// A STAR story as evidence: its situation, task and action are what was done, its result
  /// the outcome; parts left empty are left out.
  public init(story: StarAnswer, skills: [String], day: String) {
    let parts = [
      ("Situation", story.situation), ("Task", story.task), ("Action", story.action),
    ].map { ($0.0, $0.1.trimmed) }.filter { !$0.1.isEmpty }
    self.init(
      day: day, skills: skills,
      text: parts.map { "\($0.0): \($0.1)" }.joined(separator: "\n"),
      outcome: story.result.trimmed.isEmpty ? nil : story.result.trimmed)
  }

  /// The draft tidied: text trimmed, a blank outcome or reference dropped, each skill once
  /// in the order given.
  public var tidied: EvidenceDraft {
    var seen = Set<String>()
    return EvidenceDraft(
      day: day.trimmed, skills: skills.map(\.trimmed).filter { seen.insert($0).inserted },
      text: text.trimmed, outcome: outcome.map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 },
      reference: reference.map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 })
  }

  /// The skill a user most likely meant by a name that is not an id: its id in other case,
  /// its name, its name before the brackets ("Caching"), or one of its other names.
  public static func skill(named text: String, in pack: Pack) -> Skill? {
    let wanted = text.lowercased()
    return pack.skills.first { skill in
      let bare = skill.name.prefix { $0 != "(" }.trimmingCharacters(in: .whitespaces)
      return ([skill.id, skill.name, bare] + skill.aliases).contains { $0.lowercased() == wanted }
    }
  }

  /// The first problem with the draft, naming the field, as a sentence fragment ("the text
  /// is empty"); nil when it can be stored. Skills must be in `pack`.
  public func problem(in pack: Pack) -> String? {
    if skills.isEmpty { return "the evidence names no skill" }
    if let unknown = skills.lazy.compactMap({ Self.unknownSkill($0, in: pack) }).first {
      return unknown
    }
    if !text.contains(where: { !$0.isWhitespace }) { return "the text is empty" }
    if !CalendarDay.isValid(day) {
      return "the date \(QuotedText.quote(day)) is not a day written YYYY-MM-DD"
    }
    // The entries go into a packet a manager reads on their own terminal.
    for (field, value) in [("text", text), ("outcome", outcome), ("reference", reference)] {
      if let value, value.firstControlCharacter(allowing: ["\n", "\t", "\r"]) != nil {
        return "the \(field) holds a control character; only line breaks and tabs may be in it"
      }
    }
    return nil
  }

  /// "the skill "SQL" is not in the content pack (did you mean sql, SQL?)" for an id `pack`
  /// lacks, naming the skill the user most likely meant; nil for a skill of the pack.
  public static func unknownSkill(_ id: String, in pack: Pack) -> String? {
    guard pack.skill(id) == nil else { return nil }
    let problem = "the skill \(QuotedText.quote(id)) is not in the content pack"
    guard let meant = skill(named: id, in: pack) else { return problem }
    return problem + " (did you mean \(meant.id), \(meant.name)?)"
  }
}
