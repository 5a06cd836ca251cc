/// What a job ad asks for, read against a pack: the skills it names (by a skill's name or its
/// `aliases`), the years it asks, and the level it is for. docs/job-match.md explains the rules.
public struct JobMatch: Sendable, Equatable {
  /// A skill the ad names: how often, and the first line that names it.
  public struct AskedSkill: Sendable, Equatable {
    public var skill: String
    public var mentions: Int
    public var line: String
  }

  /// In the order the ad first names them.
  public var skills: [AskedSkill]
  /// The most years of experience the ad asks for anywhere; nil when it gives none.
  public var years: Double?
  /// The level the ad is for; nil when it names no level and gives no years.
  public var level: String?
  /// Why that level, in a few words: "the title says "Senior"", "it asks for 5+ years".
  public var levelReason: String

  /// The match of an ad's text. Linear in the text's length.
  public static func match(_ text: String, pack: Pack) -> JobMatch {
    let words = JobText(text)
    var skillNames = NameFinder<String>()
    for skill in pack.skills {
      for name in names(of: skill) { skillNames.add(name, value: skill.id) }
    }
    var order: [String] = []
    var asked: [String: AskedSkill] = [:]
    for (skill, at) in skillNames.find(in: words) {
      if asked[skill] == nil {
        order.append(skill)
        let line = words.lines[words.words[at].line].trimmingCharacters(in: .whitespaces)
        asked[skill] = AskedSkill(skill: skill, mentions: 0, line: line)
      }
      asked[skill]?.mentions += 1
    }
    let years = askedYears(words)
    let (level, reason) = guessLevel(words, years: years, pack: pack)
    return JobMatch(
      skills: order.compactMap { asked[$0] }, years: years, level: level, levelReason: reason)
  }

  /// A skill's name before any bracket ("Caching (Redis, Memcached)" gives "Caching") and its
  /// aliases. A name of two letters keeps its case ("Go" is not "go"); others match in any case.
  static func names(of skill: Skill) -> [String] {
    let bare = String(skill.name.prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces)
    return [bare.count > 2 ? bare.lowercased() : bare] + skill.aliases
  }

  /// The years the ad asks for: the number before "years" ("5+ years", "3-5 years" gives 3,
  /// "at least 4 years"), the largest of them; numbers above 40 are not years of experience.
  static func askedYears(_ text: JobText) -> Double? {
    var best: Double?
    let words = text.words
    for index in words.indices.dropFirst()
    where ["year", "years", "yrs"].contains(words[index].lower) {
      guard var value = number(words[index - 1].lower) else { continue }
      if index >= 2, let low = number(words[index - 2].lower), low < value { value = low }
      if value <= 40 { best = max(best ?? 0, value) }
    }
    return best
  }

  private static func number(_ word: String) -> Double? {
    var digits = word
    while digits.hasSuffix("+") { digits.removeLast() }
    return Double(digits)
  }

  /// The level named in the ad's title (its first line with words), the highest in the pack's
  /// order when it names several ("Senior Staff Engineer"); else the highest ladder level whose
  /// typical years the asked years reach.
  static func guessLevel(_ text: JobText, years: Double?, pack: Pack) -> (String?, String) {
    var levelNames = NameFinder<Int>()
    for (index, level) in pack.levels.enumerated() {
      for alias in level.aliases { levelNames.add(alias, value: index) }
    }
    if let titleLine = text.words.first?.line {
      let title = JobText(text.lines[titleLine])
      let found = levelNames.find(in: title)
      if let best = found.max(by: { $0.value < $1.value }) {
        let word = title.words[best.at].written
        return (pack.levels[best.value].id, "the title says \"\(word)\"")
      }
    }
    guard let years else { return (nil, "the ad names no level and no years") }
    let ladder = pack.tracks.first?.levels.compactMap { pack.level($0) } ?? []
    let reached = ladder.filter { (Experience.typicalMinimum(of: $0) ?? .infinity) <= years }
    guard let level = reached.last else { return (nil, "the ad names no level") }
    return (level.id, "it asks for \(Experience.format(years))+ years")
  }
}
