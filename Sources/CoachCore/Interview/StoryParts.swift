/// The parts of a story (situation, task, action, result, learning) that a behavioural answer
/// tells, found from the way people tell them: a first sentence in the past tense sets the
/// situation; "I was asked", "my role was" or "it was on me" gives the task; "I" followed by a
/// verb in the past tense is an action; a number next to a change ("fell 40%", "down to 8
/// minutes") or "in the end" is a result; "I learned", "next time" or "since then" is the
/// learning. Each sentence is read once, so the work grows with the answer's length.
public enum StoryPart: String, Sendable, CaseIterable {
  case situation, task, action, result, learning

  /// The part a key point asks for, when it starts with its name and a colon
  /// ("Result: how quickly it was fixed ..."); "Lesson" and "Learned" count as learning.
  public static func named(by keyPoint: String) -> StoryPart? {
    guard let colon = keyPoint.firstIndex(of: ":") else { return nil }
    let label = String(keyPoint[..<colon]).trimmed.lowercased()
    switch label {
    case "situation", "context": return .situation
    case "task", "responsibility": return .task
    case "action", "actions": return .action
    case "result", "results", "outcome": return .result
    case "learning", "lesson", "learned", "learnt": return .learning
    default: return nil
    }
  }

  /// A key point without the name of its part: "Result: how quickly it was fixed" reads
  /// "how quickly it was fixed".
  public static func body(of keyPoint: String) -> String {
    guard named(by: keyPoint) != nil, let colon = keyPoint.firstIndex(of: ":") else {
      return keyPoint
    }
    return String(keyPoint[keyPoint.index(after: colon)...])
  }

  /// The parts the answer tells.
  public static func told(in answer: String) -> Set<StoryPart> {
    var parts: Set<StoryPart> = []
    for (position, sentence) in sentences(answer).enumerated() {
      let text = " " + sentence.joined(separator: " ") + " "
      if position == 0, sentence.indices.contains(where: { isPast(sentence, at: $0) }) {
        parts.insert(.situation)
      }
      if learningCues.contains(where: text.contains) {
        parts.insert(.learning)
        continue
      }
      if taskCues.contains(where: text.contains) { parts.insert(.task) }
      if position > 0, isResult(sentence, text) { parts.insert(.result) }
      if hasAction(sentence) { parts.insert(.action) }
    }
    return parts
  }

  /// Sentences as lower-cased words, split at full stops, question and exclamation marks,
  /// semicolons and colons (a line break is only a space: typed text wraps).
  static func sentences(_ text: String) -> [[String]] {
    text.lowercased().split { ".!?;:".contains($0) }
      .map { KeyPointMatch.words(String($0)) }
      .filter { !$0.isEmpty }
  }

  /// A verb in the past tense at `index`, unless it describes the speaker ("I'm very
  /// organised", "it is limited").
  static func isPast(_ words: [String], at index: Int) -> Bool {
    guard isPast(words[index]) else { return false }
    return index == 0 || !describing.contains(words[index - 1])
  }

  static let describing: Set<String> = [
    "m", "am", "is", "are", "be", "been", "being", "re", "very", "so", "too", "really", "quite",
  ]

  static func isPast(_ word: String) -> Bool {
    if irregularPast.contains(word) || stateVerbs.contains(word) { return true }
    return word.count >= 5 && word.hasSuffix("ed") && !notPast.contains(word)
  }

  /// "I" followed within three words by a verb of doing in the past tense.
  static func hasAction(_ words: [String]) -> Bool {
    for (index, word) in words.enumerated() where word == "i" {
      for next in (index + 1)..<min(words.count, index + 4)
      where isPast(words, at: next) && !stateVerbs.contains(words[next]) {
        return true
      }
    }
    return false
  }

  static func isResult(_ words: [String], _ text: String) -> Bool {
    if resultPhrases.contains(where: text.contains) { return true }
    let counted = words.contains { $0.first?.isNumber == true || amountWords.contains($0) }
    return counted && words.contains { changeWords.contains($0) }
  }

  static let learningCues = [
    " i learned ", " i learnt ", " learned that ", " lesson ", " lessons ", " taught me ",
    " next time ", " since then ", " these days ", " from then on ", " now i ", " i now ",
    " rule now ", " do differently ", " did it again ", " do it again ", " took from ",
    " takeaway ", " in hindsight ", " going forward ", " afterwards ", " ever since ",
  ]

  static let taskCues = [
    " i was asked ", " asked me ", " my job was ", " my role was ", " my task ",
    " i was responsible ", " responsible for ", " i had to ", " i needed to ", " i needed it ",
    " it was on me ", " my call ", " i owned ", " i was the ",
    " took it on ", " i took the lead ", " i was tasked ", " my goal ", " goal was ",
    " i wanted to ", " i led ", " i coordinated ", " i was in charge ", " i volunteered ",
  ]

  static let resultPhrases = [
    " as a result ", " in the end ", " the result ", " the outcome ", " ended up ",
    " it worked ", " we finished ", " we delivered ", " we shipped ",
  ]

  static let amountWords: Set<String> = [
    "half", "twice", "double", "doubled", "halved", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "hundred", "hundreds", "thousand", "thousands",
  ]

  static let changeWords: Set<String> = [
    "fell", "dropped", "cut", "reduced", "saved", "improved", "faster", "fewer", "less",
    "down", "went", "recovered", "fixed", "delivered", "finished", "shipped", "ended",
    "merged", "failed", "affected", "halved", "doubled", "lower", "higher", "grew", "rose",
    "increased", "decreased", "within", "later", "after",
  ]

  /// Past forms that describe a state rather than something done.
  static let stateVerbs: Set<String> = [
    "was", "were", "had", "did", "wanted", "thought", "felt", "knew", "seemed", "needed",
    "liked", "hoped", "believed", "realised", "realized",
  ]

  static let irregularPast: Set<String> = [
    "went", "got", "took", "made", "built", "ran", "wrote", "found", "told", "gave", "saw",
    "said", "spent", "sent", "kept", "led", "left", "set", "put", "met", "began", "brought",
    "bought", "caught", "chose", "came", "fell", "held", "lost", "paid", "rose", "sat",
    "spoke", "stood", "taught", "understood", "won", "drove", "broke", "grew", "split", "cut",
    "shut", "rolled", "dug", "hit", "spotted", "ran",
  ]

  static let notPast: Set<String> = [
    "need", "speed", "indeed", "embed", "feed", "seed", "proceed", "succeed", "exceed",
    "shed", "bed", "red", "hundred", "based", "related", "limited", "distributed",
  ]
}
