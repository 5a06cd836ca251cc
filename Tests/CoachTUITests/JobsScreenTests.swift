import CoachCore
import CoachStore
import XCTest

@testable import CoachTUI

/// The Jobs screen lists the saved ads, shows an ad's fit, takes a pasted ad, removes one
/// after asking, and marks the job the user prepares for.
final class JobsScreenTests: XCTestCase {
  static let ad = """
    Senior Backend Engineer
    We need 5+ years of Go, PostgreSQL, Kubernetes and Kafka.
    """

  private func withAJob() throws -> TestStore {
    let store = try TestStore()
    try store.store.addJob(text: Self.ad, at: TestStore.fixedNow)
    try store.store.addJob(text: "Junior Python developer\nDjango and SQL.", at: TestStore.fixedNow)
    return store
  }

  func testGoldens() throws {
    let store = try withAJob()
    assertGolden(try store.render("jobs", 80, 24), named: "jobs-80x24")
    assertGolden(try store.render("jobs", 60, 18), named: "jobs-60x18")
    assertGolden(try store.render("jobs", 80, 24, keys: "enter"), named: "jobs-fit-80x24")
    assertGolden(
      try store.render("jobs", 80, 24, keys: "a G o space j o b enter K a f k a"),
      named: "jobs-add-80x24")
    let empty = try TestStore()
    assertGolden(try empty.render("jobs", 80, 24), named: "jobs-empty-80x24")
  }

  func testATypedAdIsStoredAndItsFitShown() throws {
    let store = try TestStore()
    let screen = try store.loop(
      "jobs", keys: "a S e n i o r space G o enter K a f k a ctrl-d"
    ).frame().text
    XCTAssertEqual(try store.store.jobs().map(\.title), ["Senior Go"])
    XCTAssertTrue(screen.contains("Skills the ad asks for"), screen)
  }

  func testAnEmptyAdIsRefusedAndNothingStored() throws {
    let store = try TestStore()
    let screen = try store.loop("jobs", keys: "a space ctrl-d").frame().text
    XCTAssertTrue(screen.contains("The ad is empty"), screen)
    XCTAssertEqual(try store.store.jobs().count, 0)
  }

  func testRemovingAsksFirst() throws {
    let store = try withAJob()
    _ = try store.loop("jobs", keys: "d n")
    XCTAssertEqual(try store.store.jobs().count, 2)
    _ = try store.loop("jobs", keys: "d y")
    XCTAssertEqual(try store.store.jobs().map(\.id), ["job-2"])
  }

  func testTargetTogglesTheJobSetting() throws {
    let store = try withAJob()
    let screen = try store.loop("jobs", keys: "down t").frame().text
    XCTAssertEqual(try store.store.settings().job, "job-2")
    XCTAssertTrue(screen.contains("★ job-2"), screen)
    _ = try store.loop("jobs", keys: "down t")
    XCTAssertNil(try store.store.settings().job)
  }

  func testEscWithPastedTextAsksBeforeDiscarding() throws {
    let store = try TestStore()
    let asking = try store.loop("jobs", keys: "a x esc").frame().text
    XCTAssertTrue(asking.contains("Discard the ad?"), asking)
    let back = try store.loop("jobs", keys: "a x esc y").frame().text
    XCTAssertTrue(back.contains("No job ads saved yet"), back)
    XCTAssertEqual(try store.store.jobs().count, 0)
  }
}
