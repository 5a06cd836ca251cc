import CoachCore
import XCTest

@testable import CoachTUI

/// Every key of every screen lives in one table: no screen binds a key twice, and help lists
/// each binding once, leaving out the shared keys a screen takes for itself.
final class KeyTableTests: XCTestCase {
  /// Screens, and states within them, reached from home as a user reaches them.
  private let states: [(screen: String, keys: String)] = [
    ("home", ""), ("assess", ""), ("assess", "enter"), ("assess", "enter enter"),
    ("assess", "enter enter enter enter"), ("assess", "enter enter enter enter enter"),
    ("results", ""), ("gaps", ""), ("gaps", "enter"), ("plan", ""), ("path", ""),
    ("path", "down enter"), ("tips", ""), ("cv", ""), ("drill", ""), ("drill", "space"),
    ("drill", "space 3 esc"), ("drill", "esc /"),
    ("mock", ""), ("mock", "enter"), ("mock", "enter x ctrl-d"), ("star", ""), ("star", "enter"),
    ("star", "enter n"), ("star", "enter e"),
    ("stats", ""), ("history", ""), ("history", "space down space enter"), ("home", "/"),
    ("home", ":"), ("results", ":"),
    ("settings", ""), ("settings", "enter"), ("settings", "down enter"),
    ("results", "e"), ("gaps", "e"), ("path", "down enter e"), ("star", "enter v"),
  ]

  private func store() throws -> TestStore {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store, shift: -1, at: -86_400 * 30)
    try ReportScreensTests.addFinished(store)
    let first = StarQuestionsScreen(pack: store.pack).questions[0]
    try store.store.saveStarAnswer(
      StarAnswer(situation: "A story"), question: first.id, now: TestStore.fixedNow)
    return store
  }

  func testNoScreenBindsAKeyTwice() throws {
    let store = try store()
    for state in states {
      let top = try store.loop(state.screen, keys: state.keys).state.top
      let keys = top.keyHelp.flatMap(\.keys)
      let twice = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys
      XCTAssertTrue(
        twice.isEmpty, "\(state.screen) [\(state.keys)] (\(top.title)) binds twice: \(twice)")
    }
  }

  func testHelpListsEachBindingOnce() throws {
    let store = try store()
    for state in states {
      let top = try store.loop(state.screen, keys: state.keys).state.top
      let shared = GlobalKeys.help(besides: top.keyHelp, capturingText: top.capturesText)
      let listed = top.keyHelp + shared + InterruptKeys.table.help
      let lines = listed.map { "\($0.label) \($0.help)" }
      XCTAssertEqual(
        lines.count, Set(lines).count, "\(state.screen) [\(state.keys)] help: \(lines)")
      let keys = listed.flatMap(\.keys)
      XCTAssertEqual(keys.count, Set(keys).count, "\(state.screen) [\(state.keys)] keys: \(lines)")
    }
  }

  func testWhileTypingTheFooterOffersNoLetterThatWouldBeTyped() throws {
    let store = try store()
    let footer = try store.loop("mock", keys: "enter").frame().text.split(separator: "\n").last
    XCTAssertEqual(footer.map(String.init)?.contains("q Quit"), false)
    XCTAssertEqual(footer.map(String.init)?.contains("? Help"), false)
  }
}

/// Screens have one name, used by the home menu and `snapshot --screen` alike.
final class ScreenDirectoryTests: XCTestCase {
  func testEveryScreenNameOpensThatScreen() throws {
    let store = try TestStore()
    let titles: [ScreenID: String] = [
      .home: "Home", .assess: "Assess", .results: "Results", .gaps: "Gaps", .plan: "Plan",
      .path: "Career path", .tips: "Tips", .cv: "Check my CV", .drill: "Drill",
      .mock: "Mock interview", .star: "STAR practice", .stats: "Statistics", .history: "History",
      .settings: "Settings",
    ]
    for (screen, title) in titles {
      let top = try store.loop(screen.rawValue).state.top
      XCTAssertTrue(top.title.hasPrefix(title), "\(screen) opened \(top.title)")
    }
    XCTAssertTrue(try store.loop("help").state.helpVisible)
  }

  func testAnUnknownNameIsAnErrorListingTheKnownOnes() throws {
    let store = try TestStore()
    XCTAssertThrowsError(try store.loop("preferences")) { error in
      XCTAssertEqual(
        "\(error)",
        "unknown screen 'preferences'; known screens: home, help, assess, results, gaps, plan, "
          + "path, tips, cv, drill, mock, star, stats, history, settings, jobs, team.")
    }
  }
}
