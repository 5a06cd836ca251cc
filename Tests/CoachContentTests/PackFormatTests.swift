import CoachContent
import Foundation
import XCTest

/// `format` in role.yaml: a pack that names none is format 1 and loads as before; 1 and 2 load
/// alike; a newer format is refused with one error at the field, however much else this app
/// would misread in it.
final class PackFormatTests: XCTestCase {
  private func lint(role: String) throws -> [String] {
    var files = PackFixture.files()
    files["role.yaml"] = role
    return try PackFixture.lint(files)
  }

  func testFormatsOneAndTwoLoadAlike() throws {
    XCTAssertEqual(try lint(role: PackFixture.role), [])
    XCTAssertEqual(try lint(role: "format: 1\n" + PackFixture.role), [])
    XCTAssertEqual(try lint(role: "format: 2\n" + PackFixture.role), [])
  }

  func testANewerFormatIsOneErrorAtTheField() throws {
    var files = PackFixture.files()
    files["role.yaml"] = "format: 3\n" + PackFixture.role + "colour: blue\n"
    // What a newer format might hold, that this app would report as errors.
    files["skills.yaml"] = try XCTUnwrap(files["skills.yaml"]) + "axes: [impact]\n"
    XCTAssertEqual(
      try PackFixture.lint(files),
      [
        "pack/role.yaml:1:9: error: this pack is format 3; this career-coach reads formats 1 "
          + "and 2; update career-coach"
      ])
  }

  func testAFormatThatIsNoVersionIsOneError() throws {
    for value in ["0", "two", "1.5", "[2]"] {
      XCTAssertEqual(
        try lint(role: "format: \(value)\n" + PackFixture.role),
        [
          "pack/role.yaml:1:9: error: 'format' should be a whole number, the version of the "
            + "pack format: 1 or 2"
        ], value)
    }
  }

  func testALayerInANewerFormatIsRefusedTheSameWay() throws {
    let base = try PackFixture.write(PackFixture.files())
    let layer = try PackFixture.write([
      "role.yaml": "format: 4\nsources:\n  - id: team\n    title: Our guide\n"
    ])
    defer {
      try? FileManager.default.removeItem(at: base)
      try? FileManager.default.removeItem(at: layer)
    }
    let result = try PackLoader.check(layers: [base, layer])
    XCTAssertEqual(
      result.diagnostics.map(\.message),
      ["this pack is format 4; this career-coach reads formats 1 and 2; update career-coach"])
    XCTAssertEqual(result.diagnostics.first?.line, 1)
  }
}
