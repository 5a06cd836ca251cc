import CoachCore
import Foundation
import GRDB

extension CoachStore {
  /// Starts a mock interview over the questions drawn for it, with no answers yet.
  public func startMockInterview(
    length: MockLength, focus: MockFocus, questions: [String], now: Date
  ) throws(StoreError) -> MockInterview {
    let interview = MockInterview(
      startedAt: now, length: length, focus: focus, questions: questions)
    return try write { db in try MockRows.insert(interview, keepID: false, db) }
  }

  /// Saves one confirmed answer and the interview's new score, durably, at once.
  public func saveMockAnswer(_ answer: MockAnswer, interview: Int64) throws(StoreError) {
    try Self.validate(answer)
    try write { db in
      guard
        try Bool.fetchOne(
          db, sql: "SELECT EXISTS (SELECT 1 FROM mockInterview WHERE id = ?)",
          arguments: [interview]) == true
      else { throw StoreError.invalidValue("there is no mock interview \(interview)") }
      try MockRows.upsert(answer, interview: interview, db)
      try Self.deleteDraft(
        at: .mockAnswer(interview: interview, position: answer.position), db)
      let totals = try Row.fetchAll(
        db, sql: "SELECT ticked, pointCount FROM mockAnswer WHERE interviewId = ?",
        arguments: [interview]
      ).map { row -> (ticked: Int, total: Int) in
        ((JSONColumn.decode(row["ticked"]) as [Int]).count, row["pointCount"])
      }
      try db.execute(
        sql: "UPDATE mockInterview SET score = ? WHERE id = ?",
        arguments: [MockScore.overall(totals), interview])
    }
  }

  public func finishMockInterview(_ interview: Int64, at date: Date) throws(StoreError) {
    try write { db in
      try db.execute(
        sql: "UPDATE mockInterview SET finishedAt = ? WHERE id = ?",
        arguments: [TimeStamp.millis(date), interview])
      guard db.changesCount > 0 else {
        throw StoreError.invalidValue("there is no mock interview \(interview)")
      }
      try Self.deleteDrafts(ofMockInterview: interview, db)
    }
  }

  /// Marks the interview's missed key points as sent to the drills, where their questions
  /// come first until reviewed (`MissedPoints`); the interview as stored.
  public func sendMissedPointsToDrills(_ interview: Int64, at date: Date) throws(StoreError)
    -> MockInterview
  {
    try write { db in
      try db.execute(
        sql: "UPDATE mockInterview SET missedToDrillsAt = ? WHERE id = ?",
        arguments: [TimeStamp.millis(date), interview])
      guard db.changesCount > 0,
        let stored = try MockRows.fetchInterviews(
          db, where: "WHERE id = ?", arguments: [interview]
        ).first
      else { throw StoreError.invalidValue("there is no mock interview \(interview)") }
      return stored
    }
  }

  public func mockInterview(id: Int64) throws(StoreError) -> MockInterview? {
    try read { db in
      try MockRows.fetchInterviews(db, where: "WHERE id = ?", arguments: [id]).first
    }
  }

  /// Every mock interview with its answers and score, newest first.
  public func mockInterviews() throws(StoreError) -> [MockInterview] {
    try read { db in try MockRows.fetchInterviews(db, where: "ORDER BY startedAt DESC, id DESC") }
  }

  /// Saves a STAR answer to a behavioural question; returns it as stored.
  @discardableResult
  public func saveStarAnswer(_ answer: StarAnswer, question: String, now: Date)
    throws(StoreError) -> SavedStarAnswer
  {
    try Self.validate(answer)
    let star = SavedStarAnswer(questionID: question, answer: answer, savedAt: now)
    return try write { db in
      try Self.deleteDraft(at: .star(question: question), db)
      return try MockRows.insert(star, keepID: false, db)
    }
  }

  /// Every STAR answer, newest first.
  public func starAnswers() throws(StoreError) -> [SavedStarAnswer] {
    try read { db in try MockRows.fetchStar(db, where: "ORDER BY savedAt DESC, id DESC") }
  }

  static func validate(_ answer: MockAnswer) throws(StoreError) {
    guard answer.position >= 0 else {
      throw .invalidValue("the position \(answer.position) is negative")
    }
    guard answer.secondsUsed >= 0 else {
      throw .invalidValue("the seconds used \(answer.secondsUsed) are negative")
    }
    guard answer.pointCount >= 0, answer.ticked.allSatisfy({ (0..<answer.pointCount).contains($0) })
    else {
      throw .invalidValue("a ticked key point of \(answer.questionID) is outside its key points")
    }
    try TextLimits.check(answer.text, limit: TextLimits.mockAnswer, name: "the answer's text")
  }

  static func validate(_ answer: StarAnswer) throws(StoreError) {
    for field in StarAnswer.Field.allCases {
      try TextLimits.check(
        answer[field], limit: TextLimits.starPart, name: "the \(field.name) of the STAR answer")
    }
  }
}
