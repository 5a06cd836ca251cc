import XCTest

@testable import CoachCore

final class StoryPartTests: XCTestCase {
  func testAKeyPointNamesItsPartBeforeAColon() {
    XCTAssertEqual(StoryPart.named(by: "Result: how fast it was fixed."), .result)
    XCTAssertEqual(StoryPart.named(by: "learning: what you do now"), .learning)
    XCTAssertNil(StoryPart.named(by: "Shows ownership: no blame."))
    XCTAssertNil(StoryPart.named(by: "No colon here"))
    XCTAssertEqual(StoryPart.body(of: "Task: your part."), " your part.")
    XCTAssertEqual(StoryPart.body(of: "Shows ownership: no blame."), "Shows ownership: no blame.")
  }

  func testEachPartIsFoundFromHowPeopleTellIt() {
    XCTAssertEqual(StoryPart.told(in: "Last year our API was slow."), [.situation])
    XCTAssertEqual(
      StoryPart.told(in: "It broke. My role was to fix it."), [.situation, .task])
    XCTAssertEqual(StoryPart.told(in: "It broke. I rolled it back."), [.situation, .action])
    XCTAssertEqual(StoryPart.told(in: "It broke. Errors fell 90%."), [.situation, .result])
    XCTAssertEqual(
      StoryPart.told(in: "It broke. Since then I test more."), [.situation, .learning])
  }

  func testPresentTenseClaimsTellNoStory() {
    XCTAssertEqual(StoryPart.told(in: "I'm very organised and I always plan my work."), [])
    XCTAssertEqual(StoryPart.told(in: "Migrations are risky, so you need a plan."), [])
  }

  func testALineBreakDoesNotEndASentence() {
    XCTAssertEqual(StoryPart.told(in: "It broke. It was on\nme to fix it."), [.situation, .task])
  }
}
