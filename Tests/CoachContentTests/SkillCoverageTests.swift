import CoachContent
import CoachCore
import XCTest

/// Every skill should be required by some level, or its rating never counts: a warning for a
/// pack of one's own, an error for the shipped pack.
final class SkillCoverageTests: XCTestCase {

  func testTheMinimalPackRequiresEverySkill() throws {
    let folder = try PackFixture.write(PackFixture.files())
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try PackLoader.check(folder, displayPath: "pack")
    XCTAssertEqual(result.diagnostics, [])
    XCTAssertEqual(result.warnings, [])
  }

  func testASkillNoLevelRequiresIsAWarningAtItsDefinition() throws {
    var files = PackFixture.files()
    let levels = try XCTUnwrap(files["levels.yaml"])
    files["levels.yaml"] = levels.replacingOccurrences(
      of: "one_of: [python, go]\n        label: A language",
      with: "skill: python")
    let folder = try PackFixture.write(files)
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try PackLoader.check(folder, displayPath: "pack")
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    XCTAssertEqual(
      result.warnings.map(\.description),
      [
        "pack/skills.yaml:23:9: warning: skill 'go' is required by no level, so its rating "
          + "never counts for placement; name it in a level's requirements in levels.yaml"
      ])
    XCTAssertTrue(result.isValid)
    let shipped = try PackLoader.check(folder, displayPath: "pack", shippedRules: true)
    XCTAssertEqual(shipped.warnings, [])
    let onSkills = shipped.diagnostics.filter { $0.path == "pack/skills.yaml" }
    XCTAssertEqual(onSkills.map(\.isWarning), [false], "the question bank's minimums aside")
    XCTAssertFalse(shipped.isValid)
  }

  func testEverySkillOfTheShippedPackIsRequiredBySomeLevel() throws {
    let result = try PackLoader.check(PackLoader.shippedFolder(), shippedRules: true)
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    XCTAssertEqual(result.pack.skillsNoLevelRequires, [])
  }
}
