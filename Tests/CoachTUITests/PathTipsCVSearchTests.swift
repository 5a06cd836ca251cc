import CoachCore
import CoachStore
import Foundation
import XCTest

@testable import CoachTUI

/// The career path, level detail, tips, CV check and search screens, over a real store.
final class PathTipsCVSearchTests: XCTestCase {
  static var samples: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("CVSamples")
  }

  /// Keys that type `text` into a field, one character at a time.
  static func typing(_ text: String) -> String {
    text.map { $0 == " " ? "space" : String($0) }.joined(separator: " ")
  }

  /// Renders with the CV samples folder as the current directory, so a typed relative path
  /// reads the same on every machine.
  func inSamples<T>(_ body: () throws -> T) rethrows -> T {
    let previous = FileManager.default.currentDirectoryPath
    _ = FileManager.default.changeCurrentDirectoryPath(Self.samples.path)
    defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
    return try body()
  }

  func testGoldens() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store)
    for size in [(80, 24), (120, 40)] {
      let suffix = "\(size.0)x\(size.1)"
      assertGolden(try store.render("path", size.0, size.1), named: "path-\(suffix)")
      assertGolden(
        try store.render("path", size.0, size.1, keys: "down down down enter"),
        named: "level-detail-\(suffix)")
      assertGolden(try store.render("tips", size.0, size.1), named: "tips-for-you-\(suffix)")
      assertGolden(
        try store.render("tips", size.0, size.1, keys: "left left left"),
        named: "tips-denmark-\(suffix)")
      // The pack's prose reflows to the width instead of keeping its file's line ends.
      assertGolden(
        try store.render("tips", size.0, size.1, keys: "left left"), named: "tips-day-\(suffix)")
      assertGolden(
        try store.render("tips", size.0, size.1, keys: "left"), named: "tips-role-\(suffix)")
      assertGolden(
        try inSamples {
          try store.render("cv", size.0, size.1, keys: Self.typing("weak.txt") + " enter")
        },
        named: "cv-\(suffix)")
      assertGolden(
        try store.render("home", size.0, size.1, keys: "/ " + Self.typing("cache")),
        named: "search-\(suffix)")
    }
  }

  func testWithoutAnAssessmentThePathAndTipsStillWorkAndSaySo() throws {
    let store = try TestStore()
    let path = try store.render("path", 80, 24)
    XCTAssertTrue(path.contains("Assess yourself"), path)
    XCTAssertTrue(path.contains("CTO"), path)
    XCTAssertFalse(path.contains("you are here"), path)
    let detail = try store.render("path", 80, 24, keys: "enter")
    XCTAssertTrue(detail.contains("Assess yourself to see how many gaps"), detail)
    let tips = try store.render("tips", 80, 24)
    XCTAssertTrue(tips.contains("No assessment yet"), tips)
  }

  func testThePathMarksThePlacementAndTheTarget() throws {
    let store = try TestStore()
    let assessment = try ReportScreensTests.addFinished(store)
    let report = CareerReport.make(pack: store.pack, profile: assessment.profile(pack: store.pack))
    let screen = try store.render("path", 120, 40)
    let placed = try XCTUnwrap(report.ladder?.level)
    let placedRow = try XCTUnwrap(
      screen.split(separator: "\n").first { $0.contains(store.pack.levelName(placed) + " ") })
    XCTAssertTrue(placedRow.contains("you are here"), screen)
    let target = try XCTUnwrap(report.target)
    let targetRow = try XCTUnwrap(
      screen.split(separator: "\n").first {
        $0.contains(store.pack.levelName(target) + " ") && !$0.contains(":")
      })
    XCTAssertTrue(targetRow.contains("your target"), screen)
  }

  func testTheBranchesHangOffTheLevelTheyLeaveFrom() throws {
    let store = try TestStore()
    let lines = try store.render("path", 80, 24).split(separator: "\n").map(String.init)
    let mid = try XCTUnwrap(lines.firstIndex { $0.contains("Mid-Level Backend Developer") })
    XCTAssertTrue(lines[mid + 1].contains("├─→ Contract/Freelance"), lines.joined(separator: "\n"))
    let senior = try XCTUnwrap(lines.firstIndex { $0.contains("  Senior Backend Developer") })
    XCTAssertTrue(lines[senior + 1].contains("├─→ Lead Backend Developer"))
    let ascii = try Snapshot.loop(
      screen: "path", size: Size(width: 80, height: 24), keys: [], data: store.data,
      effects: store.effects, context: DrawContext(theme: .monochrome, glyphs: .ascii)
    ).frame().text
    XCTAssertTrue(ascii.contains("+-> Contract/Freelance"), ascii)
    XCTAssertFalse(ascii.contains("│"), ascii)
  }

  func testMCyclesTheMarketsInThePackOrderAndTheSalaryFollows() throws {
    let store = try TestStore()
    var screens: [String] = []
    for presses in 0..<5 {
      let keys = ["enter"] + Array(repeating: "m", count: presses)
      screens.append(try store.render("path", 80, 24, keys: keys.joined(separator: " ")))
    }
    XCTAssertTrue(screens[0].contains("Salary in Denmark (DKK)"), screens[0])
    XCTAssertTrue(
      screens[0].contains("300,000 to 480,000 DKK a year (42,000 to 67,000 USD)"), screens[0])
    XCTAssertTrue(screens[1].contains("Salary in Europe (EUR)"), screens[1])
    XCTAssertTrue(screens[1].contains("50,000 to 95,000 EUR a year"), screens[1])
    XCTAssertTrue(screens[1].contains("No public figure for this level in Europe."), screens[1])
    XCTAssertTrue(screens[2].contains("Salary in Germany (EUR)"), screens[2])
    XCTAssertTrue(
      screens[2].contains("average 49,022 EUR, median 57,387 EUR a year"), "junior's own figure")
    XCTAssertTrue(screens[3].contains("Salary in United States (USD)"), screens[3])
    XCTAssertTrue(screens[3].contains("No public figure for this level in United"), screens[3])
    for screen in screens[1...3] {
      XCTAssertTrue(
        screen.contains("For the role as a whole (all levels), not for this level alone:"), screen)
    }
    XCTAssertFalse(screens[0].contains("For the role as a whole"), "Denmark has no such figure")
    let us = screens[3].components(separatedBy: "\n")
    let roleWide = try XCTUnwrap(us.firstIndex { $0.contains("For the role as a whole") })
    for figure in ["90,000 to 130,000 USD a year", "average 103,568 USD a year"] {
      let line = try XCTUnwrap(us.firstIndex { $0.contains(figure) }, screens[3])
      XCTAssertGreaterThan(line, roleWide, "\(figure) is shown as the role's, not the level's")
    }
    XCTAssertEqual(screens[4], screens[0], "after the last market comes the first again")
  }

  func testTheLevelDetailCountsTheGapsToIt() throws {
    let store = try TestStore()
    let assessment = try ReportScreensTests.addFinished(store)
    let profile = assessment.profile(pack: store.pack)
    let cto = try XCTUnwrap(store.pack.level("cto"))
    let count = Gaps.gaps(to: cto, pack: store.pack, profile: profile).count
    let screen = try store.render("path", 80, 24, keys: "G enter")
    XCTAssertTrue(screen.contains("\(count) gaps separate you from this level"), screen)
  }

  func testForYouChangesWithTheAssessment() throws {
    let store = try TestStore()
    let before = try store.render("tips", 120, 40)
    try ReportScreensTests.addFinished(store)
    let after = try store.render("tips", 120, 40)
    XCTAssertNotEqual(before, after)
    XCTAssertTrue(after.contains("From your latest assessment"), after)
    XCTAssertTrue(after.contains("Because "), after)
  }

  func testEveryTabShowsItsAdviceWithSources() throws {
    let store = try TestStore()
    var loop = try store.loop("tips", width: 120, height: 40)
    for tab in TipsScreen.tabs(for: store.pack) {
      let screen = loop.frame().text
      XCTAssertTrue(screen.contains(tab.heading), "\(tab): \(screen)")
      XCTAssertTrue(screen.contains("Source: "), "\(tab): \(screen)")
      loop.send(.key(.tab))
    }
    XCTAssertTrue(loop.frame().text.contains("Picked for you"), "Tab wraps to the first tab")
    loop.send(.key(.backTab))
    XCTAssertTrue(loop.frame().text.contains("About the role"))
  }

  func testTheCVCheckReportsAProblemWithTheFileAndStaysOnThePath() throws {
    let store = try TestStore()
    let binary = try inSamples {
      try store.render("cv", 80, 24, keys: Self.typing("binary.pdf") + " enter")
    }
    XCTAssertTrue(binary.contains("binary.pdf is not plain text"), binary)
    let folder = try inSamples { try store.render("cv", 80, 24, keys: ". enter") }
    XCTAssertTrue(folder.contains(". is a folder, not a file."), folder)
    let missing = try store.render("cv", 80, 24, keys: Self.typing("~/no-such-cv.txt") + " enter")
    XCTAssertTrue(missing.contains("~/no-such-cv.txt does not exist."), missing)
  }

  func testTheCVCheckShowsMissingItemsAndMistakesWithLines() throws {
    let store = try TestStore()
    let loop = try inSamples {
      try store.loop("cv", keys: Self.typing("strong.md") + " enter", width: 120, height: 200)
    }
    let screen = loop.frame().text
    XCTAssertTrue(screen.contains("It shows 11 of the 11 things"), screen)
    XCTAssertTrue(screen.contains("+ Measurable impact (lines 13, 14, 18, 24)"), screen)
    let weak = try inSamples {
      try store.render("cv", 120, 200, keys: Self.typing("weak.txt") + " enter")
    }
    XCTAssertTrue(weak.contains("! Duties instead of results (lines 9, 10)"), weak)
    XCTAssertTrue(weak.contains("Suggestion: Add a metric"), weak)
    XCTAssertTrue(weak.contains("- Measurable impact"), weak)
  }

  func testTildeIsTheHomeFolder() {
    XCTAssertEqual(CVFile.expand("~/cv.md", home: "/home/ann"), "/home/ann/cv.md")
    XCTAssertEqual(CVFile.expand("~", home: "/home/ann"), "/home/ann")
    XCTAssertEqual(CVFile.expand("a~/cv.md", home: "/home/ann"), "a~/cv.md")
  }

  func testSlashOpensSearchFromListScreensButIsTextWhileTyping() throws {
    let store = try TestStore()
    for screen in ["home", "path", "tips", "gaps", "history"] {
      let loop = try store.loop(screen, keys: "/")
      XCTAssertEqual(loop.state.top.title, "Search", screen)
    }
    let typing = try store.loop("cv", keys: "/ t")
    XCTAssertEqual(typing.state.top.title, "Check my CV")
    let search = try store.loop("home", keys: "/ q ? /")
    XCTAssertEqual(search.state.top.title, "Search", "q, ? and / are part of the query")
    XCTAssertFalse(search.state.quitting)
  }

  func testSearchOpensAQuestionALevelASkillAndATip() throws {
    let store = try TestStore()
    let question = try XCTUnwrap(store.pack.questions.first { $0.followUps.count > 0 })
    // The field holds 100 characters: the first words of the question are enough.
    var query = ""
    for word in question.text.split(separator: " ") where query.count + word.count < 90 {
      query += (query.isEmpty ? "" : " ") + word
    }
    let hits = PackSearch.search(query, in: store.pack)
    XCTAssertEqual(hits.first?.target, .question(question.id), query)
    let opened = try store.render("home", 120, 60, keys: "/ " + Self.typing(query) + " enter")
    XCTAssertTrue(opened.contains("Key points of a good answer"), opened)
    XCTAssertTrue(opened.contains(question.keyPoints[0].prefix(40)), opened)
    XCTAssertTrue(opened.contains("Follow-up questions"), opened)
    let level = try store.render("home", 80, 24, keys: "/ " + Self.typing("architect") + " enter")
    XCTAssertTrue(level.contains("Salary in"), level)
    let skill = try store.render("home", 120, 60, keys: "/ " + Self.typing("postgresql") + " enter")
    XCTAssertTrue(skill.contains("What each rating looks like"), skill)
    XCTAssertTrue(skill.contains("Levels that ask for it"), skill)
    let tip = store.pack.tips[0]
    let tipScreen = try store.render(
      "home", 120, 40, keys: "/ " + Self.typing(tip.title) + " enter")
    XCTAssertTrue(tipScreen.contains("Category:"), tipScreen)
    XCTAssertTrue(tipScreen.contains("Source:"), tipScreen)
    let back = try store.loop("home", keys: "/ " + Self.typing("architect") + " enter esc")
    XCTAssertEqual(back.state.top.title, "Search", "Esc goes back to the results")
  }

  func testAtTheMinimumSizeNamesStayWholeAndTheCurrentTabShows() throws {
    let store = try TestStore()
    let path = try store.render("path", 60, 18)
    XCTAssertTrue(path.contains("├─→ Contract/Freelance Backend Developer"), path)
    let tips = try store.render("tips", 60, 18, keys: "left left")
    let bar = tips.split(separator: "\n")[1]
    XCTAssertTrue(bar.contains(" A day "), tips)
    XCTAssertTrue(bar.hasSuffix(" Role"), tips)
  }
}
