import CoachContent
import CoachCore
import CoachStore
import Foundation
import TestSupport
import XCTest

@testable import CoachTUI

/// A team's ladder converted from a public framework (Content/examples/engineering-ladders):
/// five axes rated 1 to 5, each with its own step names, four tracks ranked side by side. Every
/// screen speaks the ladder's words: its numbers, its step names, its tracks.
final class TeamLadderScreensTests: XCTestCase {
  static func examplePack() throws -> Pack {
    let folder = ExamplePacks.pack("engineering-ladders")
    return try PackLoader.load(from: folder)
  }

  /// A developer who evangelizes technology, owns the system and challenges the process, but
  /// only supports people and makes an impact on the team (steps 3, 3, 2, 3, 2 of 1-5).
  static func assessed() throws -> TestStore {
    let store = try TestStore(pack: try examplePack())
    let started = try store.store.startAssessment(
      mode: .full, years: nil, market: nil, languages: [], now: TestStore.fixedNow)
    let steps = ["technology": 2, "system": 2, "people": 1, "process": 2, "influence": 1]
    for (position, skill) in store.pack.skills.enumerated() {
      try store.store.saveAnswer(
        assessment: started.id, skill: skill.id, answer: SkillAnswer(rating: steps[skill.id]),
        position: position + 1)
    }
    try store.store.finish(assessment: started.id, at: TestStore.fixedNow)
    return store
  }

  func testTheTracksStandSideBySideRankForRank() throws {
    let store = try Self.assessed()
    let narrow = try store.render("path", 80, 24)
    assertGolden(narrow, named: "team-ladder-path-80x24")
    assertGolden(try store.render("path", 200, 60), named: "team-ladder-path-200x60")
    // Tech Lead 4 sits on Developer 4's row, and is reached by moving past Developer 7.
    let row = try XCTUnwrap(
      narrow.split(separator: "\n").first { $0.hasPrefix("    Developer 4") })
    XCTAssertTrue(row.contains("Tech Lead 4"), narrow)
    let moved = try store.render("path", 80, 30, keys: "G")
    XCTAssertTrue(moved.contains("Engineering Manager 7, on Engineering Manager:"), moved)
  }

  func testTheAssessmentRatesOnTheAxisOwnSteps() throws {
    let store = try TestStore(pack: try Self.examplePack())
    let screen = try store.render("assess", 80, 24, keys: "down enter")
    assertGolden(screen, named: "team-ladder-assess-80x24")
    XCTAssertTrue(screen.contains("1 Adopts"), screen)
    XCTAssertTrue(screen.contains("5 Creates"), screen)
    XCTAssertTrue(screen.contains("1-5 Rate"), screen)
    // The years question is skipped: no level gives typical years.
    XCTAssertFalse(screen.contains("How many years"), screen)
  }

  func testLevelPageAndGapsUseTheStepNames() throws {
    let store = try Self.assessed()
    let level = try store.render("path", 80, 40, keys: "j j j enter")
    XCTAssertTrue(level.contains("People: Mentors (3); you: Supports (2)"), level)
    XCTAssertTrue(level.contains("Each requirement adds to the fit"), level)
    let gaps = try store.render("gaps", 80, 24)
    assertGolden(gaps, named: "team-ladder-gaps-80x24")
    XCTAssertTrue(gaps.contains("3 Multiple Teams"), gaps)
    XCTAssertFalse(gaps.contains("weight"), gaps)
    for screen in ["home", "results", "gaps", "path", "settings", "history"] {
      for (width, height) in [(80, 24), (200, 60)] {
        let text = try store.render(screen, width, height)
        for shipped in ["Proficient", "Expert", "backend", "Backend", "Denmark", "( years)"] {
          XCTAssertFalse(text.contains(shipped), "\(screen) \(width)x\(height) says \(shipped)")
        }
      }
    }
  }
}

/// A ladder that describes its levels in words, area by area, and rates nothing
/// (Content/examples/infracloud-engineering): browsable, never placed, and said plainly.
final class WordsOnlyLadderScreensTests: XCTestCase {
  static func examplePack() throws -> Pack {
    let folder = ExamplePacks.pack("infracloud-engineering")
    return try PackLoader.load(from: folder)
  }

  func testHomeOffersOnlyWhatAWordsOnlyLadderCanDo() throws {
    let store = try TestStore(pack: try Self.examplePack())
    let home = try store.render("home", 80, 24)
    assertGolden(home, named: "words-only-home-80x24")
    XCTAssertTrue(home.contains("does not place you"), home)
    for hidden in ["Assess my skills", "Results", "Gaps", "Jobs", "Settings", "History"] {
      XCTAssertFalse(home.contains(hidden), "home offers \(hidden):\n\(home)")
    }
    XCTAssertThrowsError(try store.render("assess", 80, 24))
  }

  func testALevelPageShowsEveryAreaWholeAndScrolls() throws {
    let store = try TestStore(pack: try Self.examplePack())
    let pack = store.pack
    let level = try XCTUnwrap(pack.level("staff-engineer"))
    let page = try store.render("path", 80, 24, keys: "j j j enter")
    assertGolden(page, named: "words-only-level-80x24")
    XCTAssertTrue(page.contains("described in words only"), page)
    XCTAssertFalse(page.contains("What the assessment checks"), page)
    // Every expectation of every area is on the page, scrolled to with the keys.
    var loop = try store.loop("path", keys: "j j j enter", width: 80, height: 24)
    var seen = loop.frame().text
    for _ in 0..<60 {
      loop.send(.key(.pageDown))
      seen += loop.frame().text
    }
    let words = seen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    for criterion in level.criteria {
      XCTAssertTrue(seen.contains(pack.categoryName(criterion.area)), criterion.area)
      for expectation in criterion.expectations {
        let start = expectation.split(separator: " ").prefix(6).joined(separator: " ")
        XCTAssertTrue(words.contains(start), "missing: \(start)")
      }
    }
  }
}
