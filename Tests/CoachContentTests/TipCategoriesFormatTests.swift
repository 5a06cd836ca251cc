import CoachContent
import CoachCore
import XCTest

/// tips.yaml's own kinds of advice: declared, they are the only ones a tip may name.
final class TipCategoriesFormatTests: XCTestCase {
  static let tipsFile = """
    categories:
      - id: onboarding
        tab: First weeks
        heading: Your first weeks on the team
      - id: reviews
        tab: Reviews
        phrase: how we review code
        in_order: true
    tips:
      - id: pair-early
        category: onboarding
        title: Pair in your first week
        text: Ask to pair on a small change before you take a ticket alone.
        source: own
      - id: small-pull-requests
        category: reviews
        title: Keep pull requests small
        text: A change a reviewer reads in ten minutes gets a real review.
        source: own

    """

  func testDeclaredKindsLoadWithTheirDefaults() throws {
    var files = PackFixture.files()
    files["tips.yaml"] = Self.tipsFile
    let folder = try PackFixture.write(files)
    defer { try? FileManager.default.removeItem(at: folder) }
    let pack = try PackLoader.load(from: folder)
    XCTAssertEqual(pack.tipCategories.map(\.id.rawValue), ["onboarding", "reviews"])
    let reviews = try XCTUnwrap(pack.tipCategory(TipCategory("reviews")))
    XCTAssertEqual(reviews.heading, "Reviews")
    XCTAssertEqual(reviews.phrase, "how we review code")
    XCTAssertTrue(reviews.inOrder)
    XCTAssertEqual(pack.tipCategory(TipCategory("onboarding"))?.phrase, "First weeks")
  }

  func testATipOfAKindThePackDoesNotDeclareIsOneError() throws {
    var files = PackFixture.files()
    files["tips.yaml"] = Self.tipsFile.replacingOccurrences(
      of: "category: reviews", with: "category: cv")
    XCTAssertEqual(
      try PackFixture.lint(files),
      ["pack/tips.yaml:16:15: error: 'category' should be one of onboarding, reviews, not 'cv'"])
  }

  func testAPackWithoutKindsKeepsTheBuiltInOnes() throws {
    let pack = try PackLoader.load(from: try PackFixture.write(PackFixture.files()))
    XCTAssertEqual(pack.tipCategories, TipCategoryInfo.builtIn)
  }
}
