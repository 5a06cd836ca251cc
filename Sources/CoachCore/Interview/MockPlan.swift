/// How long a mock interview runs: a number of questions, or minutes filled with questions
/// by their expected durations.
public enum MockLength: Sendable, Equatable, Hashable {
  case questions(Int)
  case minutes(Int)

  /// "3 questions", "20 minutes".
  public var label: String {
    switch self {
    case .questions(let n): return n == 1 ? "1 question" : "\(n) questions"
    case .minutes(let n): return n == 1 ? "1 minute" : "\(n) minutes"
    }
  }

  /// How the store keeps it: "questions:3", "minutes:20".
  public var code: String {
    switch self {
    case .questions(let n): return "questions:\(n)"
    case .minutes(let n): return "minutes:\(n)"
    }
  }

  public init?(code: String) {
    let parts = code.split(separator: ":")
    guard parts.count == 2, let n = Int(parts[1]), n > 0 else { return nil }
    switch parts[0] {
    case "questions": self = .questions(n)
    case "minutes": self = .minutes(n)
    default: return nil
    }
  }
}

/// Which questions a mock interview draws from.
public enum MockFocus: Sendable, Equatable, Hashable {
  case all
  /// Questions on the skills of the user's gaps to their target level.
  case gaps
  /// Questions of one kind, by its id.
  case kind(String)
  case level(String)
  /// Questions the user named (`career-coach mock --question ID`), not picked by the app.
  case chosen

  /// How the store keeps it: "all", "gaps", "kind:technical", "level:senior", "chosen".
  public var code: String {
    switch self {
    case .all: return "all"
    case .gaps: return "gaps"
    case .kind(let kind): return "kind:\(kind)"
    case .level(let level): return "level:\(level)"
    case .chosen: return "chosen"
    }
  }

  public init?(code: String) {
    if code == "all" {
      self = .all
    } else if code == "gaps" {
      self = .gaps
    } else if code == "chosen" {
      self = .chosen
    } else if code.hasPrefix("kind:"), code.count > 5 {
      self = .kind(String(code.dropFirst(5)))
    } else if code.hasPrefix("level:"), code.count > 6 {
      self = .level(String(code.dropFirst(6)))
    } else {
      return nil
    }
  }

  /// "All questions", "My gaps", "System design", "Senior Backend Developer".
  public func label(in pack: Pack) -> String {
    switch self {
    case .all: return "All questions"
    case .gaps: return "My gaps"
    case .kind(let kind): return pack.questionKind(kind)?.name ?? kind
    case .level(let level): return pack.levelName(level)
    case .chosen: return "Chosen questions"
    }
  }
}

extension QuestionKind {
  /// The time a mock interview gives a question of this kind, in seconds.
  /// System design 5 minutes, a STAR story 2, any other kind 3.
  public var mockSeconds: Int {
    if id == QuestionKind.systemDesign.id { return 300 }
    return star ? 120 : 180
  }
}

/// Picks the questions of a mock interview.
public enum MockPlan {
  /// The questions matching `focus`, in an order shuffled by `seed` (the same seed gives the
  /// same interview), cut to `length`: n questions, or as many as fit in the minutes by their
  /// kind's duration (at least one). `gapSkills` are the skills of the user's gaps, for `.gaps`.
  public static func pick(
    from pack: Pack, length: MockLength, focus: MockFocus, gapSkills: Set<String> = [],
    seed: UInt64
  ) -> [Question] {
    var pool = pack.questions.filter { matches($0, focus: focus, gapSkills: gapSkills) }
    var generator = SplitMix64(seed: seed)
    pool.shuffle(using: &generator)
    switch length {
    case .questions(let n):
      return Array(pool.prefix(max(0, n)))
    case .minutes(let minutes):
      var budget = minutes * 60
      var chosen: [Question] = []
      for question in pool where question.kind.mockSeconds <= budget {
        chosen.append(question)
        budget -= question.kind.mockSeconds
      }
      if chosen.isEmpty, let first = pool.first { chosen = [first] }
      return chosen
    }
  }

  public static func matches(_ question: Question, focus: MockFocus, gapSkills: Set<String>)
    -> Bool
  {
    switch focus {
    case .all: return true
    case .gaps: return question.skills.contains { gapSkills.contains($0) }
    case .kind(let kind): return question.kind.id == kind
    case .level(let level): return question.level == level
    case .chosen: return false
    }
  }

  /// The total time of the questions, in seconds.
  public static func seconds(of questions: [Question]) -> Int {
    questions.reduce(0) { $0 + $1.kind.mockSeconds }
  }
}

/// A small, fast generator with a fixed sequence per seed (SplitMix64), so a shuffle can be
/// repeated.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
