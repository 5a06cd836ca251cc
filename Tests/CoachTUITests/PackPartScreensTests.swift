import CoachContent
import CoachCore
import Foundation
import XCTest

@testable import CoachTUI

/// A pack that leaves a part out: home hides what it lacks, every screen it keeps reads right
/// at 80x24 and 200x60, with nothing empty and no shipped-pack words.
final class PackPartScreensTests: XCTestCase {
  static func without(_ part: PackPart, from pack: Pack) -> Pack {
    var pack = pack
    switch part {
    case .placement:
      pack.levels = pack.levels.map { level in
        var level = level
        level.requirements = []
        return level
      }
    case .typicalYears:
      pack.levels = pack.levels.map { level in
        var level = level
        level.typicalYears = []
        return level
      }
    case .stack:
      pack.categories = pack.categories.map { category in
        var category = category
        (category.pick, category.alwaysPicked) = (nil, [])
        return category
      }
    case .studyHours:
      pack.skills = pack.skills.map { skill in
        var skill = skill
        skill.hoursPerStep = nil
        return skill
      }
    case .questions: pack.questions = []
    case .behaviouralQuestions: pack.questions.removeAll { $0.kind == .behavioural }
    case .tips: pack.tips = []
    case .cvChecks: (pack.cvChecks, pack.cvMistakes) = ([], [])
    case .salaries: (pack.markets, pack.salaries, pack.noSalaryFigures) = ([], [], [])
    }
    return pack
  }

  /// Words that would mean a screen speaks of a part the pack has not got.
  static func traces(of part: PackPart) -> [String] {
    switch part {
    case .placement: return ["Where you stand", "Gaps", "p Plan", "Results"]
    case .typicalYears: return ["How many years", "Typical years", "years, market"]
    case .stack: return ["  languages    ", "  databases    ", "years, market, stack"]
    case .studyHours: return ["p Plan", "week by week", "Study plan"]
    case .questions: return ["Interview questions (", "Interview prep", "Mock interview"]
    case .behaviouralQuestions: return ["STAR practice"]
    case .tips: return ["Tips (", "Tips and advice"]
    case .cvChecks: return ["Check my CV", "polish your CV"]
    case .salaries: return ["Next market", "Salary", "years, pay"]
    }
  }

  func testEachPartLeftOutIsHiddenAndTheRestReadsRight() throws {
    let shipped = try PackLoader.shipped()
    for part in PackPart.allCases {
      let pack = Self.without(part, from: shipped)
      XCTAssertFalse(pack.has(part))
      let store = try TestStore(pack: pack)
      _ = try ReportScreensTests.addFinished(store)
      let hidden = HomeScreen.defaultEntries.filter { $0.needs.contains(part) }.compactMap(\.screen)
      for screen in ScreenID.allCases {
        guard ScreenDirectory.route(to: screen, pack: pack) != nil else {
          XCTAssertTrue(
            hidden.contains(screen) || (part == .questions && screen == .star),
            "\(screen) hidden without \(part)")
          XCTAssertThrowsError(try store.render(screen.rawValue, 80, 24))
          continue
        }
        XCTAssertFalse(hidden.contains(screen), "\(screen) shown without \(part)")
        for (width, height) in [(80, 24), (200, 60)] {
          for keys in ["", "enter"] {
            let text = try store.render(screen.rawValue, width, height, keys: keys)
            for trace in Self.traces(of: part) where screen != .help {
              XCTAssertFalse(
                text.contains(trace),
                "\(screen) \(keys) at \(width)x\(height) without \(part) says '\(trace)':\n\(text)")
            }
            XCTAssertFalse(text.contains("( years)"), text)
          }
        }
      }
    }
  }

  func testHiddenScreensAreNamedInOneSentence() throws {
    let pack = Self.without(.tips, from: try PackLoader.shipped())
    let store = try TestStore(pack: pack)
    XCTAssertThrowsError(try store.render("tips", 80, 24)) { error in
      XCTAssertEqual(
        "\(error)", "the content pack has no tips (tips.yaml), so there is no 'tips' screen.")
    }
  }

  func testALadderWithoutTypicalYearsNeverShowsEmptyYears() throws {
    var pack = try PackLoader.shipped()
    pack.levels = pack.levels.map { level in
      var level = level
      level.typicalYears = []
      return level
    }
    let store = try TestStore(pack: pack)
    _ = try ReportScreensTests.addFinished(store)
    for keys in ["", "enter", "down enter"] {
      for (width, height) in [(80, 24), (200, 60)] {
        let text = try store.render("path", width, height, keys: keys)
        XCTAssertFalse(text.contains("( years)") || text.contains("  years"), text)
        XCTAssertFalse(text.contains("Typical years"), text)
      }
    }
    let results = try store.render("results", 200, 60)
    XCTAssertFalse(results.contains("Typical:"), results)
  }
}
