/// The kinds of technology a user picks: the languages, databases and cloud they work with.
/// A pack says which areas each kind is picked from (a category's `pick`).
public enum StackKind: String, Sendable, CaseIterable, Codable {
  case languages, databases, cloud

  /// The skill categories whose skills the user picks from, in the pack's order.
  public func categories(in pack: Pack) -> [String] {
    pack.categories.filter { $0.pick == self }.map(\.id)
  }

  /// The kind whose skills a category holds; nil for an area that is not picked from.
  public static func kind(ofCategory category: String, in pack: Pack) -> StackKind? {
    pack.category(category)?.pick
  }
}

/// The languages, databases and cloud platforms a user works with, most used first.
///
/// A pick decides what is asked and judged: a full assessment asks only the picked skills of
/// these areas, a quick rating of such an area stands only for the picked ones, a "one of"
/// requirement is judged on the picks, and gaps and "My gaps" drills leave the others out. A
/// kind left empty picks nothing out: every skill of it is asked, and a quick rating of its
/// areas stands for none of them.
public struct StackPick: Sendable, Equatable, Codable {
  public var languages: [String]
  public var databases: [String]
  public var cloud: [String]

  public init(languages: [String] = [], databases: [String] = [], cloud: [String] = []) {
    self.languages = languages
    self.databases = databases
    self.cloud = cloud
  }

  /// Skills of the picked-from areas that belong to every pick (a category's `always_picked`):
  /// SQL, the query language of every relational database.
  public static func general(in pack: Pack) -> Set<String> {
    Set(pack.categories.flatMap(\.alwaysPicked))
  }

  public subscript(kind: StackKind) -> [String] {
    get {
      switch kind {
      case .languages: return languages
      case .databases: return databases
      case .cloud: return cloud
      }
    }
    set {
      switch kind {
      case .languages: languages = newValue
      case .databases: databases = newValue
      case .cloud: cloud = newValue
      }
    }
  }

  public var isEmpty: Bool { languages.isEmpty && databases.isEmpty && cloud.isEmpty }

  /// The skills a user can pick of a kind, in the pack's order (general skills are not picked).
  public static func choices(_ kind: StackKind, in pack: Pack) -> [Skill] {
    let general = general(in: pack)
    return kind.categories(in: pack).flatMap { pack.skills(in: $0) }.filter {
      !general.contains($0.id)
    }
  }

  /// The pick with every language, database or cloud rated above 0 added to its kind, for the
  /// kinds picked from: a skill someone rates in full is one they work with (an assessment made
  /// before the pick rated every language).
  public func adding(rated ratings: [String: Rating], in pack: Pack) -> StackPick {
    var result = self
    for kind in StackKind.allCases where !self[kind].isEmpty {
      for skill in Self.choices(kind, in: pack).map(\.id)
      where (ratings[skill] ?? 0) > 0 && !result[kind].contains(skill) {
        result[kind].append(skill)
      }
    }
    return result
  }

  /// The skills of the picked areas the user does not work with: every choice of a kind the
  /// user picked from, except the picks.
  public func excluded(in pack: Pack) -> Set<String> {
    var result: Set<String> = []
    for kind in StackKind.allCases where !self[kind].isEmpty {
      let picked = Set(self[kind])
      result.formUnion(Self.choices(kind, in: pack).map(\.id).filter { !picked.contains($0) })
    }
    return result
  }

  /// The skills a quick rating of a category stands for: every skill of an area not picked
  /// from; in a picked-from area only the picks and its general skills.
  public func skills(ratedBy category: SkillCategory, in pack: Pack) -> [String] {
    let members = pack.skills(in: category.id).map(\.id)
    guard let kind = category.pick else { return members }
    let picked = Set(self[kind]).union(category.alwaysPicked)
    return members.filter { picked.contains($0) }
  }
}
