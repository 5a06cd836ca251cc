import Foundation
import XCTest

/// `config list|get|set|unset` on a temporary data folder, as a user would run them.
final class ConfigCommandTests: CommandLineTestCase {
  func testSetGetAndListShowTheStoredValues() throws {
    let empty = try run("config", "get", "years")
    XCTAssertEqual(empty.status, 0, empty.err)
    XCTAssertEqual(empty.out, "not set\n")

    for (key, value) in [
      ("years", "4.5"), ("market", "dk"), ("languages", "go,python"), ("focus", "gaps"),
      ("new-cards-per-day", "25"), ("cv", "~/cv.md"), ("target", "senior"),
      ("hours-per-week", "8"), ("interview-date", "2027-01-15"), ("name", "Ana Sørensen"),
    ] {
      let set = try run("config", "set", key, value)
      XCTAssertEqual(set.status, 0, "\(key): \(set.err)")
      XCTAssertEqual(try run("config", "get", key).out, value + "\n", key)
    }

    let text = try run("config", "list")
    XCTAssertEqual(text.status, 0, text.err)
    XCTAssertTrue(text.out.contains("market"), text.out)
    XCTAssertTrue(text.out.contains("one of dk, eu, de, us"), text.out)
    XCTAssertTrue(text.out.contains("not set"), text.out)  // databases and cloud

    let listed = try json(try run("config", "list", "--format", "json").out)
    let rows = try XCTUnwrap(listed["settings"] as? [[String: Any]])
    let values = Dictionary(
      uniqueKeysWithValues: rows.map { ($0["key"] as? String ?? "", $0["value"]) })
    XCTAssertEqual(values["years"] as? String, "4.5")
    XCTAssertEqual(values["target"] as? String, "senior")
    XCTAssertTrue(values["cloud"] is NSNull)
    XCTAssertEqual(rows.count, 13)
  }

  func testUnsetClearsOrGoesBackToTheDefault() throws {
    XCTAssertEqual(try run("config", "set", "market", "us").status, 0)
    XCTAssertEqual(try run("config", "set", "hours-per-week", "12").status, 0)
    XCTAssertEqual(try run("config", "unset", "market").status, 0)
    XCTAssertEqual(try run("config", "unset", "hours-per-week").status, 0)
    XCTAssertEqual(try run("config", "get", "market").out, "not set\n")
    XCTAssertEqual(try run("config", "get", "hours-per-week").out, "5\n")
  }

  func testBadValuesExitOneWithOneLineAndStoreNothing() throws {
    XCTAssertEqual(try run("config", "set", "years", "3").status, 0)
    let cases: [(String, String)] = [
      ("years", "-2"), ("years", "200"), ("market", "mars"), ("languages", "go,cobol"),
      ("focus", "level:emperor"), ("new-cards-per-day", "9999"), ("target", "king"),
      ("hours-per-week", "many"), ("interview-date", "2027-13-01"), ("years", " "),
      ("name", "Ana\u{1B}[2J"),
    ]
    for (key, value) in cases {
      // "--" so that "-2" is a value, not an option.
      let result = try shell([binary, "config", "set", "--data-dir", dataDir, key, "--", value])
      XCTAssertEqual(result.status, 1, "\(key) \(value): \(result.err)")
      XCTAssertTrue(result.err.contains(key), "\(key): \(result.err)")
      XCTAssertTrue(result.err.contains("takes"), "\(key): \(result.err)")
      XCTAssertEqual(result.err.split(separator: "\n").count, 1, result.err)
    }
    XCTAssertEqual(try run("config", "get", "years").out, "3\n")
    XCTAssertEqual(try run("config", "get", "market").out, "not set\n")

    let unknown = try run("config", "get", "salary")
    XCTAssertEqual(unknown.status, 1, unknown.err)
    XCTAssertTrue(unknown.err.contains("unknown setting \"salary\""), unknown.err)
    XCTAssertEqual(unknown.err.split(separator: "\n").count, 1, unknown.err)
    XCTAssertEqual(try run("config", "set", "salary", "1").status, 1)
    XCTAssertEqual(try run("config", "set", "years").status, 2)  // a usage error
  }
}
