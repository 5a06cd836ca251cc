import CoachCore
import XCTest

final class ExperienceTests: XCTestCase {
  func testDecimalsAreReadAndNonsenseIsRefused() {
    XCTAssertEqual(try Experience.parseYears("4.5").get(), 4.5)
    XCTAssertEqual(try Experience.parseYears("4,5").get(), 4.5)
    XCTAssertEqual(try Experience.parseYears(" 12 ").get(), 12)
    XCTAssertEqual(try Experience.parseYears("").get(), nil)
    for bad in ["4.5.1", "abc", ".", "-3", "4 5"] {
      XCTAssertThrowsError(try Experience.parseYears(bad).get(), bad)
    }
    guard case .failure(let problem) = Experience.parseYears("95") else {
      return XCTFail("95 years is refused")
    }
    XCTAssertEqual(problem.description, "95 years is outside 0-80")
    XCTAssertEqual(Experience.format(4.5), "4.5")
    XCTAssertEqual(Experience.format(12), "12")
  }

  func testAOneYearStaffGetsANoteAndYearsNeverMoveThePlacement() throws {
    let staff = Level(
      id: "staff", name: "Staff", overview: "Staff.", source: "own",
      typicalYears: [SourcedText(text: "10+", source: "own")], requirements: [])
    let note = try XCTUnwrap(Experience.note(years: 1, placed: staff, next: nil))
    XCTAssertTrue(note.hasPrefix("Staff with 1 year: the sources give 10+ years."), note)
    XCTAssertNil(Experience.note(years: 12, placed: staff, next: nil))
    let expert = Profile(
      ratings: Dictionary(uniqueKeysWithValues: TestPack.skillIDs.map { ($0, 4) }), years: 1)
    var veteran = expert
    veteran.years = 30
    XCTAssertEqual(
      Placement.report(pack: TestPack.pack, profile: expert),
      Placement.report(pack: TestPack.pack, profile: veteran))
  }
}
