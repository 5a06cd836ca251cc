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

/// Searches skills, questions, tips and levels for every word of a query.
public enum PackSearch: Sendable {
  /// The pack's searchable items with their text lower-cased once, so a search per key only
  /// compares.
  public struct Index: Sendable {
    struct Entry: Sendable {
      var target: SearchTarget
      var name: String
      var loweredName: String
      /// The name and all the item's text, lower-cased, one per line.
      var loweredAll: String
    }

    var entries: [Entry] = []

    /// Levels, skills, tips, questions, in pack order.
    public init(_ pack: Pack) {
      for level in pack.levels {
        add(
          .level(level.id), name: level.name,
          text: [level.overview] + level.responsibilities + level.hardSkills + level.softSkills
            + level.education + level.certifications + level.preferredQualifications)
      }
      for skill in pack.skills {
        add(.skill(skill.id), name: skill.name, text: [skill.description] + skill.anchors)
      }
      for tip in pack.tips { add(.tip(tip.id), name: tip.title, text: [tip.text]) }
      for question in pack.questions {
        add(
          .question(question.id), name: question.text,
          text: question.keyPoints + [question.hint] + question.followUps)
      }
    }

    private mutating func add(_ target: SearchTarget, name: String, text: [String]) {
      let loweredName = name.lowercased()
      let all = ([loweredName] + text.map { $0.lowercased() }).joined(separator: "\n")
      entries.append(
        Entry(target: target, name: name, loweredName: loweredName, loweredAll: all))
    }
  }

  /// Items whose name and text hold every query word (case-insensitive); those whose name
  /// alone holds them all come first; otherwise levels, skills, tips, questions, in pack order.
  /// An empty query finds nothing.
  public static func search(_ query: String, in pack: Pack, limit: Int = 200) -> [SearchHit] {
    search(query, in: Index(pack), limit: limit)
  }

  public static func search(_ query: String, in index: Index, limit: Int = 200) -> [SearchHit] {
    let words = query.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
    guard !words.isEmpty else { return [] }
    var nameHits: [SearchHit] = []
    var textHits: [SearchHit] = []
    for entry in index.entries {
      if words.allSatisfy(entry.loweredName.contains) {
        nameHits.append(SearchHit(target: entry.target, name: entry.name, nameMatches: true))
      } else if words.allSatisfy(entry.loweredAll.contains) {
        textHits.append(SearchHit(target: entry.target, name: entry.name, nameMatches: false))
      }
    }
    return Array((nameHits + textHits).prefix(limit))
  }
}
