/// Something in the pack that search can find.
public enum SearchTarget: Sendable, Equatable {
  case skill(String)
  case question(String)
  case tip(String)
  case level(String)

  public var kind: String {
    switch self {
    case .skill: return "Skill"
    case .question: return "Question"
    case .tip: return "Tip"
    case .level: return "Level"
    }
  }
}

/// One search result: what it is, its name, and whether the name itself matched.
public struct SearchHit: Sendable, Equatable {
  public var target: SearchTarget
  public var name: String
  public var nameMatches: Bool
}

/// Searches skills, questions, tips and levels for every word of a query, knowing the field's
/// other names: a word the pack's `synonyms.yaml` knows ("pg", "ci") also finds what it stands
/// for, and a skill's `aliases` ("k8s", "postgres", "oauth2") find the skill by name.
public enum PackSearch: Sendable {
  /// The pack's searchable items with their text lower-cased once, so a search per key only
  /// compares.
  public struct Index: Sendable {
    struct Entry: Sendable {
      var target: SearchTarget
      var name: String
      var loweredName: String
      /// The name's words, lower-cased, and their roots (`WordStem`: "caching" gives "cach").
      var nameWords: Set<String>
      /// The other names of a skill, lower-cased.
      var aliases: Set<String>
      /// The name and all the item's text, lower-cased, one per line.
      var loweredAll: String
    }

    var entries: [Entry] = []
    /// What a query word may stand for besides itself, lower-cased: the words of a synonym
    /// term, the name of a skill it is an alias of.
    var expansions: [String: [String]] = [:]

    /// Levels, skills, tips, questions, in pack order.
    public init(_ pack: Pack) {
      for (term, words) in pack.synonyms.terms {
        expansions[term, default: []].append(words.joined(separator: " "))
      }
      for level in pack.levels {
        let lists: [[String]] = [
          level.responsibilities, level.hardSkills, level.softSkills, level.education,
          level.certifications, level.preferredQualifications,
        ]
        add(
          .level(level.id), name: level.name,
          text: [level.overview].compactMap { $0 } + lists.flatMap { $0 })
      }
      for skill in pack.skills {
        add(
          .skill(skill.id), name: skill.name,
          text: [skill.description].compactMap { $0 } + skill.anchors,
          aliases: skill.aliases)
        for alias in skill.aliases {
          expansions[alias.lowercased(), default: []].append(skill.name.lowercased())
        }
      }
      for tip in pack.tips { add(.tip(tip.id), name: tip.title, text: [tip.text]) }
      for question in pack.questions {
        add(
          .question(question.id), name: question.text,
          text: question.keyPoints + [question.hint] + question.followUps)
      }
    }

    static func wordsAndRoots(_ text: String) -> Set<String> {
      let words = text.split { !$0.isLetter && !$0.isNumber && $0 != "#" }.map(String.init)
      return Set(words + words.map(WordStem.of))
    }

    private mutating func add(
      _ target: SearchTarget, name: String, text: [String], aliases: [String] = []
    ) {
      let loweredName = name.lowercased()
      let all = ([loweredName] + text.map { $0.lowercased() }).joined(separator: "\n")
      entries.append(
        Entry(
          target: target, name: name, loweredName: loweredName,
          nameWords: Self.wordsAndRoots(loweredName),
          aliases: Set(aliases.map { $0.lowercased() }), loweredAll: all))
    }
  }

  /// Items whose name and text hold every query word (case-insensitive), or what the word
  /// stands for. First the items whose name has every word, or what it stands for, as a whole
  /// word or a skill's alias ("ci" names CI/CD, not "Principal"); then those whose name holds
  /// every word; then the rest. In each: levels, skills, tips, questions, in pack order.
  /// An empty query finds nothing.
  public static func search(_ query: String, in pack: Pack, limit: Int = 200) -> [SearchHit] {
    search(query, in: Index(pack), limit: limit)
  }

  public static func search(_ query: String, in index: Index, limit: Int = 200) -> [SearchHit] {
    let words = query.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
    guard !words.isEmpty else { return [] }
    let forms = words.map { [$0] + (index.expansions[$0] ?? []) }
    var exactHits: [SearchHit] = []
    var nameHits: [SearchHit] = []
    var textHits: [SearchHit] = []
    for entry in index.entries {
      let inName = forms.allSatisfy { $0.contains(where: entry.loweredName.contains) }
      let named = forms.allSatisfy { forms in
        forms.contains {
          entry.aliases.contains($0) || entry.nameWords.contains($0)
            || entry.nameWords.contains(WordStem.of($0))
        }
      }
      if named || words.allSatisfy(entry.aliases.contains) {
        exactHits.append(SearchHit(target: entry.target, name: entry.name, nameMatches: true))
      } else if inName {
        nameHits.append(SearchHit(target: entry.target, name: entry.name, nameMatches: true))
      } else if forms.allSatisfy({ $0.contains(where: entry.loweredAll.contains) }) {
        textHits.append(SearchHit(target: entry.target, name: entry.name, nameMatches: false))
      }
    }
    return Array((exactHits + nameHits + textHits).prefix(limit))
  }
}
