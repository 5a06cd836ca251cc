import CoachContent
import CoachCore
import Foundation
import TestSupport
import XCTest

@testable import CoachTUI

/// A team's pack that gives none of the optional texts: no role summary or sections, no
/// category or skill descriptions, no level overview or source. It loads clean, and every
/// screen reads right at 80x24 and 200x60: no empty heading, no blank "Overview", no dangling
/// "Source:" line or colon.
final class OptionalTextsScreensTests: XCTestCase {
  static let role = """
    id: our-team
    title: Platform Engineer
    sources:
      - id: ladder
        title: Our ladder
    """
  static let skills = """
    categories:
      - id: delivery
        name: Delivery
      - id: craft
        name: Craft
    skills:
      - id: shipping
        name: Shipping changes
        category: delivery
      - id: reviews
        name: Code review
        category: craft
      - id: testing
        name: Testing
        category: craft
    """
  static let levels = """
    levels:
      - id: engineer
        name: Engineer
        requirements:
          - skill: shipping
            min: 2
          - skill: reviews
            min: 1
      - id: senior-engineer
        name: Senior Engineer
        requirements:
          - skill: shipping
            min: 3
          - skill: testing
            min: 3
    tracks:
      - id: ladder
        name: Engineering
        source: ladder
        levels: [engineer, senior-engineer]
    """
  /// A tip, so the Tips screen and its Role tab are there.
  static let tips = """
    tips:
      - id: small-changes
        category: day
        title: Ship small changes
        text: Small changes are reviewed sooner and break less.
        source: ladder
    """

  private var folder: URL!

  override func setUpWithError() throws {
    folder = TestFolders.fresh("optional-texts")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDown() { try? FileManager.default.removeItem(at: folder) }

  /// The pack, with `role` and `levels` as given.
  private func load(role: String = role, levels: String = levels) throws -> Pack {
    let files = [
      "role.yaml": role, "skills.yaml": Self.skills, "levels.yaml": levels, "tips.yaml": Self.tips,
    ]
    for (name, text) in files {
      try (text + "\n").write(
        to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let result = try PackLoader.check(folder)
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    return result.pack
  }

  /// Each screen with the keys that open what it shows of a level, a skill, an area, the role.
  static let views: [(screen: String, keys: String)] = [
    ("home", ""), ("path", ""), ("path", "enter"), ("path", "down"), ("path", "down enter"),
    ("tips", "backtab"), ("assess", "enter"), ("assess", "down enter"), ("results", ""),
    ("gaps", ""), ("gaps", "enter"), ("home", "/ t e s t i n g enter"),
    ("home", "/ e n g i n e e r enter"),
  ]

  func testEveryScreenReadsRightWithoutTheOptionalTexts() throws {
    let pack = try load()
    XCTAssertNil(pack.role.summary)
    XCTAssertEqual(pack.role.sections, [])
    XCTAssertTrue(pack.categories.allSatisfy { $0.description == nil })
    XCTAssertTrue(pack.skills.allSatisfy { $0.description == nil })
    XCTAssertTrue(pack.levels.allSatisfy { $0.overview == nil && $0.source == nil })
    let store = try TestStore(pack: pack)
    _ = try ReportScreensTests.addFinished(store)
    for (screen, keys) in Self.views {
      for (width, height) in [(80, 24), (200, 60)] {
        let text = try store.render(screen, width, height, keys: keys)
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let place = "\(screen) \(keys) at \(width)x\(height):\n\(text)"
        XCTAssertFalse(lines.contains("Overview"), place)
        XCTAssertFalse(lines.contains { $0.hasSuffix(":") }, place)
        XCTAssertFalse(text.contains("( years)"), place)
        // The one tip names its source; nothing else in this pack has one to show.
        if screen != "tips" { XCTAssertFalse(text.contains("Source"), place) }
      }
    }
    let path = try store.render("path", 80, 24)
    XCTAssertTrue(path.contains("Engineer, on Engineering.\n"), path)
    let role = try store.render("tips", 80, 24, keys: "backtab")
    XCTAssertTrue(
      role.contains("The content pack describes the role by its title alone: Platform"), role)
  }

  func testTheTextsShowWhenThePackGivesThem() throws {
    let role =
      Self.role + """

        summary: Keep the platform running and easy to build on.
        sections:
          - id: what-it-is
            title: What a platform engineer does
            body: Builds the paths other teams ship on.
            source: ladder
        """
    let levels = Self.levels.replacingOccurrences(
      of: "    name: Engineer\n",
      with: "    name: Engineer\n    overview: Ships changes with a little help.\n"
        + "    source: ladder\n")
    let store = try TestStore(pack: try load(role: role, levels: levels))
    let detail = try store.render("path", 80, 24, keys: "enter")
    XCTAssertTrue(detail.contains("  Overview\n    Ships changes with a little help."), detail)
    XCTAssertTrue(detail.contains("    Source: Our ladder"), detail)
    let path = try store.render("path", 80, 24)
    XCTAssertTrue(path.contains("Engineer, on Engineering:"), path)
    XCTAssertTrue(path.contains("Ships changes with a little help."), path)
    let about = try store.render("tips", 80, 24, keys: "backtab")
    XCTAssertTrue(about.contains("Keep the platform running"), about)
    XCTAssertTrue(about.contains("What a platform engineer does"), about)
  }

  func testASourceWithoutAnOverviewFollowsTheLevelsTracks() throws {
    let levels = Self.levels.replacingOccurrences(
      of: "    name: Engineer\n", with: "    name: Engineer\n    source: ladder\n")
    let store = try TestStore(pack: try load(levels: levels))
    for (width, height) in [(80, 24), (200, 60)] {
      let detail = try store.render("path", width, height, keys: "enter")
      XCTAssertTrue(detail.contains("  On: Engineering\n  Source: Our ladder\n"), detail)
      XCTAssertFalse(detail.contains("Overview"), detail)
    }
  }
}
