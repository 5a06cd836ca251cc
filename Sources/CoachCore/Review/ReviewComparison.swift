/// The user's view of their skills beside a reviewer's: per skill the two ratings, the biggest
/// disagreements first, and the placement each view gives.
public struct ReviewComparison: Sendable, Equatable {
  public struct Line: Sendable, Equatable {
    public var skill: String
    /// The user's own rating; nil when they left the skill unrated.
    public var selfRating: Rating?
    /// The reviewer's rating; nil when the reviewer left it unrated.
    public var reviewerRating: Rating?
    public var comment: String?

    /// Reviewer minus self; nil unless both rated the skill.
    public var difference: Int? {
      guard let selfRating, let reviewerRating else { return nil }
      return reviewerRating - selfRating
    }
  }

  /// One line per skill of the review: the largest disagreement (either way) first, then the
  /// skills only one side rated, each group in the pack's order.
  public var lines: [Line]
  public var selfPlacement: PlacementReport
  public var reviewerPlacement: PlacementReport
  /// The user's own ratings the reviewer's view keeps, for the skills the reviewer left
  /// unrated.
  public var ownRatingsKept: Int

  /// Compares `review` with the user's `profile`. The reviewer's view is the user's profile
  /// (years, market, picks, ratings) with the reviewer's ratings in place of the user's where
  /// they gave one: where the user stands if the reviewer is right about what they rated. A
  /// reviewer who rated a few skills thus moves the placement by those few, rather than
  /// leaving every other requirement unrated.
  public init(review: Review, profile: Profile, pack: Pack) {
    let order = Dictionary(
      pack.skills.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
    let unsorted = review.skills.map { skill in
      Line(
        skill: skill, selfRating: profile.ratings[skill], reviewerRating: review.ratings[skill],
        comment: review.comments[skill])
    }
    lines = unsorted.sorted { a, b in
      let left = a.difference.map(abs) ?? -1
      let right = b.difference.map(abs) ?? -1
      if left != right { return left > right }
      return (order[a.skill] ?? Int.max) < (order[b.skill] ?? Int.max)
    }
    var reviewerProfile = profile
    reviewerProfile.ratings = profile.ratings.merging(review.ratings) { _, theirs in theirs }
    ownRatingsKept = profile.ratings.keys.filter { review.ratings[$0] == nil }.count
    selfPlacement = Placement.report(pack: pack, profile: profile)
    reviewerPlacement = Placement.report(pack: pack, profile: reviewerProfile)
  }

  /// Says that the reviewer's placement uses the user's own ratings where the reviewer gave
  /// none; nil when it uses none of them.
  public func keptNote(reviewer: String) -> String? {
    // "your reviewer" starts the sentence.
    let reviewer = reviewer.prefix(1).uppercased() + reviewer.dropFirst()
    switch ownRatingsKept {
    case 0: return nil
    case 1:
      return "\(reviewer)'s placement keeps your own rating of the one skill they did not rate."
    default:
      return
        "\(reviewer)'s placement keeps your own ratings of the \(ownRatingsKept) skills they did not rate."
    }
  }

  /// The skills the two rated differently.
  public var disagreements: [Line] { lines.filter { ($0.difference ?? 0) != 0 } }
}
