import CoachCore
import Foundation

/// A mock interview in an export file.
struct ExportedMockInterview: Codable, StableRecord {
  var id: Int64
  var uid: String?
  var startedAt: String
  var finishedAt: String?
  /// "questions:3" or "minutes:20".
  var length: String
  /// "all", "gaps", "kind:technical", "level:senior".
  var focus: String
  var questions: [String]
  var answers: [MockAnswer]
  /// When its missed key points were sent to the drills; absent until then.
  var missedToDrillsAt: String?

  init(_ interview: MockInterview, uid: String?) {
    id = interview.id
    self.uid = uid
    startedAt = TimeStamp.iso(interview.startedAt)
    finishedAt = interview.finishedAt.map(TimeStamp.iso)
    length = interview.length.code
    focus = interview.focus.code
    questions = interview.questions
    answers = interview.answers
    missedToDrillsAt = interview.missedSentToDrillsAt.map(TimeStamp.iso)
  }
}

/// A STAR answer in an export file.
struct ExportedStarAnswer: Codable, StableRecord {
  var id: Int64
  var uid: String?
  var questionID: String
  var situation: String
  var task: String
  var action: String
  var result: String
  var savedAt: String

  init(_ star: SavedStarAnswer, uid: String?) {
    id = star.id
    self.uid = uid
    questionID = star.questionID
    situation = star.answer.situation
    task = star.answer.task
    action = star.answer.action
    result = star.answer.result
    savedAt = TimeStamp.iso(star.savedAt)
  }
}

/// The checks of the mock interview and STAR parts of an import, and their conversion.
enum MockImportCheck {
  static func interviews(_ exported: [ExportedMockInterview], pack: Pack) throws(StoreError)
    -> [MockInterview]
  {
    var ids = Set<Int64>()
    var result: [MockInterview] = []
    let known = Set(pack.questions.map(\.id))
    for (index, item) in exported.enumerated() {
      let name = "mockInterviews[\(index)] (id \(item.id))"
      guard ids.insert(item.id).inserted else {
        throw .badImport(problem: "the id \(item.id) appears twice in mockInterviews")
      }
      guard let started = TimeStamp.parse(item.startedAt) else {
        throw .badImport(problem: "\(name) has a startedAt that is not an ISO 8601 UTC date")
      }
      var finished: Date?
      if let text = item.finishedAt {
        guard let end = TimeStamp.parse(text), end >= started else {
          throw .badImport(problem: "\(name) has a finishedAt that is not a date after its start")
        }
        finished = end
      }
      var sent: Date?
      if let text = item.missedToDrillsAt {
        guard let date = TimeStamp.parse(text) else {
          throw .badImport(
            problem: "\(name) has a missedToDrillsAt that is not an ISO 8601 UTC date")
        }
        sent = date
      }
      guard let length = MockLength(code: item.length) else {
        throw .badImport(problem: "\(name) has the unknown length \(QuotedText.quote(item.length))")
      }
      guard let focus = MockFocus(code: item.focus) else {
        throw .badImport(problem: "\(name) has the unknown focus \(QuotedText.quote(item.focus))")
      }
      for question in item.questions + item.answers.map(\.questionID)
      where !known.contains(question) {
        throw .badImport(
          problem: "\(name) names the unknown question \(QuotedText.quote(question))")
      }
      // The app stores answers in order, one per question asked; resuming relies on it.
      let positions = item.answers.map(\.position)
      guard positions == Array(positions.indices), positions.count <= item.questions.count else {
        throw .badImport(
          problem: "\(name) has answers out of order or for more questions than it asks")
      }
      for answer in item.answers {
        do {
          try CoachStore.validate(answer)
        } catch {
          throw .badImport(
            problem:
              "\(name) has an invalid answer at position \(answer.position): \(error.problem)")
        }
      }
      result.append(
        MockInterview(
          id: item.id, startedAt: started, finishedAt: finished, length: length, focus: focus,
          questions: item.questions, answers: item.answers, missedSentToDrillsAt: sent))
    }
    return result
  }

  static func stars(_ exported: [ExportedStarAnswer], pack: Pack) throws(StoreError)
    -> [SavedStarAnswer]
  {
    var result: [SavedStarAnswer] = []
    let known = Set(pack.questions.map(\.id))
    for (index, item) in exported.enumerated() {
      let name = "starAnswers[\(index)] (id \(item.id))"
      guard known.contains(item.questionID) else {
        throw .badImport(
          problem: "\(name) names the unknown question \(QuotedText.quote(item.questionID))")
      }
      guard let saved = TimeStamp.parse(item.savedAt) else {
        throw .badImport(problem: "\(name) has a savedAt that is not an ISO 8601 UTC date")
      }
      let answer = StarAnswer(
        situation: item.situation, task: item.task, action: item.action, result: item.result)
      do {
        try CoachStore.validate(answer)
      } catch {
        throw .badImport(problem: "in \(name), \(error.problem)")
      }
      result.append(
        SavedStarAnswer(id: item.id, questionID: item.questionID, answer: answer, savedAt: saved))
    }
    return result
  }
}
