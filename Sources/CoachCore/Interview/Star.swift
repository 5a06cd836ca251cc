/// A behavioural answer in STAR form.
public struct StarAnswer: Sendable, Equatable, Codable {
  public var situation: String
  public var task: String
  public var action: String
  public var result: String

  public init(situation: String = "", task: String = "", action: String = "", result: String = "") {
    self.situation = situation
    self.task = task
    self.action = action
    self.result = result
  }

  public enum Field: Int, Sendable, CaseIterable {
    case situation, task, action, result

    public var name: String {
      switch self {
      case .situation: return "Situation"
      case .task: return "Task"
      case .action: return "Action"
      case .result: return "Result"
      }
    }

    /// What the field asks for.
    public var prompt: String {
      switch self {
      case .situation: return "Where and when; who was involved."
      case .task: return "What you had to achieve, and why it mattered."
      case .action: return "What you did yourself, step by step."
      case .result: return "What came of it, ideally with a number; what you learned."
      }
    }
  }

  public subscript(field: Field) -> String {
    get {
      switch field {
      case .situation: return situation
      case .task: return task
      case .action: return action
      case .result: return result
      }
    }
    set {
      switch field {
      case .situation: situation = newValue
      case .task: task = newValue
      case .action: action = newValue
      case .result: result = newValue
      }
    }
  }

  /// True when every field has some text.
  public var isComplete: Bool {
    Field.allCases.allSatisfy { !self[$0].trimmed.isEmpty }
  }

  public var isEmpty: Bool { Field.allCases.allSatisfy { self[$0].trimmed.isEmpty } }
}

/// How big a story's scope should be for a level: a junior's may be their own work, a
/// senior's involves three or more people, a staff engineer's two or more teams.
public struct ScopeRubric: Sendable, Equatable {
  /// The level the rubric is for, as the pack names it.
  public var name: String
  public var people: Int
  public var teams: Int
  public var text: String

  /// The rubric for a level of the pack (`Pack.storyScope(of:)`), named after it.
  public static func forLevel(_ level: String, in pack: Pack) -> ScopeRubric {
    forScope(pack.storyScope(of: level), name: pack.levelName(level))
  }

  /// The rubric for a scope, named `name` (the level's own name, so a mid-level question never
  /// reads "Junior scope"): your own work, 3 or more people, or 2 or more teams.
  public static func forScope(_ scope: StoryScopeSize, name: String) -> ScopeRubric {
    switch scope {
    case .people:
      return ScopeRubric(
        name: name, people: 3, teams: 0,
        text: "a story involving 3 or more people, with your part in leading it clear.")
    case .teams:
      return ScopeRubric(
        name: name, people: 0, teams: 2,
        text: "a story across 2 or more teams, with the decision you drove between them.")
    case .own:
      return ScopeRubric(
        name: name, people: 0, teams: 0,
        text: "mostly your own work is fine; show what you did and what you learned.")
    }
  }

  /// True when the scope found meets the rubric.
  public func isMet(by scope: StoryScope) -> Bool {
    scope.people >= people && scope.teams >= teams
  }
}

/// The largest numbers of people and teams a story names ("4 engineers", "two teams",
/// "a team of five").
public struct StoryScope: Sendable, Equatable {
  public var people: Int
  public var teams: Int

  public init(people: Int = 0, teams: Int = 0) {
    self.people = people
    self.teams = teams
  }

  /// Reads numbers, as digits or words up to twelve, that come just before a word for people
  /// or teams, or just after "team of". Anything else is not counted: the check only ever
  /// under-reads a story, so it is a hint, not a verdict.
  public static func read(_ text: String) -> StoryScope {
    let words = KeyPointMatch.words(text)
    var scope = StoryScope()
    for (index, word) in words.enumerated() {
      guard let number = Self.number(word), index + 1 < words.count else { continue }
      let next = words[index + 1]
      // "3 backend engineers": allow one word between the number and the noun.
      let after = index + 2 < words.count ? words[index + 2] : ""
      if teamWords.contains(next) || (!peopleWords.contains(next) && teamWords.contains(after)) {
        scope.teams = max(scope.teams, number)
      } else if peopleWords.contains(next) || peopleWords.contains(after) {
        scope.people = max(scope.people, number)
      }
    }
    for index in words.indices.dropLast(2)
    where teamWords.contains(words[index]) && words[index + 1] == "of" {
      if let number = Self.number(words[index + 2]) { scope.people = max(scope.people, number) }
    }
    return scope
  }

  static func number(_ word: String) -> Int? {
    if let value = Int(word), value > 0, value < 10_000 { return value }
    return numberWords[word]
  }

  static let numberWords: [String: Int] = [
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
  ]

  static let peopleWords: Set<String> = [
    "people", "person", "persons", "engineers", "engineer", "developers", "developer",
    "colleagues", "teammates", "members", "devs", "testers", "designers", "juniors", "seniors",
    "stakeholders", "reports", "mentees", "interns",
  ]

  static let teamWords: Set<String> = ["teams", "team", "squads", "squad", "departments"]
}

extension Pack {
  /// The scope a story should show at a level: the pack's `story_scope`, else the level's place
  /// on the first track that holds it (its lowest third your own work, its middle third a group
  /// of people, its top third several teams); your own work for a level on no track.
  public func storyScope(of levelID: String) -> StoryScopeSize {
    if let declared = level(levelID)?.storyScope { return declared }
    guard let track = tracks.first(where: { $0.levels.contains(levelID) }),
      let index = track.levels.firstIndex(of: levelID), track.levels.count > 1
    else { return .own }
    let place = Double(index) / Double(track.levels.count - 1)
    return place < 1.0 / 3 ? .own : place < 2.0 / 3 ? .people : .teams
  }
}
