import CoachCore
import Foundation
import TestSupport
import XCTest

@testable import CoachTUI

/// Random keys and sizes on every screen: the app must neither crash nor draw outside the
/// frame, and every frame must keep its size.
final class RandomKeysTests: XCTestCase {
  static let keys: [Key] =
    [
      .up, .down, .left, .right, .enter, .escape, .tab, .backTab, .backspace, .delete, .pageUp,
      .pageDown, .home, .end, .character(" "), .character("?"), .character("/"), .character("é"),
      .character("語"), .character("😀"), .control("d"), .control("a"),
    ] + "abcdefghijklmnoprstuvwxyzGHJKL0123456789+-=[]".map { Key.character($0) }

  /// Keys per screen, each screen on its own thread: about a minute on two cores in a debug
  /// build, with 20 sizes per screen.
  static let pressesPerScreen = 500

  func testRandomKeysAtRandomSizesOnEveryScreen() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store, shift: -1, at: -86_400)
    try ReportScreensTests.addFinished(store)
    let names = ScreenDirectory.names
    let problems = ProblemList()
    // Screens run side by side, each with its own loop over the one store.
    DispatchQueue.concurrentPerform(iterations: names.count) { index in
      do {
        try Self.fuzz(names[index], store: store, seed: UInt64(2026 + index), problems: problems)
      } catch {
        problems.add("\(names[index]): \(error)")
      }
    }
    XCTAssertEqual(problems.all, [])
  }

  private static func fuzz(_ name: String, store: TestStore, seed: UInt64, problems: ProblemList)
    throws
  {
    var random = SeededGenerator(seed: seed)
    var loop = try store.loop(name, width: 80, height: 24)
    for press in 0..<Self.pressesPerScreen {
      if press % 75 == 0 {
        // Half the sizes are usable, half anything down to 1x1.
        let usable = Bool.random(using: &random)
        let size = Size(
          width: Int.random(in: (usable ? 60 : 1)...300, using: &random),
          height: Int.random(in: (usable ? 18 : 1)...100, using: &random))
        loop.send(.resize(size))
        check(loop.frame(), size: size, screen: name, problems: problems)
      }
      loop.send(.key(Self.keys.randomElement(using: &random)!))
      // Enter on the home menu's Quit entry leaves; start again where this screen is.
      if loop.state.quitting { loop = try store.loop(name, width: 80, height: 24) }
      if press % 97 == 0 {
        check(loop.frame(), size: loop.state.size, screen: name, problems: problems)
      }
      if loop.state.dialog != nil { loop.send(.key(.character("n"))) }
    }
  }

  private static func check(_ canvas: Canvas, size: Size, screen: String, problems: ProblemList) {
    if canvas.width != size.width || canvas.height != size.height {
      problems.add(
        "\(screen): a \(size.width)x\(size.height) frame came out \(canvas.width)x\(canvas.height)")
    }
    if canvas.text.contains("\u{1b}") {
      problems.add("\(screen): an escape byte reached the frame")
    }
  }
}

/// Problems found on several threads at once.
final class ProblemList: @unchecked Sendable {
  private let lock = NSLock()
  private var problems: [String] = []

  func add(_ problem: String) {
    lock.lock()
    defer { lock.unlock() }
    if problems.count < 20 { problems.append(problem) }
  }

  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return problems
  }
}
