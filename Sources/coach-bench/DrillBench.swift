import CoachCore
import CoachStore
import CoachTUI
import Foundation
import GRDB

/// The statistics screen and the next flashcard over 100,000 stored reviews.
struct DrillBench {
  let pack: Pack
  let folder: URL
  let store: CoachStore
  let now = Date()

  /// A store holding `reviews` reviews spread over 400 days across every question, and one
  /// card per question, written straight into the tables in one transaction.
  init(pack: Pack, reviews: Int) throws {
    self.pack = pack
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "coach-bench-drill-\(getpid())")
    try? FileManager.default.removeItem(at: folder)
    store = try CoachStore(folder: folder)
    let questions = pack.questions.map(\.id)
    let nowMillis = Int64(now.timeIntervalSince1970 * 1000)
    let day: Int64 = 86_400_000
    let queue = try DatabaseQueue(path: store.databaseURL.path)
    try queue.write { db in
      for index in 0..<reviews {
        let at = nowMillis - Int64(index % 400) * day - Int64(index % 977) * 1000
        try db.execute(
          sql:
            "INSERT INTO review (questionId, at, grade, secondsSpent, due) VALUES (?, ?, ?, ?, ?)",
          arguments: [questions[index % questions.count], at, 1 + index % 4, 20.0, at + 3 * day])
      }
      for (index, question) in questions.enumerated() {
        try db.execute(
          sql: """
            INSERT INTO card (questionId, state, step, stability, difficulty, due, lastReview,
              reps, lapses, introducedAt) VALUES (?, 'review', NULL, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            question, 2.0 + Double(index % 30), 5.0, nowMillis + Int64(index % 20 - 10) * day,
            nowMillis - day, 500, index % 7, nowMillis - 400 * day,
          ])
      }
    }
    try queue.close()
  }

  func cleanUp() { try? FileManager.default.removeItem(at: folder) }

  private var effects: StoreEffects { StoreEffects(store: store, pack: pack, now: { now }) }

  /// Opening statistics from home: the keys, the store's aggregates and the frame.
  func statsOpen(runs: Int) throws -> Timings {
    let data = AppData(pack: pack, today: now)
    return try Timings.of(runs: runs) {
      let loop = try Snapshot.loop(
        screen: "stats", size: Size(width: 200, height: 60), keys: [], data: data, effects: effects)
      _ = loop.frame()
    }
  }

  /// Working out the next card: the cards, today's new ones and the queue.
  func nextCard(runs: Int) -> Timings {
    Timings.of(runs: runs) { _ = effects.run(.loadDrillPlan(.all)) }
  }
}
