import CoachCore
import Foundation
import GRDB

/// Reading and writing mock interviews and STAR answers as rows.
enum MockRows {
  static func fetchInterviews(
    _ db: Database, where clause: String = "", arguments: StatementArguments = []
  ) throws -> [MockInterview] {
    let rows = try Row.fetchAll(
      db,
      sql:
        "SELECT id, startedAt, finishedAt, length, focus, questions, missedToDrillsAt "
        + "FROM mockInterview \(clause)",
      arguments: arguments)
    var interviews = try rows.map(interview(from:))
    guard !interviews.isEmpty else { return [] }
    var index: [Int64: Int] = [:]
    for (offset, interview) in interviews.enumerated() { index[interview.id] = offset }
    let answerSQL =
      interviews.count == 1
      ? "SELECT * FROM mockAnswer WHERE interviewId = ? ORDER BY position"
      : "SELECT * FROM mockAnswer ORDER BY interviewId, position"
    let answerArguments: StatementArguments = interviews.count == 1 ? [interviews[0].id] : []
    for row in try Row.fetchAll(db, sql: answerSQL, arguments: answerArguments) {
      guard let offset = index[row["interviewId"] as Int64] else { continue }
      interviews[offset].answers.append(
        MockAnswer(
          position: row["position"], questionID: row["questionId"], text: row["text"],
          secondsUsed: row["secondsUsed"], timedOut: row["timedOut"] as Bool,
          ticked: JSONColumn.decode(row["ticked"]), pointCount: row["pointCount"]))
    }
    return interviews
  }

  static func interview(from row: Row) throws -> MockInterview {
    let lengthCode: String = row["length"]
    let focusCode: String = row["focus"]
    guard let length = MockLength(code: lengthCode), let focus = MockFocus(code: focusCode) else {
      throw DatabaseError(
        resultCode: .SQLITE_CORRUPT, message: "unknown mock length or focus \(lengthCode)")
    }
    return MockInterview(
      id: row["id"], startedAt: TimeStamp.date(row["startedAt"]),
      finishedAt: (row["finishedAt"] as Int64?).map(TimeStamp.date), length: length, focus: focus,
      questions: JSONColumn.decode(row["questions"]),
      missedSentToDrillsAt: (row["missedToDrillsAt"] as Int64?).map(TimeStamp.date))
  }

  /// Inserts an interview with its answers; its id when `keepID` (and free), else a new one.
  /// `uid` is its stable id from an export, else one is made.
  static func insert(_ interview: MockInterview, keepID: Bool, uid: String? = nil, _ db: Database)
    throws -> MockInterview
  {
    var stored = interview
    stored.startedAt = TimeStamp.normalized(interview.startedAt)
    stored.finishedAt = interview.finishedAt.map(TimeStamp.normalized)
    stored.missedSentToDrillsAt = interview.missedSentToDrillsAt.map(TimeStamp.normalized)
    let id = try ImportedID.free(keepID ? interview.id : nil, in: "mockInterview", db)
    try db.execute(
      sql: """
        INSERT INTO mockInterview
          (id, startedAt, finishedAt, length, focus, questions, score, uid, missedToDrillsAt)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        id, TimeStamp.millis(interview.startedAt), interview.finishedAt.map(TimeStamp.millis),
        interview.length.code, interview.focus.code, JSONColumn.encode(interview.questions),
        interview.score, uid, interview.missedSentToDrillsAt.map(TimeStamp.millis),
      ])
    stored.id = db.lastInsertedRowID
    for answer in interview.answers { try upsert(answer, interview: stored.id, db) }
    return stored
  }

  static func upsert(_ answer: MockAnswer, interview: Int64, _ db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO mockAnswer
          (interviewId, position, questionId, text, secondsUsed, timedOut, ticked, pointCount, score)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (interviewId, position) DO UPDATE SET
          questionId = excluded.questionId, text = excluded.text,
          secondsUsed = excluded.secondsUsed, timedOut = excluded.timedOut,
          ticked = excluded.ticked, pointCount = excluded.pointCount, score = excluded.score
        """,
      arguments: [
        interview, answer.position, answer.questionID, answer.text, answer.secondsUsed,
        answer.timedOut, JSONColumn.encode(answer.ticked), answer.pointCount, answer.score,
      ])
  }

  static func fetchStar(
    _ db: Database, where clause: String = "", arguments: StatementArguments = []
  )
    throws -> [SavedStarAnswer]
  {
    try Row.fetchAll(db, sql: "SELECT * FROM starAnswer \(clause)", arguments: arguments).map {
      row in
      SavedStarAnswer(
        id: row["id"], questionID: row["questionId"],
        answer: StarAnswer(
          situation: row["situation"], task: row["task"], action: row["action"],
          result: row["result"]),
        savedAt: TimeStamp.date(row["savedAt"]))
    }
  }

  static func insert(_ star: SavedStarAnswer, keepID: Bool, uid: String? = nil, _ db: Database)
    throws -> SavedStarAnswer
  {
    var stored = star
    stored.savedAt = TimeStamp.normalized(star.savedAt)
    let id = try ImportedID.free(keepID ? star.id : nil, in: "starAnswer", db)
    try db.execute(
      sql: """
        INSERT INTO starAnswer (id, questionId, situation, task, action, result, savedAt, uid)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        id, star.questionID, star.answer.situation, star.answer.task, star.answer.action,
        star.answer.result, TimeStamp.millis(star.savedAt), uid,
      ])
    stored.id = db.lastInsertedRowID
    return stored
  }
}
