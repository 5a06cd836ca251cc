import CoachContent
import CoachCore
import Foundation
import XCTest

@testable import CoachTUI

/// A team's own kinds of advice: tips.yaml's `categories` become the Tips screen's tabs, in the
/// pack's order, and none of the shipped pack's tabs show.
final class TeamTipCategoriesTests: XCTestCase {
  static func teamPack() throws -> Pack {
    var pack = try PackLoader.shipped()
    pack.tipCategories = [
      TipCategoryInfo(
        id: TipCategory("onboarding"), tab: "First weeks",
        heading: "Your first weeks on the team", phrase: "First weeks"),
      TipCategoryInfo(
        id: TipCategory("reviews"), tab: "Reviews", heading: "Code review",
        phrase: "how we review code"),
    ]
    let source = pack.role.sources[0].id
    pack.tips = [
      Tip(
        id: "pair-early", category: TipCategory("onboarding"), title: "Pair in your first week",
        text: "Ask to pair on a small change before you take a ticket alone.", source: source),
      Tip(
        id: "small-pull-requests", category: TipCategory("reviews"),
        title: "Keep pull requests small",
        text: "A change a reviewer reads in ten minutes gets a real review.", source: source),
    ]
    pack.cvMistakes = []
    return pack
  }

  func testThePacksOwnKindsAreItsTabsAndNothingElse() throws {
    let pack = try Self.teamPack()
    XCTAssertEqual(pack.tipCategories.map(\.tab), ["First weeks", "Reviews"])
    XCTAssertEqual(
      TipsScreen.tabs(for: pack).map(\.label), ["For you", "First weeks", "Reviews", "Role"])
    let store = try TestStore(pack: pack)
    let home = try store.render("home", 80, 24)
    XCTAssertTrue(home.contains("First weeks, how we review code"), home)
    let tab = try store.render("tips", 80, 24, keys: "tab")
    XCTAssertTrue(tab.contains("Your first weeks on the team"), tab)
    XCTAssertTrue(tab.contains("Pair in your first week"), tab)
    for (width, height) in [(80, 24), (200, 60)] {
      for keys in ["", "tab", "tab tab", "tab tab tab"] {
        let text = try store.render("tips", width, height, keys: keys)
        let bar = text.split(separator: "\n")[1]
        XCTAssertEqual(
          bar.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "),
          "For you First weeks Reviews Role", text)
      }
    }
  }
}
