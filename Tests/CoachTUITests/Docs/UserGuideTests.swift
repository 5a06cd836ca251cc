import CoachCore
import Foundation
import XCTest

@testable import CoachContent
@testable import CoachTUI

/// docs/user-guide.md stays true: its captures are what the app draws today, every screen has
/// one, and every key a screen binds is named in the guide. With UPDATE_GUIDE=1 in the
/// environment the captures are rewritten in place instead of compared.
final class UserGuideTests: XCTestCase {
  static let regenerate = "UPDATE_GUIDE=1 swift test --filter UserGuideTests"
  static let generalKeysSection = "Keys on every screen"
  /// Random keys pressed from each capture to reach the states the captures do not show.
  static let pressesPerCapture = 120
  static let packageRoot = UserGuideDocument.url.deletingLastPathComponent()
    .deletingLastPathComponent()

  func guide() throws -> UserGuideDocument {
    try UserGuideDocument(text: String(contentsOf: UserGuideDocument.url, encoding: .utf8))
  }

  /// The capture as `career-coach snapshot --screen NAME --size WxH --keys KEYS` draws it, over
  /// the guide's sample user. Each capture gets its own store, so none sees another's keys.
  func render(_ capture: UserGuideDocument.Capture) throws -> String {
    let store = try UserGuideStore.make()
    // A capture may type a path relative to the package, as a user types one relative to
    // where they started the app.
    _ = FileManager.default.changeCurrentDirectoryPath(Self.packageRoot.path)
    return try store.render(capture.screen, capture.width, capture.height, keys: capture.keys)
  }

  func testCapturesAreWhatTheAppDraws() throws {
    let guide = try guide()
    XCTAssertFalse(guide.captures.isEmpty, "the user guide has no marked captures")
    if ProcessInfo.processInfo.environment["UPDATE_GUIDE"] == "1" {
      let text = try guide.rewritten { try render($0) }
      try text.write(to: UserGuideDocument.url, atomically: true, encoding: .utf8)
      return
    }
    for capture in guide.captures {
      let expected = guide.text(of: capture)
      let actual = try render(capture)
      guard expected != actual else { continue }
      let expectedLines = expected.components(separatedBy: "\n")
      let actualLines = actual.components(separatedBy: "\n")
      let line =
        expectedLines.indices.first {
          $0 >= actualLines.count || expectedLines[$0] != actualLines[$0]
        } ?? expectedLines.count
      XCTFail(
        """
        user guide capture '\(capture.name)' (section \(capture.section)) differs from what the \
        app draws, first at line \(line + 1) of the capture; run \(Self.regenerate)
        --- guide
        \(expected)
        --- app
        \(actual)
        """)
    }
  }

  func testTheGuideSaysHowToRegenerateItsCaptures() throws {
    let text = try String(contentsOf: UserGuideDocument.url, encoding: .utf8)
    XCTAssertTrue(text.contains(Self.regenerate), "the guide should say: \(Self.regenerate)")
  }

  func testEverySnapshotScreenHasACapture() throws {
    let text = try String(contentsOf: UserGuideDocument.url, encoding: .utf8)
    let names = ScreenDirectory.names.joined(separator: ", ")
    XCTAssertTrue(
      text.replacingOccurrences(of: "\n", with: " ").contains(names),
      "the user guide's snapshot command should list the screens as: \(names)")
    let captured = Set(try guide().captures.filter(\.keys.isEmpty).map(\.screen))
    for name in ScreenDirectory.names where !captured.contains(name) {
      XCTFail(
        "the user guide has no capture of screen '\(name)': add <!-- capture: \(name) 80x24 --> "
          + "and a fenced block under its section, then run \(Self.regenerate)")
    }
  }

  /// Every screen type in Sources/CoachTUI/Screens appears in a capture, and every key any of
  /// its states binds is named in the sections showing it or under the general keys.
  func testEveryScreenAndEveryKeyIsInTheGuide() throws {
    let guide = try guide()
    XCTAssertTrue(
      guide.sections.contains(Self.generalKeysSection),
      "the user guide has no '## \(Self.generalKeysSection)' section")
    let general = guide.prose[Self.generalKeysSection] ?? ""

    var explorer = ScreenKeyExplorer()
    var sectionsOf: [String: Set<String>] = [:]
    let store = try UserGuideStore.make()
    _ = FileManager.default.changeCurrentDirectoryPath(Self.packageRoot.path)
    // The screen each capture shows, judged before the random walks below save answers that
    // would change where its keys lead (a question with a saved answer opens those answers).
    for capture in guide.captures {
      let top = try store.loop(capture.screen, keys: capture.keys).state.top
      sectionsOf[ScreenKeyExplorer.typeName(top), default: []].insert(capture.section)
    }
    // Each capture is a starting point; the snapshot routes are among them, since every one
    // has a capture of its own.
    // The walks run side by side, each with its own loop over the one store.
    let captures = guide.captures
    let walks = Slots<Result<ScreenKeyExplorer, Error>>(count: captures.count)
    DispatchQueue.concurrentPerform(iterations: captures.count) { index in
      let capture = captures[index]
      var own = ScreenKeyExplorer()
      walks.set(
        index,
        Result {
          try own.walk(
            from: { try store.loop(capture.screen, keys: capture.keys) },
            presses: Self.pressesPerCapture, seed: UInt64(index + 1))
          return own
        })
    }
    for walk in walks.values { explorer.merge(try walk.get()) }

    for screen in try Self.screenTypesInSources() where explorer.found[screen] == nil {
      XCTFail("the app never showed \(screen) from any snapshot route or capture of the guide")
    }
    for (screen, keys) in explorer.found.sorted(by: { $0.key < $1.key }) {
      guard let sections = sectionsOf[screen] else {
        XCTFail("the user guide has no capture showing \(screen); add one to its section")
        continue
      }
      let prose = sections.map { guide.prose[$0] ?? "" }.joined() + general
      let missing = keys.filter { !ScreenKeyExplorer.mentions(prose, $0.key) }
      for bound in missing.sorted(by: { $0.key.label < $1.key.label }) {
        XCTFail(
          "the user guide does not name \(ScreenKeyExplorer.spelling(bound.key)) "
            + "('\(bound.help)' on \(screen)) in \(sections.sorted().joined(separator: ", ")) "
            + "or in '\(Self.generalKeysSection)'")
      }
    }
  }

  /// The screen types the app is built from: one `NameScreen.swift` file each.
  static func screenTypesInSources() throws -> [String] {
    let folder = packageRoot.appendingPathComponent("Sources/CoachTUI/Screens")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix("Screen.swift") }
      .map { String($0.dropLast(".swift".count)) }
      .sorted()
  }
}
