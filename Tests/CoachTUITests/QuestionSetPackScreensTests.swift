import CoachContent
import CoachCore
import Foundation
import XCTest

@testable import CoachTUI

/// A behavioural question set alone (Tests/Packs/behavioural-questions: role.yaml and
/// questions.yaml, no skills, no levels; questions with tags, some without key points, hint or
/// level, and a kind of the pack's own): home keeps only what practises questions, and every
/// screen it keeps reads right at 80x24 and 200x60.
final class QuestionSetPackScreensTests: XCTestCase {
  static func pack() throws -> Pack {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Packs/behavioural-questions")
    return try PackLoader.load(from: folder)
  }

  /// Words of the shipped pack or of parts this pack has not got.
  static let foreign = [
    "Backend", "Junior", "CTO", "Denmark", "( years)", "Career path", "Assess", "Results",
    "Gaps", "Plan", "Jobs", "Retention per category", "Level:", "Skills:", "%",
    "technical 3 min", "Choose a point", "category:ID",
  ]

  func testHomeKeepsOnlyWhatPractisesQuestions() throws {
    let store = try TestStore(pack: try Self.pack())
    let home = try store.render("home", 80, 24)
    for entry in ["Interview prep", "Mock interview", "STAR practice", "Statistics", "Settings"] {
      XCTAssertTrue(home.contains(entry), "\(entry):\n\(home)")
    }
    XCTAssertTrue(home.contains("Practise the interview questions of Behavioural Interviews"), home)
    XCTAssertTrue(home.contains("What the app remembers: drill focus, interview day"), home)
    for screen in ["assess", "results", "gaps", "plan", "path", "tips", "cv", "jobs", "history"] {
      XCTAssertThrowsError(try store.render(screen, 80, 24), screen)
    }
  }

  func testEveryScreenItKeepsReadsRight() throws {
    let store = try TestStore(pack: try Self.pack())
    for screen in ["home", "drill", "mock", "star", "stats", "settings", "help"] {
      for (width, height) in [(80, 24), (200, 60)] {
        for keys in ["", "enter", "enter space", "/ a c m e enter"] {
          let text = try store.render(screen, width, height, keys: keys)
          for word in Self.foreign where screen != "help" {
            XCTAssertFalse(
              text.contains(word),
              "\(screen) \(keys) at \(width)x\(height) says '\(word)':\n\(text)")
          }
          XCTAssertFalse(text.contains(": \n"), "an empty list on \(screen) \(keys):\n\(text)")
        }
      }
    }
  }

  func testADrillShowsTagsAndSaysWhenThereAreNoKeyPoints() throws {
    let store = try TestStore(pack: try Self.pack())
    let question = try store.render("drill", 80, 24)
    XCTAssertTrue(question.contains("Tell me about a time you disagreed with your manager."))
    XCTAssertTrue(question.contains("Behavioural\n"), question)
    XCTAssertTrue(question.contains("Tags: acme, onsite"), question)
    XCTAssertTrue(question.contains("press Space and grade yourself"), question)
    let shown = try store.render("drill", 80, 24, keys: "space")
    XCTAssertTrue(shown.contains("This question lists no key points to check."), shown)
    XCTAssertFalse(shown.contains("Hint:"), shown)
    let next = try store.render("drill", 200, 60, keys: "space space space")
    XCTAssertTrue(next.contains("Hint: Say what you changed afterwards"), next)
    XCTAssertEqual(try store.store.reviews().count, 1, "the first question, graded Good")
  }

  func testSTARPracticeListsTheKindsMarkedStar() throws {
    let store = try TestStore(pack: try Self.pack())
    let list = try store.render("star", 80, 24)
    XCTAssertTrue(list.contains("Pick a behavioural question"), list)
    XCTAssertTrue(list.contains("Tell me about someone you helped grow."), list)
    XCTAssertFalse(list.contains("Why do you want to work here?"), "not a STAR kind:\n\(list)")
    let typed = "enter W e space w e r e space 4 ctrl-d"
    let practice = try store.render("star", 80, 24, keys: "enter W e")
    XCTAssertTrue(practice.contains("Scope: mostly your own work is fine"), practice)
    _ = try store.render("star", 80, 24, keys: typed)
    XCTAssertEqual(try store.store.starAnswers().map(\.answer.situation), ["We were 4"])
  }

  func testAMockInterviewOnQuestionsWithoutKeyPointsSavesWithNoScore() throws {
    let store = try TestStore(pack: try Self.pack())
    // Focus: the pack's own kind, whose one question lists no key points.
    let keys = "down right right enter W ctrl-d"
    let checking = try store.render("mock", 80, 24, keys: keys)
    XCTAssertTrue(checking.contains("Values and motivation"), checking)
    XCTAssertTrue(checking.contains("This question lists no key points to check."), checking)
    XCTAssertTrue(checking.contains("Enter Save"), checking)
    let review = try store.render("mock", 80, 24, keys: keys + " enter")
    XCTAssertTrue(review.contains("Your answer is saved"), review)
    XCTAssertTrue(review.contains("saved; this question lists no key points to check"), review)
    XCTAssertFalse(review.contains("%"), review)
    let stats = try store.render("stats", 80, 24)
    XCTAssertTrue(stats.contains("1 finished interview has no score"), stats)
  }
}
