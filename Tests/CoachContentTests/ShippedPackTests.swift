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
    XCTAssertEqual(salary("senior")?.max, 800_000)
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
