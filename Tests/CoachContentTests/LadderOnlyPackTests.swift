import CoachContent
import CoachCore
import Foundation
import TestSupport
import XCTest

/// A team's ladder alone: the shipped pack without salaries, tips, CV checks, questions,
/// weights and study hours loads clean, with nothing invented.
final class LadderOnlyPackTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = TestFolders.fresh("ladder-only")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let shipped = try PackLoader.shippedFolder()
    for name in ["role.yaml", "skills.yaml", "levels.yaml"] {
      var text = try String(
        contentsOf: shipped.appendingPathComponent(name), encoding: .utf8)
      text = text.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("hours_per_step:") }
        .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("weight:") }
        .map {
          $0.replacingOccurrences(of: #", weight: [0-9.]+"#, with: "", options: .regularExpression)
        }
        .joined(separator: "\n")
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
  }

  override func tearDown() { try? FileManager.default.removeItem(at: folder) }

  func testItLoadsCleanAndHoldsNoneOfWhatItLeftOut() throws {
    let result = try PackLoader.check(folder)
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    let pack = result.pack
    XCTAssertEqual(pack.levels.count, 8)
    // The ladder itself stays: its placement, years and stack.
    let kept: [PackPart] = [.placement, .typicalYears, .stack]
    for part in PackPart.allCases {
      XCTAssertEqual(pack.has(part), kept.contains(part), "\(part)")
    }
    XCTAssertTrue(pack.skills.allSatisfy { $0.hoursPerStep == nil })
    XCTAssertTrue(
      pack.levels.allSatisfy {
        $0.requirements.allSatisfy { $0.weight == Requirement.defaultWeight }
      })
  }

  func testHoursOnSomeSkillsButNotAllIsOneError() throws {
    let url = folder.appendingPathComponent("skills.yaml")
    var text = try String(contentsOf: url, encoding: .utf8)
    text = text.replacingOccurrences(
      of: "    name: JavaScript/Node.js (Express)\n",
      with: "    name: JavaScript/Node.js (Express)\n    hours_per_step: 10\n")
    try text.write(to: url, atomically: true, encoding: .utf8)
    let errors = try PackLoader.check(folder).diagnostics.map(\.message)
    XCTAssertEqual(errors.count, 1, "\(errors)")
    XCTAssertTrue(
      errors.first?.hasPrefix("skill 'python' has no hours_per_step while 1 skill has one") == true,
      "\(errors)")
  }

  func testTheShippedPackKeepsItsParts() throws {
    let pack = try PackLoader.shipped()
    for part in PackPart.allCases { XCTAssertTrue(pack.has(part), "\(part)") }
  }
}
