import CoachCore
import XCTest

@testable import CoachTUI

/// Content is data from files anyone can edit: whatever it holds, nothing but printable text
/// reaches the terminal, and long or wide text stays inside the frame.
final class HostileContentTests: XCTestCase {
  static let hostile = [
    "\u{1b}[2J\u{1b}]0;owned\u{07}Escape",
    String(repeating: "long ", count: 20_000),
    "日本語のスキル名と説明文",
    "Emoji 😀👩‍💻🚀 skill",
    "\u{202e}txet tfel-ot-thgir RTL مهارة",
    "C1 \u{9b}31m control",
  ]

  /// The shipped pack with names, descriptions, anchors, questions and tips made hostile.
  static func hostilePack(_ pack: Pack) -> Pack {
    var pack = pack
    for index in pack.skills.indices {
      let text = hostile[index % hostile.count]
      pack.skills[index].name = text
      pack.skills[index].description = text
      pack.skills[index].anchors = pack.skills[index].anchors.map { _ in text }
    }
    for index in pack.categories.indices {
      pack.categories[index].name = hostile[index % hostile.count]
    }
    for index in pack.levels.indices { pack.levels[index].name = hostile[index % hostile.count] }
    for index in pack.questions.indices {
      pack.questions[index].text = hostile[index % hostile.count]
    }
    for index in pack.tips.indices {
      pack.tips[index].title = hostile[index % hostile.count]
      pack.tips[index].text = hostile[(index + 1) % hostile.count]
    }
    pack.role.title = hostile[0]
    return pack
  }

  func testEveryScreenDrawsOnlyPrintableText() throws {
    let store = try TestStore()
    try ReportScreensTests.addFinished(store)
    var data = store.data
    data.pack = Self.hostilePack(store.pack)
    let extraKeys = ["", "enter", "down enter"]
    for name in ScreenDirectory.names {
      for keys in extraKeys {
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
          let loop = try Snapshot.loop(
            screen: name, size: size, keys: Snapshot.parseKeys(keys), data: data,
            effects: store.effects)
          let canvas = loop.frame()
          XCTAssertEqual(canvas.lines.count, size.height)
          for y in 0..<canvas.height {
            for x in 0..<canvas.width {
              for scalar in canvas[x, y].text.unicodeScalars {
                XCTAssertFalse(
                  scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
                    || Self.bidiControls.contains(scalar.value),
                  "\(name) \(keys) at \(x),\(y): U+\(String(scalar.value, radix: 16))")
              }
            }
          }
        }
      }
    }
  }

  /// Characters that reorder what follows them on a terminal line.
  static let bidiControls = Set<UInt32>(
    [0x200E, 0x200F, 0x061C] + Array(0x202A...0x202E) + Array(0x2066...0x2069))
}
