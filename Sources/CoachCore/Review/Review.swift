/// A review: the skills a user asks a mentor or manager to rate, and what the reviewer gave.
///
/// Ratings are steps of the pack's scale (0 for the lowest), as everywhere in the core; the
/// file writes them in the pack's own numbers.
public struct Review: Sendable, Equatable {
  /// The id the request was made with: importing the same filled file twice stores it once.
  public var id: String
  /// The pack's role id; a file made for another pack is refused.
  public var pack: String
  /// Who asks, when they gave a name.
  public var requester: String?
  /// Who rates, when the request or the reviewer named them.
  public var reviewer: String?
  /// The skills to rate, in the pack's order.
  public var skills: [String]
  /// The user's own ratings, only when they chose to show them.
  public var selfRatings: [String: Rating]?
  /// The reviewer's ratings; a skill left out is not rated.
  public var ratings: [String: Rating]
  /// The reviewer's comment per skill, when they wrote one.
  public var comments: [String: String]

  public init(
    id: String, pack: String, requester: String? = nil, reviewer: String? = nil,
    skills: [String], selfRatings: [String: Rating]? = nil, ratings: [String: Rating] = [:],
    comments: [String: String] = [:]
  ) {
    self.id = id
    self.pack = pack
    self.requester = requester
    self.reviewer = reviewer
    self.skills = skills
    self.selfRatings = selfRatings
    self.ratings = ratings
    self.comments = comments
  }

  /// A request for the skills the user rated in `assessment` (every skill of the pack when
  /// none is rated), in the pack's order, with the user's ratings only when `showRatings`.
  public static func request(
    id: String, pack: Pack, assessment: Assessment?, requester: String?, reviewer: String?,
    showRatings: Bool
  ) -> Review {
    let profile = assessment?.profile(pack: pack)
    let rated = pack.skills.map(\.id).filter { profile?.ratings[$0] != nil }
    let skills = rated.isEmpty ? pack.skills.map(\.id) : rated
    let asked = Set(skills)
    let shown = showRatings ? (profile?.ratings ?? [:]).filter { asked.contains($0.key) } : nil
    return Review(
      id: id, pack: pack.role.id, requester: requester, reviewer: reviewer, skills: skills,
      selfRatings: shown)
  }

  /// The review with `ratings` (and `comments`) given by the reviewer in place of any earlier
  /// ones for those skills; nil, with the first skill the request does not ask about (in the
  /// pack's order), when a rating or comment is for such a skill.
  public func filled(
    ratings given: [String: Rating], comments notes: [String: String] = [:], pack: Pack
  ) -> Result<Review, UnaskedSkill> {
    let asked = Set(skills)
    let order = pack.skills.map(\.id)
    let stray = Set(given.keys).union(notes.keys).subtracting(asked)
    if let first = order.first(where: stray.contains) ?? stray.sorted().first {
      return .failure(UnaskedSkill(skill: first))
    }
    var review = self
    review.ratings.merge(given) { _, new in new }
    review.comments.merge(notes) { _, new in new }
    return .success(review)
  }

  /// A skill a reviewer rated that the review does not ask about.
  public struct UnaskedSkill: Error, Equatable {
    public var skill: String
    public init(skill: String) { self.skill = skill }
  }

  /// True once the reviewer rated at least one skill.
  public var isFilled: Bool { !ratings.isEmpty }

  /// The title of the review screens: "Review for Ana", or "Review".
  public var title: String { requester.map { "Review for \($0)" } ?? "Review" }
}
