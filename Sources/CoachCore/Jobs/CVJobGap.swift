/// A CV read against a job ad: of the pack's skills the ad asks for, those the CV shows (and
/// where) and those it never names, each with the CV line that comes closest.
/// docs/job-match.md explains the rules.
public struct CVJobGap: Sendable, Equatable {
  /// A line of the CV: its number (1-based) and its text, trimmed.
  public struct Line: Sendable, Equatable {
    public var number: Int
    public var text: String
  }

  /// An asked skill the CV names, with the first line that does.
  public struct Shown: Sendable, Equatable {
    public var skill: String
    public var line: Line
  }

  /// An asked skill the CV never names: the names that would count (its name and aliases),
  /// the ad's first line naming it, and the CV line sharing most with it, nil when no line
  /// shares anything.
  public struct Missing: Sendable, Equatable {
    public var skill: String
    public var names: [String]
    public var adLine: String
    public var closest: Line?
  }

  /// In the order the ad first names them.
  public var shown: [Shown]
  public var missing: [Missing]

  /// Words too common to make two lines close.
  static let commonWords: Set<String> = [
    "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
  ]

  /// Compares a CV's text with an ad's. Linear in the two texts' lengths: each is read once,
  /// and each CV word looks up the missing skills that share it.
  public static func compare(cv: String, ad: String, pack: Pack) -> CVJobGap {
    let askedSkills = JobMatch.match(ad, pack: pack).skills
    let asked = askedSkills.map(\.skill)
    let skills = Dictionary(pack.skills.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let text = JobText(normalisedLines(cv))
    var finder = NameFinder<String>()
    for skill in pack.skills {
      for name in JobMatch.names(of: skill) { finder.add(name, value: skill.id) }
    }
    let found = finder.find(in: text)
    var firstLine: [String: Int] = [:]
    for (skill, at) in found where firstLine[skill] == nil {
      firstLine[skill] = text.words[at].line
    }
    func line(_ index: Int) -> Line {
      Line(number: index + 1, text: text.lines[index].trimmingCharacters(in: .whitespaces))
    }
    let shown = asked.compactMap { id in firstLine[id].map { Shown(skill: id, line: line($0)) } }
    let absent = asked.filter { firstLine[$0] == nil }

    // A CV word that is one of an absent skill's words scores 2 on its line; a skill of the
    // same category named on a line scores 1 there.
    var byWord: [String: [Int]] = [:]
    var byCategory: [String: [Int]] = [:]
    for (index, id) in absent.enumerated() {
      guard let skill = skills[id] else { continue }
      for word in Set(closenessWords(of: skill)) { byWord[word, default: []].append(index) }
      byCategory[skill.category, default: []].append(index)
    }
    var scores = [[Int: Int]](repeating: [:], count: absent.count)
    for word in text.words {
      for index in byWord[stem(word.lower)] ?? [] { scores[index][word.line, default: 0] += 2 }
    }
    for (id, at) in found {
      guard let category = skills[id]?.category else { continue }
      for index in byCategory[category] ?? [] {
        scores[index][text.words[at].line, default: 0] += 1
      }
    }
    let adLines = Dictionary(
      askedSkills.map { ($0.skill, $0.line) }, uniquingKeysWith: { a, _ in a })
    let missing = absent.enumerated().map { index, id in
      let best = scores[index].max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key
      }
      return Missing(
        skill: id, names: skills[id].map(displayNames) ?? [id], adLine: adLines[id] ?? "",
        closest: best.map { line($0.key) })
    }
    return CVJobGap(shown: shown, missing: missing)
  }

  /// The names a CV could use for a skill: its name before any bracket and its aliases.
  static func displayNames(_ skill: Skill) -> [String] {
    let bare = String(skill.name.prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces)
    var names = [bare]
    for alias in skill.aliases
    where !names.contains(where: { $0.lowercased() == alias.lowercased() }) {
      names.append(alias)
    }
    return names
  }

  /// The words of a skill's whole name (brackets included) and aliases, lower-cased and
  /// stemmed, without the common ones.
  static func closenessWords(of skill: Skill) -> [String] {
    ([skill.name] + skill.aliases).flatMap(JobText.words(of:)).map { stem($0.lowercased()) }
      .filter { !commonWords.contains($0) }
  }

  /// A word without a plural "s", so "queries" and "query" do not differ by it alone:
  /// "databases" gives "database", "queries" "query".
  static func stem(_ word: String) -> String {
    if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
    if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { return String(word.dropLast()) }
    return word
  }

  /// The text with a lone "\r" (an old Mac line end) read as "\n", so lines are numbered as
  /// an editor shows them; `JobText` reads "\r\n" as a line end already.
  static func normalisedLines(_ text: String) -> String {
    guard text.contains("\r") else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      result.append(character == "\r" ? "\n" : character)
    }
    return result
  }
}
