import CoachCore
import XCTest

final class CareerLadderTests: XCTestCase {
  func testBranchesLeaveAfterTheLastSharedLevel() throws {
    let ladder = try XCTUnwrap(CareerLadder(pack: TestPack.pack))
    XCTAssertEqual(ladder.trunk.id, "ladder")
    XCTAssertEqual(ladder.branches, [.init(track: "lead", from: "mid", levels: ["lead"])])
    XCTAssertEqual(ladder.stops.map(\.level), ["junior", "mid", "lead", "senior", "staff"])
    XCTAssertEqual(ladder.stops.map(\.isBranch), [false, false, true, false, false])
    XCTAssertEqual(ladder.stops[2].branchesFrom, "mid")
  }

  func testATrackSharingNothingHangsAtTheEndAndATrackInsideTheTrunkAddsNothing() throws {
    var pack = TestPack.pack
    pack.tracks += [
      Track(id: "solo", name: "Solo", source: "000", levels: ["lead"]),
      Track(id: "short", name: "Short", source: "000", levels: ["junior", "mid"]),
    ]
    let ladder = try XCTUnwrap(CareerLadder(pack: pack))
    XCTAssertEqual(ladder.branches.map(\.track), ["lead", "solo"])
    XCTAssertNil(ladder.branches[1].from)
    XCTAssertEqual(ladder.stops.map(\.level), ["junior", "mid", "lead", "senior", "staff"])
    pack.tracks = []
    XCTAssertNil(CareerLadder(pack: pack))
  }

  func testSalaryForALevelKeepsTheRoleWideFiguresApart() {
    var pack = TestPack.pack
    pack.markets = [
      Market(id: "dk", name: "Denmark", currency: "DKK"),
      Market(id: "us", name: "United States", currency: "USD"),
    ]
    pack.salaries = [
      Salary(
        market: "dk", level: "junior", label: "Entry", min: 300_000, max: 480_000, average: nil,
        period: "year", source: "000"),
      Salary(
        market: "dk", level: nil, label: "All", min: 1, max: 2, average: nil, period: "year",
        source: "000"),
      Salary(
        market: "us", level: nil, label: "Average", min: nil, max: nil, average: 103_568,
        period: "year", source: "001"),
    ]
    let junior = pack.salary(for: "junior", in: "dk")
    XCTAssertEqual(junior?.isForLevel, true)
    XCTAssertEqual(junior?.figures.map(\.label), ["Entry"])
    XCTAssertEqual(junior?.roleWide.map(\.label), ["All"])
    XCTAssertNil(junior?.noFigure)
    let mid = pack.salary(for: "mid", in: "dk")
    XCTAssertEqual(mid?.figures, [])
    XCTAssertEqual(mid?.roleWide.map(\.label), ["All"])
    XCTAssertEqual(mid?.isForLevel, false)
    XCTAssertNil(mid?.noFigure)
    pack.noSalaryFigures = [NoSalaryFigure(market: "dk", levels: ["mid"], reason: "None.")]
    XCTAssertEqual(pack.salary(for: "mid", in: "dk")?.noFigure?.reason, "None.")
    XCTAssertNil(pack.salary(for: "mid", in: "us")?.noFigure)
    XCTAssertNil(pack.salary(for: "mid", in: "xx"))
    let figures = pack.salaries.map { Format.salary($0, currency: "DKK") }
    XCTAssertEqual(figures[0], "300,000 to 480,000 DKK a year")
    XCTAssertEqual(figures[2], "average 103,568 DKK a year")
    var upTo = pack.salaries[0]
    upTo.min = nil
    XCTAssertEqual(Format.salary(upTo, currency: "DKK"), "up to 480,000 DKK a year")
    var orMore = pack.salaries[0]
    orMore.max = nil
    XCTAssertEqual(Format.salary(orMore, currency: "DKK"), "300,000 DKK or more a year")
    var median = pack.salaries[2]
    median.median = 74_270
    XCTAssertEqual(
      Format.salary(median, currency: "EUR"), "average 103,568 EUR, median 74,270 EUR a year")
    median.average = nil
    XCTAssertEqual(Format.salary(median, currency: "EUR"), "median 74,270 EUR a year")
    XCTAssertEqual(Format.range(min: 42_000, max: nil), "42,000 or more")
    XCTAssertEqual(Format.range(min: 42_000, max: nil, unit: "USD"), "42,000 USD or more")
    XCTAssertNil(Format.range(min: nil, max: nil))
    XCTAssertEqual(Format.amount(1_234_567.4), "1,234,567")
  }
}
