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

  /// Compares `review` with the user's `profile`. The reviewer's profile is the user's (years,
  /// market, picks) with the reviewer's ratings in place of the user's.
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
    reviewerProfile.ratings = review.ratings
    selfPlacement = Placement.report(pack: pack, profile: profile)
    reviewerPlacement = Placement.report(pack: pack, profile: reviewerProfile)
  }

  /// The skills the two rated differently.
  public var disagreements: [Line] { lines.filter { ($0.difference ?? 0) != 0 } }
}
