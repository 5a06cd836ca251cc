/// The case for a target level, as a manager reads it: every requirement of the level with the
/// user's rating and the evidence entries behind it, the gaps still open, and a short summary.
public struct PromotionPacket: Sendable, Equatable {
  /// One requirement of the level.
  public struct Line: Sendable, Equatable {
    /// The requirement as judged for the user (a "one of" group narrowed to their picks), with
    /// their rating.
    public var result: RequirementResult
    /// The entries that name any of the requirement's skills, the earliest day first.
    public var evidence: [EvidenceEntry]
    /// The saved STAR stories told for a question on any of the requirement's skills, the
    /// earliest first.
    public var stories: [SavedStarAnswer]
    /// The scale's strong step: a rating from it up wants evidence behind it.
    public var strong: Rating

    /// Rated at the strong step or above (Proficient on the standard scale) with no entry
    /// behind it: a claim a manager will question.
    public var isUnbacked: Bool { !result.unknown && result.rating >= strong && evidence.isEmpty }
  }

  /// The target level's id.
  public var level: String
  /// The level's requirements, in its order.
  public var lines: [Line]
  /// The requirements not met, the most important first, each with its next step.
  public var gaps: [Gap]

  public init(
    level: Level, pack: Pack, profile: Profile, evidence: [EvidenceEntry],
    stories: [SavedStarAnswer] = []
  ) {
    self.level = level.id
    let questionSkills = Dictionary(
      pack.questions.map { ($0.id, Set($0.skills)) }, uniquingKeysWith: { first, _ in first })
    lines = level.requirements.map { requirement in
      let result = RequirementResult(requirement: requirement, profile: profile)
      let skills = Set(result.requirement.skills)
      return Line(
        result: result,
        evidence: evidence.filter { !skills.isDisjoint(with: $0.skills) }
          .sorted { ($0.day, $0.id) < ($1.day, $1.id) },
        stories: stories.filter { !skills.isDisjoint(with: questionSkills[$0.questionID] ?? []) }
          .sorted { ($0.savedAt, $0.id) < ($1.savedAt, $1.id) },
        strong: pack.scale.strong)
    }
    gaps = Gaps.gaps(to: level, pack: pack, profile: profile)
  }

  /// CV bullets drafted from the entries behind the requirements met, each entry once, the
  /// earliest first.
  public var cvBullets: [String] {
    var seen = Set<String>()
    return lines.filter(\.result.held).flatMap(\.evidence)
      .filter { seen.insert($0.id).inserted }
      .sorted { ($0.day, $0.id) < ($1.day, $1.id) }
      .map(\.cvBullet)
  }

  /// How many requirements are met.
  public var metCount: Int { lines.filter(\.result.held).count }
  /// The distinct evidence entries behind the level's requirements.
  public var evidenceCount: Int { Set(lines.flatMap { $0.evidence.map(\.id) }).count }

  /// Three or four sentences a manager reads in two minutes: how much of the level is met
  /// (and the central requirements), how much of it evidence backs, and what is still open.
  public func summary(in pack: Pack) -> String {
    let name = pack.levelName(level)
    var sentences = [
      "Against \(name), \(metCount) of \(lines.count) requirements are met."
    ]
    let central = lines.filter(\.result.central)
    if !central.isEmpty {
      let unmet = central.filter { !$0.result.held }
      sentences.append(
        unmet.isEmpty
          ? "Every central requirement is met."
          : "Central and not met yet: "
            + unmet.map { $0.result.requirement.displayName(in: pack) }.joined(separator: ", ")
            + ".")
    }
    let backed = lines.filter { $0.result.held && !$0.evidence.isEmpty }.count
    let entries = evidenceCount
    var evidence =
      "\(entries) evidence \(entries == 1 ? "entry backs" : "entries back") \(backed) of the "
      + "\(metCount) requirements met"
    let unbacked = lines.filter(\.isUnbacked).count
    if unbacked > 0 {
      evidence +=
        "; \(unbacked) \(unbacked == 1 ? "rating" : "ratings") of \(pack.scale.name(pack.scale.strong)) or more \(unbacked == 1 ? "has" : "have") none yet"
    }
    sentences.append(evidence + ".")
    if gaps.isEmpty {
      sentences.append("No gap is open.")
    } else {
      let steps = gaps.map(\.steps).reduce(0, +)
      let top = gaps.prefix(3).map { $0.requirement.displayName(in: pack) }
      sentences.append(
        "\(gaps.count) \(gaps.count == 1 ? "gap is" : "gaps are") open (\(steps) rating "
          + "\(steps == 1 ? "step" : "steps")), the most important "
          + top.joined(separator: ", ") + ".")
    }
    return sentences.joined(separator: " ")
  }
}
