import CoachContent
import CoachCore
import XCTest

/// The pack shipped in Content/backend-developer: clean, and holding the facts of its sources.
final class ShippedPackTests: XCTestCase {
  /// The pack as read; whether it is clean is `testShippedPackLintsClean`'s concern.
  private func shipped() throws -> Pack {
    try PackLoader.check(PackLoader.shippedFolder()).pack
  }

  func testShippedPackLintsClean() throws {
    let result = try PackLoader.check(PackLoader.shippedFolder(), shippedRules: true)
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    XCTAssertEqual(result.pack.role.id, "backend-developer")
  }

  func testDenmarkSalariesFromSource000() throws {
    let pack = try shipped()
    XCTAssertEqual(pack.markets.first { $0.id == "dk" }?.currency, "DKK")
    let denmark = pack.salaries.filter { $0.market == "dk" && $0.source == "000" }
    func salary(_ level: String) -> Salary? { denmark.first { $0.level == level } }
    XCTAssertEqual(salary("junior")?.min, 300_000)
    XCTAssertEqual(salary("junior")?.max, 480_000)
    XCTAssertEqual(salary("mid")?.min, 480_000)
    XCTAssertEqual(salary("mid")?.max, 650_000)
    XCTAssertEqual(salary("senior")?.min, 800_000, "800,000 DKK or more: a minimum")
    XCTAssertNil(salary("senior")?.max)
    XCTAssertEqual(salary("senior")?.usdMin, 112_000)
    XCTAssertNil(salary("senior")?.usdMax)
    let senior = try XCTUnwrap(salary("senior"))
    XCTAssertEqual(Format.salary(senior, currency: "DKK"), "800,000 DKK or more a year")
  }

  /// A figure for the role as a whole is never stored against a level, so it is never shown as
  /// one level's figure; and every level of every market has a figure or says it has none.
  func testRoleWideFiguresStayRoleWide() throws {
    let pack = try shipped()
    let roleWide = pack.salaries.filter { $0.level == nil }
    XCTAssertEqual(
      roleWide.map { "\($0.market) \($0.source)" }, ["eu 001", "de 002", "us 002", "us 003"])
    for level in pack.levels.map(\.id) {
      for market in pack.markets.map(\.id) {
        let salary = try XCTUnwrap(pack.salary(for: level, in: market))
        XCTAssertEqual(salary.roleWide.count, roleWide.filter { $0.market == market }.count)
        XCTAssertNotEqual(
          salary.figures.isEmpty, salary.noFigure == nil, "\(market) \(level): one or the other")
        XCTAssertTrue(salary.figures.allSatisfy { $0.level == level })
      }
    }
    XCTAssertEqual(pack.salary(for: "staff", in: "dk")?.figures, [])
    XCTAssertNotNil(pack.salary(for: "staff", in: "dk")?.noFigure)
  }

  func testLadderOrder() throws {
    let pack = try shipped()
    XCTAssertEqual(
      pack.track("ladder")?.levels, ["junior", "mid", "senior", "staff", "architect", "cto"])
  }

  func testTheFiveTechnicalQuestionsOfSource000() throws {
    let pack = try shipped()
    let fromSource = pack.questions.filter { $0.source == "000" && $0.kind == .technical }
    XCTAssertEqual(fromSource.count, 5, "\(fromSource.map(\.id))")
  }

  func testAtLeast150Questions() throws {
    XCTAssertGreaterThanOrEqual(try shipped().questions.count, 150)
  }
}
