import Foundation

/// What the packet command and the packet screen both build a packet from and write under it:
/// the latest finished assessment, the level to switch to, the line naming the assessment, the
/// question a story answers and a gap's next step.
extension PromotionPacket {
  /// The packet for `level` from a finished assessment's ratings.
  public init(
    level: Level, pack: Pack, assessment: Assessment, evidence: [EvidenceEntry],
    stories: [SavedStarAnswer] = []
  ) {
    self.init(
      level: level, pack: pack, profile: assessment.profile(pack: pack), evidence: evidence,
      stories: stories)
  }

  /// The levels a packet can be made for: those that ask for skills, in the pack's order.
  public static func levels(in pack: Pack) -> [Level] { pack.levels.filter(\.isPlaceable) }

  /// The level a packet makes the case for unless the user picks another: the report's
  /// target; at the top of the ladder, the level the user holds; else the first that asks for
  /// skills.
  public static func defaultLevel(for report: CareerReport, in pack: Pack) -> Level? {
    let levels = levels(in: pack)
    let wanted = [report.target, report.ladder?.level].compactMap { $0 }
    return wanted.lazy.compactMap { id in levels.first { $0.id == id } }.first ?? levels.first
  }

  /// "Ratings from the full self-assessment 4, finished 2026-11-30."
  public static func ratingsLine(_ assessment: Assessment, calendar: Calendar) -> String {
    let mode = assessment.mode == .quick ? "quick" : "full"
    let day = Format.day(assessment.finishedAt ?? assessment.startedAt, in: calendar)
    return "Ratings from the \(mode) self-assessment \(assessment.id), finished \(day)."
  }

  /// The question a story answers, as the pack asks it.
  public static func question(of story: SavedStarAnswer, in pack: Pack) -> String {
    pack.questions.first { $0.id == story.questionID }?.text ?? story.questionID
  }

  /// The exercise that closes a gap of the packet's level.
  public func nextStep(_ gap: Gap, in pack: Pack) -> String {
    NextStep.make(for: gap, target: level, pack: pack).exercise
  }
}

extension PromotionPacket.Line {
  /// The reviewer's ratings of the requirement's skills, in the requirement's order; empty
  /// when the review rates none of them.
  public func reviewerRatings(in review: Review) -> [(skill: String, rating: Rating)] {
    result.requirement.skills.compactMap { skill in
      review.ratings[skill].map { (skill, $0) }
    }
  }

  /// "Reviewer Dana Lee: Competent (2)", each skill named when the requirement has several;
  /// nil when the review rates none of the requirement's skills.
  public func reviewerText(in review: Review, pack: Pack) -> String? {
    let ratings = reviewerRatings(in: review)
    guard !ratings.isEmpty else { return nil }
    let name = review.reviewer ?? "your reviewer"
    let several = result.requirement.skills.count > 1
    return "Reviewer \(name): "
      + ratings.map { skill, rating in
        pack.ratingText(rating, ofSkill: skill) + (several ? " for " + pack.skillName(skill) : "")
      }.joined(separator: ", ")
  }
}

extension ReviewComparison {
  /// Compares `review` with the ratings of the user's latest finished assessment; with none,
  /// the user's side is empty.
  public init(review: Review, assessment: Assessment?, pack: Pack) {
    var profile = assessment?.profile(pack: pack) ?? Profile()
    profile.top = pack.scale.top
    self.init(review: review, profile: profile, pack: pack)
  }
}
