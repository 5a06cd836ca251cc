/// Whether a self-rating agrees with the evidence.
public enum Confidence: String, Sendable, Equatable, Codable {
  /// Rated 3 or 4, but the evidence is below 60%.
  case over
  /// Rated 0 or 1, but the evidence is 80% or more.
  case under
  /// The evidence does not contradict the rating.
  case matched
}

/// One rated skill with enough evidence to compare.
public struct CalibrationLine: Sendable, Equatable, Codable {
  public var skill: String
  public var rating: Rating
  /// Shares of 0 to 1, each nil unless it rests on enough evidence.
  public var recall: Double?
  public var mock: Double?
  public var evidence: SkillEvidence
  public var confidence: Confidence

  public init(
    skill: String, rating: Rating, recall: Double?, mock: Double?, evidence: SkillEvidence,
    confidence: Confidence
  ) {
    self.skill = skill
    self.rating = rating
    self.recall = recall
    self.mock = mock
    self.evidence = evidence
    self.confidence = confidence
  }
}

/// Self-ratings compared with the flashcard recall and mock scores of each skill.
public struct Calibration: Sendable, Equatable, Codable {
  public static let minimumReviews = 5
  public static let minimumMockAnswers = 2
  public static let overBelow = 0.6
  public static let underFrom = 0.8

  /// Rated skills with enough evidence, in the pack's order.
  public var lines: [CalibrationLine]

  public init(lines: [CalibrationLine]) { self.lines = lines }

  public var overConfident: [CalibrationLine] { lines.filter { $0.confidence == .over } }
  public var underConfident: [CalibrationLine] { lines.filter { $0.confidence == .under } }
  public var matched: [CalibrationLine] { lines.filter { $0.confidence == .matched } }

  /// Compares each rated skill's rating with its evidence. A measure counts only when it rests
  /// on at least `minimumReviews` reviews or `minimumMockAnswers` answers; a skill is
  /// over-confident when rated 3 or more and every measure that counts is below 60%,
  /// under-confident when rated 1 or less and every measure that counts is 80% or more.
  public static func make(pack: Pack, profile: Profile, evidence: [String: SkillEvidence])
    -> Calibration
  {
    let lines = pack.skills.compactMap { skill -> CalibrationLine? in
      guard let rating = profile.rating(of: skill.id), let seen = evidence[skill.id] else {
        return nil
      }
      let recall = seen.reviews.reviews >= minimumReviews ? seen.recall : nil
      let mock = seen.mockAnswers >= minimumMockAnswers ? seen.mockShare : nil
      let measures = [recall, mock].compactMap { $0 }
      guard !measures.isEmpty else { return nil }
      let confidence: Confidence
      if rating >= pack.scale.strong && measures.allSatisfy({ $0 < overBelow }) {
        confidence = .over
      } else if rating <= pack.scale.low && measures.allSatisfy({ $0 >= underFrom }) {
        confidence = .under
      } else {
        confidence = .matched
      }
      return CalibrationLine(
        skill: skill.id, rating: rating, recall: recall, mock: mock, evidence: seen,
        confidence: confidence)
    }
    return Calibration(lines: lines)
  }

  /// The profile with each over-confident skill one step lower; nothing is raised.
  public func calibrated(_ profile: Profile) -> Profile {
    var adjusted = profile
    for line in overConfident { adjusted.ratings[line.skill] = max(0, line.rating - 1) }
    return adjusted
  }

  /// "You rated SQL 4 (Expert); you recall 45% of its cards (20 reviews) and get 40% of the
  /// key points in mock answers (3 answers)."
  public static func sentence(_ line: CalibrationLine, in pack: Pack) -> String {
    let name = pack.skill(line.skill)?.name ?? line.skill
    var parts: [String] = []
    if let recall = line.recall {
      parts.append(
        "you recall \(Format.percent(recall)) of its cards "
          + "(\(counted(line.evidence.reviews.reviews, "review")))")
    }
    if let mock = line.mock {
      parts.append(
        "you get \(Format.percent(mock)) of the key points in mock answers "
          + "(\(counted(line.evidence.mockAnswers, "answer")))")
    }
    return "You rated \(name) \(pack.scale.number(line.rating)) (\(pack.scale.name(line.rating))); "
      + parts.joined(separator: " and ") + "."
  }

  static func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}
