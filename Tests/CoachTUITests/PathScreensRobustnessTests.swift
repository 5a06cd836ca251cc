import CoachCore
import XCTest

@testable import CoachTUI

/// Random keys and clicks on the path, level detail, tips, CV check and search screens never
/// crash and never scroll past the content.
final class PathScreensRobustnessTests: XCTestCase {
  /// A small deterministic generator, so a failure can be replayed.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state
    }
  }

  static let keys: [Key] =
    [
      .up, .down, .left, .right, .enter, .escape, .tab, .backTab, .backspace, .delete, .pageUp,
      .pageDown, .home, .end,
    ] + "jkhlgGmea/?x .~".map { Key.character($0) }

  func testRandomKeysAndClicksNeverCrash() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store)
    var random = Generator(state: 42)
    for screen in ["path", "tips", "cv", "home"] {
      var loop = try store.loop(screen, width: 80, height: 24)
      for step in 0..<400 {
        if step % 50 == 49 {
          loop.send(
            .click(
              x: Int.random(in: 0..<80, using: &random), y: Int.random(in: 0..<24, using: &random)))
        } else {
          loop.send(.key(Self.keys.randomElement(using: &random)!))
        }
        if loop.state.stack.count > 12 { loop.send(.key(.escape)) }
        // Home's last entry quits; start again from the screen under test.
        if loop.state.quitting { loop = try store.loop(screen, width: 80, height: 24) }
        if step % 10 == 0 { XCTAssertFalse(loop.frame().text.isEmpty, screen) }
      }
    }
  }

  func testClickingALevelSelectsItAndASecondClickOpensIt() throws {
    let store = try TestStore()
    var loop = try store.loop("path")
    let body = Layout.body(for: loop.state.size)
    // Row 3 of the diagram (below the heading) is Mid; the body starts one row down.
    let midRow = body.y + PathView.diagramTop + 2
    loop.send(.click(x: 10, y: midRow))
    XCTAssertEqual(loop.state.top.title, "Career path")
    XCTAssertTrue(loop.frame().text.contains("Mid-Level Backend Developer, on"))
    loop.send(.click(x: 10, y: midRow))
    XCTAssertEqual(loop.state.top.title, "Mid-Level Backend Developer")
  }
}
