import CoachContent
import CoachCore
import XCTest

/// salaries.yaml's `no_figures` (levels of a market no public source gives a figure for) and
/// its `median`.
final class NoFigureFormatTests: XCTestCase {
  private func files(appending text: String) -> [String: String] {
    var files = PackFixture.files()
    files["salaries.yaml", default: ""] += text
    return files
  }

  func testNoFiguresLoadsWithItsReason() throws {
    let folder = try PackFixture.write(
      files(appending: "no_figures:\n  - market: dk\n    levels: [senior]\n    reason: None.\n"))
    defer { try? FileManager.default.removeItem(at: folder) }
    let pack = try PackLoader.load(from: folder)
    XCTAssertEqual(
      pack.noSalaryFigures, [NoSalaryFigure(market: "dk", levels: ["senior"], reason: "None.")])
    XCTAssertEqual(pack.salary(for: "senior", in: "dk")?.noFigure?.reason, "None.")
    XCTAssertNil(pack.salary(for: "junior", in: "dk")?.noFigure)
  }

  func testTheReasonIsOptionalAndTheListMayBeLeftOut() throws {
    XCTAssertEqual(try PackFixture.lint(PackFixture.files()), [])
    XCTAssertEqual(
      try PackFixture.lint(files(appending: "no_figures:\n  - {market: dk, levels: [senior]}\n")),
      [])
  }

  func testALevelWithAFigureOrListedTwiceIsAnError() throws {
    let errors = try PackFixture.lint(
      files(
        appending: "no_figures:\n  - market: dk\n    levels: [senior, junior]\n"
          + "  - market: dk\n    levels: [senior]\n"))
    XCTAssertEqual(
      errors,
      [
        "pack/salaries.yaml:15:22: error: level 'junior' of market 'dk' already has a figure or "
          + "a no_figures entry",
        "pack/salaries.yaml:17:14: error: level 'senior' of market 'dk' already has a figure or "
          + "a no_figures entry",
      ])
  }

  func testUnknownFieldsLevelsAndMarketsAreErrors() throws {
    let errors = try PackFixture.lint(
      files(appending: "no_figures:\n  - market: xx\n    levels: [cto]\n    none: true\n"))
    XCTAssertEqual(
      errors,
      [
        "pack/salaries.yaml:14:13: error: unknown market 'xx'",
        "pack/salaries.yaml:15:14: error: unknown level 'cto'",
        "pack/salaries.yaml:16:5: error: unknown field 'none'",
      ])
    XCTAssertEqual(
      try PackFixture.lint(files(appending: "no_figures:\n  - market: dk\n    levels: []\n")),
      ["pack/salaries.yaml:15:13: error: 'levels' needs at least one item"])
  }

  func testAMedianAloneIsAFigure() throws {
    let errors = try PackFixture.lint(
      "salaries.yaml", replacing: "    min: 300000\n    max: 480000\n", with: "    median: 1\n")
    XCTAssertEqual(errors, [])
  }
}
