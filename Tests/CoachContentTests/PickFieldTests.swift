import CoachContent
import CoachCore
import XCTest

/// A category's `pick` names one of the kinds a user picks, and `always_picked` needs it.
final class PickFieldTests: XCTestCase {
  func testAPickMustBeAKnownKind() throws {
    let errors = try PackFixture.lint(
      "skills.yaml", replacing: "    description: Writing code.\n",
      with: "    description: Writing code.\n    pick: frameworks\n")
    XCTAssertEqual(
      errors,
      [
        "pack/skills.yaml:5:11: error: 'pick' should be one of languages, databases, cloud, not 'frameworks'"
      ])
  }

  func testAlwaysPickedNeedsAPick() throws {
    let errors = try PackFixture.lint(
      "skills.yaml", replacing: "    description: Writing code.\n",
      with: "    description: Writing code.\n    always_picked: [python]\n")
    XCTAssertEqual(
      errors,
      [
        "pack/skills.yaml:5:20: error: 'always_picked' belongs to an area the user picks from; "
          + "add 'pick' (languages, databases or cloud)"
      ])
  }

  func testTheShippedPackDeclaresItsPicks() throws {
    let pack = try PackLoader.shipped()
    XCTAssertEqual(StackKind.databases.categories(in: pack), ["relational-databases", "nosql"])
    XCTAssertEqual(StackPick.general(in: pack), ["sql"])
    XCTAssertFalse(StackPick.choices(.databases, in: pack).contains { $0.id == "sql" })
  }
}
