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
  /// Items whose name and text hold every query word (case-insensitive); those whose name
  /// alone holds them all come first; otherwise levels, skills, tips, questions, in pack order.
  /// An empty query finds nothing.
  public static func search(_ query: String, in pack: Pack, limit: Int = 200) -> [SearchHit] {
    let words = query.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
    guard !words.isEmpty else { return [] }
    var nameHits: [SearchHit] = []
    var textHits: [SearchHit] = []
    func consider(_ target: SearchTarget, name: String, text: [String]) {
      let loweredName = name.lowercased()
      if words.allSatisfy(loweredName.contains) {
        nameHits.append(SearchHit(target: target, name: name, nameMatches: true))
        return
      }
      let all = ([loweredName] + text.map { $0.lowercased() }).joined(separator: "\n")
      if words.allSatisfy(all.contains) {
        textHits.append(SearchHit(target: target, name: name, nameMatches: false))
      }
    }
    for level in pack.levels {
      consider(
        .level(level.id), name: level.name,
        text: [level.overview] + level.responsibilities + level.hardSkills + level.softSkills
          + level.education + level.certifications + level.preferredQualifications)
    }
    for skill in pack.skills {
      consider(.skill(skill.id), name: skill.name, text: [skill.description] + skill.anchors)
    }
    for tip in pack.tips { consider(.tip(tip.id), name: tip.title, text: [tip.text]) }
    for question in pack.questions {
      consider(
        .question(question.id), name: question.text,
        text: question.keyPoints + [question.hint] + question.followUps)
    }
    return Array((nameHits + textHits).prefix(limit))
  }
}
