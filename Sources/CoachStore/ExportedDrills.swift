import CoachCore
import Foundation

/// A flashcard as the export file holds it.
struct ExportedCard: Codable {
  var question: String
  var state: FSRSState
  var step: Int?
  var stability: Double?
  var difficulty: Double?
  var due: String
  var lastReview: String?
  var reps: Int
  var lapses: Int
  var introducedAt: String

  init(_ card: DrillCard) {
    question = card.question
    state = card.card.state
    step = card.card.step
    stability = card.card.stability
    difficulty = card.card.difficulty
    due = TimeStamp.iso(card.card.due)
    lastReview = card.card.lastReview.map(TimeStamp.iso)
    reps = card.reps
    lapses = card.lapses
    introducedAt = TimeStamp.iso(card.introducedAt)
  }

  enum CodingKeys: String, CodingKey {
    case question, state, step, stability, difficulty, due, lastReview, reps, lapses, introducedAt
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    question = try container.decode(String.self, forKey: .question)
    state = try container.decode(FSRSState.self, forKey: .state)
    step = try container.decodeWholeIfPresent(forKey: .step)
    stability = try container.decodeIfPresent(Double.self, forKey: .stability)
    difficulty = try container.decodeIfPresent(Double.self, forKey: .difficulty)
    due = try container.decode(String.self, forKey: .due)
    lastReview = try container.decodeIfPresent(String.self, forKey: .lastReview)
    reps = try container.decodeWhole(forKey: .reps)
    lapses = try container.decodeWhole(forKey: .lapses)
    introducedAt = try container.decode(String.self, forKey: .introducedAt)
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(question, forKey: .question)
    try container.encode(state, forKey: .state)
    try container.encode(step, forKey: .step)
    try container.encode(stability, forKey: .stability)
    try container.encode(difficulty, forKey: .difficulty)
    try container.encode(due, forKey: .due)
    try container.encode(lastReview, forKey: .lastReview)
    try container.encode(reps, forKey: .reps)
    try container.encode(lapses, forKey: .lapses)
    try container.encode(introducedAt, forKey: .introducedAt)
  }
}

/// A review as the export file holds it.
struct ExportedReview: Codable, StableRecord {
  var id: Int64
  var uid: String?
  var question: String
  var at: String
  var grade: Int
  var secondsSpent: Double
  var due: String

  init(id: Int64, uid: String?, _ review: DrillReview) {
    self.id = id
    self.uid = uid
    question = review.question
    at = TimeStamp.iso(review.at)
    grade = review.grade.rawValue
    secondsSpent = review.secondsSpent
    due = TimeStamp.iso(review.due)
  }

  enum CodingKeys: String, CodingKey { case id, uid, question, at, grade, secondsSpent, due }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = Int64(try container.decodeWhole(forKey: .id))
    uid = try container.decodeIfPresent(String.self, forKey: .uid)
    question = try container.decode(String.self, forKey: .question)
    at = try container.decode(String.self, forKey: .at)
    grade = try container.decodeWhole(forKey: .grade)
    secondsSpent = try container.decode(Double.self, forKey: .secondsSpent)
    due = try container.decode(String.self, forKey: .due)
  }
}

/// The checks the drill part of an import goes through, and its conversion to stored values.
enum DrillImportCheck {
  static func cards(_ exported: [ExportedCard], pack: Pack) throws(StoreError) -> [DrillCard] {
    var seen = Set<String>()
    var result: [DrillCard] = []
    let known = Set(pack.questions.map(\.id))
    for (index, card) in exported.enumerated() {
      let name = "cards[\(index)] (\(QuotedText.quote(card.question)))"
      guard known.contains(card.question) else {
        throw .badImport(problem: "\(name) names an unknown question")
      }
      guard seen.insert(card.question).inserted else {
        throw .badImport(problem: "the question \(QuotedText.quote(card.question)) has two cards")
      }
      guard let due = TimeStamp.parse(card.due), let introduced = TimeStamp.parse(card.introducedAt)
      else { throw .badImport(problem: "\(name) has a date that is not an ISO 8601 UTC date") }
      var last: Date? = nil
      if let text = card.lastReview {
        guard let date = TimeStamp.parse(text) else {
          throw .badImport(problem: "\(name) has a lastReview that is not an ISO 8601 UTC date")
        }
        last = date
      }
      if let stability = card.stability, !(stability.isFinite && stability > 0) {
        throw .badImport(problem: "\(name) has a stability that is not above 0")
      }
      if let difficulty = card.difficulty, !FSRSScheduler.difficultyRange.contains(difficulty) {
        throw .badImport(problem: "\(name) has a difficulty outside 1-10")
      }
      guard card.reps >= 0, card.lapses >= 0, (card.step ?? 0) >= 0 else {
        throw .badImport(problem: "\(name) has a negative count")
      }
      result.append(
        DrillCard(
          question: card.question,
          card: FSRSCard(
            state: card.state, step: card.step, stability: card.stability,
            difficulty: card.difficulty, due: due, lastReview: last),
          reps: card.reps, lapses: card.lapses, introducedAt: introduced))
    }
    return result
  }

  static func reviews(_ exported: [ExportedReview], pack: Pack) throws(StoreError)
    -> [(id: Int64, review: DrillReview)]
  {
    var result: [(id: Int64, review: DrillReview)] = []
    let known = Set(pack.questions.map(\.id))
    for (index, review) in exported.enumerated() {
      let name = "reviews[\(index)] (id \(review.id))"
      guard known.contains(review.question) else {
        throw .badImport(
          problem: "\(name) names the unknown question \(QuotedText.quote(review.question))")
      }
      guard let grade = FSRSGrade(rawValue: review.grade) else {
        throw .badImport(problem: "\(name) has the grade \(review.grade), outside 1-4")
      }
      guard review.secondsSpent.isFinite, review.secondsSpent >= 0 else {
        throw .badImport(problem: "\(name) has a negative secondsSpent")
      }
      guard let at = TimeStamp.parse(review.at), let due = TimeStamp.parse(review.due) else {
        throw .badImport(problem: "\(name) has a date that is not an ISO 8601 UTC date")
      }
      result.append(
        (
          review.id,
          DrillReview(
            question: review.question, at: at, grade: grade, secondsSpent: review.secondsSpent,
            due: due)
        ))
    }
    return result
  }
}
