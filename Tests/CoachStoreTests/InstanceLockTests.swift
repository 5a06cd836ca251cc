import CoachCore
import Foundation
import XCTest

@testable import CoachStore

/// One window writes a data folder; another finds out who holds it and only reads.
final class InstanceLockTests: StoreTestCase {
  func testASecondClaimNamesTheHolderUntilTheFirstIsReleased() throws {
    try {
      guard case .acquired(let first) = InstanceLock.acquire(in: folder) else {
        return XCTFail("the first claim should succeed")
      }
      guard case .heldBy(let pid) = InstanceLock.acquire(in: folder) else {
        return XCTFail("a second claim should find the first")
      }
      XCTAssertEqual(pid, getpid())
      let lockFile = folder.appendingPathComponent(InstanceLock.fileName).path
      XCTAssertEqual(try StoreFixture.mode(of: lockFile), 0o600)
      withExtendedLifetime(first) {}
    }()
    // The first claim is gone with its owner, as when a process ends.
    guard case .acquired = InstanceLock.acquire(in: folder) else {
      return XCTFail("a released folder can be claimed again")
    }
  }

  func testAStoreThatRefusesWritesStillReadsAndSavesNothing() throws {
    let started = try store.startAssessment(
      mode: .full, years: 3, market: nil, languages: [], now: StoreFixture.date(0))
    let reader = store.refusingWrites(.inUse(pid: 4242))
    XCTAssertEqual(try reader.assessment(id: started.id), started)
    XCTAssertThrowsError(
      try reader.saveAnswer(
        assessment: started.id, skill: "go", answer: SkillAnswer(rating: 3), position: 1)
    ) { error in
      XCTAssertEqual(error as? StoreError, .inUse(pid: 4242))
      XCTAssertTrue(
        "\(error)".contains("another career-coach window (process 4242)"), "\(error)")
    }
    XCTAssertEqual(try store.assessment(id: started.id)?.answers, [:])
  }

}
