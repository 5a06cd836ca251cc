import CoachCore
import CoachStore
import Foundation
import GRDB
import XCTest

final class ConcurrencyTests: XCTestCase {
  /// Two stores on one file (as two career-coach processes would be) write at once; every
  /// write lands and the database stays sound.
  func testTwoStoresWritingAtOnce() throws {
    let folder = StoreFixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let stores = [try CoachStore(folder: folder), try CoachStore(folder: folder)]
    let perStore = 40
    let failures = Failures()
    DispatchQueue.concurrentPerform(iterations: stores.count) { index in
      let store = stores[index]
      do {
        for round in 0..<perStore {
          let assessment = try store.startAssessment(
            mode: .full, years: Double(index), market: nil, languages: [], now: Date())
          for (position, skill) in ["go", "sql", "caching"].enumerated() {
            try store.saveAnswer(
              assessment: assessment.id, skill: skill,
              answer: SkillAnswer(rating: (round + position) % 5), position: position + 1)
          }
          try store.save(Settings(hoursPerWeek: Double(round), targetLevel: nil, objectives: []))
          try store.finish(assessment: assessment.id, at: Date())
        }
      } catch {
        failures.add("\(error)")
      }
    }
    XCTAssertEqual(failures.all, [])
    let summaries = try stores[0].summaries()
    XCTAssertEqual(summaries.count, stores.count * perStore)
    XCTAssertTrue(summaries.allSatisfy { $0.isFinished && $0.answered == 3 })
    XCTAssertEqual(Set(summaries.map(\.id)).count, summaries.count)
    let check = try DatabaseQueue(path: folder.appendingPathComponent("career-coach.sqlite").path)
      .read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
    XCTAssertEqual(check, ["ok"])
  }

  /// Two stores opening a brand-new file at the same moment both migrate it safely.
  func testTwoStoresOpeningANewFileAtOnce() throws {
    for _ in 0..<5 {
      let folder = StoreFixture.folder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let failures = Failures()
      DispatchQueue.concurrentPerform(iterations: 2) { _ in
        do {
          let store = try CoachStore(folder: folder)
          _ = try store.startAssessment(
            mode: .quick, years: nil, market: nil, languages: [], now: Date())
        } catch {
          failures.add("\(error)")
        }
      }
      XCTAssertEqual(failures.all, [])
      XCTAssertEqual(try CoachStore(folder: folder).summaries().count, 2)
    }
  }
}

final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var list: [String] = []
  func add(_ failure: String) { lock.withLock { list.append(failure) } }
  var all: [String] { lock.withLock { list } }
}
