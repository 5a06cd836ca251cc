import CoachContent
import CoachCore
import CoachStore
import CoachTUI
import Foundation
import TestSupport

/// A real store in a temporary folder, with a fixed clock, for screen tests.
final class TestStore: @unchecked Sendable {
  let folder: URL
  let store: CoachStore
  let pack: Pack
  static let fixedNow = FixedTime.now
  /// Screens show dates in UTC, so what they draw is the same under any `TZ`.
  static let calendar = FixedTime.utc

  init(pack: Pack? = nil) throws {
    folder = TestFolders.fresh("cc-tui")
    store = try CoachStore(folder: folder)
    self.pack = try pack ?? PackLoader.shipped()
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  var effects: StoreEffects {
    StoreEffects(store: store, pack: pack, now: { TestStore.fixedNow }, calendar: Self.calendar)
  }
  var data: AppData { AppData(pack: pack, today: TestStore.fixedNow, calendar: Self.calendar) }

  func render(_ screen: String, _ width: Int, _ height: Int, keys: String = "") throws -> String {
    try Snapshot.render(
      screen: screen, size: Size(width: width, height: height), keys: Snapshot.parseKeys(keys),
      data: data, effects: effects)
  }

  /// The app at `screen` after `keys`; its effects run on this store unless `runner` is
  /// given (one that fails on purpose, say).
  func loop(
    _ screen: String, keys: String = "", width: Int = 80, height: Int = 24,
    runner: (any EffectRunner)? = nil
  ) throws -> AppLoop {
    try Snapshot.loop(
      screen: screen, size: Size(width: width, height: height), keys: Snapshot.parseKeys(keys),
      data: data, effects: runner ?? effects)
  }
}
