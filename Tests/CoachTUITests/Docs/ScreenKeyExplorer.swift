import CoachCore
import Foundation
import TestSupport

@testable import CoachTUI

/// Which screens the app can show and which keys each binds, found by walking the app with
/// seeded random keys from a starting point, so screens whose keys change with their state
/// (a form's steps, an interview's phases) are seen in each state the walk reaches.
struct ScreenKeyExplorer {
  /// A key a screen's table binds, and what the table says it does.
  struct BoundKey: Hashable {
    var key: Key
    var help: String
  }

  static let keys: [Key] =
    [
      .up, .down, .left, .right, .enter, .escape, .tab, .backTab, .backspace, .delete, .pageUp,
      .pageDown, .home, .end, .character(" "), .character("?"), .character("/"), .control("d"),
    ] + "abcdefghijklmnopstuvwxyzFG0123456789+-=".map { Key.character($0) }

  /// Screen type name to the keys its tables bound in any state seen.
  private(set) var found: [String: Set<BoundKey>] = [:]

  /// Adds what another walk found.
  mutating func merge(_ other: ScreenKeyExplorer) {
    found.merge(other.found) { $0.union($1) }
  }

  mutating func record(_ loop: AppLoop) {
    let screen = loop.state.top
    found[Self.typeName(screen), default: []].formUnion(Self.boundKeys(screen))
  }

  /// Walks `presses` random keys from where `start` leaves the app, recording every screen.
  mutating func walk(
    from start: () throws -> AppLoop, presses: Int, seed: UInt64
  ) rethrows {
    var random = SeededGenerator(seed: seed)
    var loop = try start()
    record(loop)
    for _ in 0..<presses {
      loop.send(.key(Self.keys.randomElement(using: &random)!))
      if loop.state.quitting { loop = try start() }
      if loop.state.dialog != nil { loop.send(.key(.character("n"))) }
      record(loop)
    }
  }

  static func typeName(_ screen: any ScreenModel) -> String {
    String(describing: type(of: screen))
  }

  static func boundKeys<Screen: ScreenModel>(_ screen: Screen) -> [BoundKey] {
    screen.keyTable.bindings.flatMap { binding in
      binding.keys.map { BoundKey(key: $0, help: binding.help) }
    }
  }

  /// How the guide writes a key, in backticks: `Enter`, `Ctrl-D`, `g`.
  static func spelling(_ key: Key) -> String {
    switch key {
    case .character(" "): return "`Space`"
    case .character(let c): return "`\(c)`"
    case .backTab: return "`Shift-Tab`"
    case .backspace: return "`Backspace`"
    case .delete: return "`Delete`"
    case .control(let c): return "`Ctrl-\(c.uppercased())`"
    default: return "`\(key.label)`"
    }
  }

  /// Whether `text` names `key`: its spelling, or for a digit a range such as `0-4`.
  static func mentions(_ text: String, _ key: Key) -> Bool {
    if text.contains(spelling(key)) { return true }
    guard case .character(let c) = key, let digit = c.wholeNumberValue else { return false }
    return (0...9).contains { low in
      (low...9).contains { high in
        (low...high).contains(digit) && text.contains("`\(low)-\(high)`")
      }
    }
  }
}
