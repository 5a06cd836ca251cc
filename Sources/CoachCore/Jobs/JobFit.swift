/// A job ad against the user: for each skill it asks, the user's rating and the bar the ad's
/// level sets for it, the gaps for this job, and the questions to drill for them.
public struct JobFit: Sendable, Equatable {
  public enum Standing: String, Sendable, Equatable {
    /// The rating reaches the level's bar for the skill.
    case meets
    /// Rated below the bar.
    case below
    /// The level sets a bar but the user has not rated the skill.
    case unrated
    /// The ad's level sets no bar for the skill (or the ad names no level).
    case noBar
  }

  public struct Row: Sendable, Equatable {
    public var asked: JobMatch.AskedSkill
    public var rating: Rating?
    /// The minimum the ad's level asks of the skill; nil when it asks none.
    public var required: Rating?
    public var standing: Standing
  }

  public var match: JobMatch
  /// One row per skill the ad asks, in the ad's order.
  public var rows: [Row]

  /// The skills rated below the bar, the largest shortfall first, then the ones the ad names
  /// most.
  public var gaps: [Row] {
    rows.filter { $0.standing == .below }.sorted { a, b in
      let (x, y) = ((a.required ?? 0) - (a.rating ?? 0), (b.required ?? 0) - (b.rating ?? 0))
      return x != y ? x > y : a.asked.mentions > b.asked.mentions
    }
  }

  public init(match: JobMatch, pack: Pack, profile: Profile) {
    self.match = match
    let level = match.level.flatMap { pack.level($0) }
    rows = match.skills.map { asked in
      let bar = level?.requirements.filter { $0.skills.contains(asked.skill) }
        .map(\.minimum).max()
      let rating = profile.rating(of: asked.skill)
      let standing: Standing
      if let bar, bar > 0 {
        standing = rating.map { $0 >= bar ? .meets : .below } ?? .unrated
      } else {
        standing = .noBar
      }
      return Row(asked: asked, rating: rating, required: bar, standing: standing)
    }
  }

  /// Questions on the gaps (or, with none, on every skill asked), the ad's level first; at
  /// most `limit`.
  public func questions(in pack: Pack, limit: Int = 8) -> [Question] {
    let focus = Set((gaps.isEmpty ? rows : gaps).map(\.asked.skill))
    let matching = pack.questions.filter { $0.skills.contains { focus.contains($0) } }
    let first = matching.filter { $0.level == match.level }
    return Array((first + matching.filter { $0.level != match.level }).prefix(limit))
  }
}
