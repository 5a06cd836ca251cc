import CoachContent
import CoachCore
import CoachStore
import CoachTUI
import Foundation

/// In-process timings of the TUI: a key press to a finished frame on every screen, and the
/// history screen opening over 1,000 stored assessments.
struct ScreenBench {
  let pack: Pack
  let folder: URL
  let store: CoachStore

  init(pack: Pack, assessments: Int) throws {
    self.pack = pack
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "coach-bench-data-\(getpid())")
    try? FileManager.default.removeItem(at: folder)
    store = try CoachStore(folder: folder)
    let start = Date(timeIntervalSince1970: 1_700_000_000)
    for index in 0..<assessments {
      let answers = Dictionary(
        uniqueKeysWithValues: pack.skills.enumerated().map { offset, skill in
          (
            skill.id,
            SkillAnswer(rating: (offset + index) % 5, note: offset % 9 == 0 ? "shipped it" : nil)
          )
        })
      let date = start.addingTimeInterval(Double(index) * 86_400)
      _ = try store.add(
        Assessment(
          mode: .full, startedAt: date, finishedAt: date.addingTimeInterval(900), years: 5,
          market: pack.markets.first?.id, languages: ["python"], answers: answers,
          position: pack.skills.count))
    }
  }

  func cleanUp() { try? FileManager.default.removeItem(at: folder) }

  var data: AppData { AppData(pack: pack, today: Date()) }
  var effects: StoreEffects { StoreEffects(store: store, pack: pack) }

  /// Opening history from home: the keys, the store read, placement of every assessment, the frame.
  func historyOpen(runs: Int) throws -> Timings {
    try Timings.of(runs: runs) {
      let loop = try Snapshot.loop(
        screen: "history", size: Size(width: 200, height: 60), keys: [], data: data,
        effects: effects)
      _ = loop.frame()
    }
  }

  /// On each screen, alternating down and up: update, effects, view and the diff against the
  /// previous frame that the terminal backend writes.
  func keyToFrame(presses: Int, only: [String] = []) throws -> [(
    screen: String, timings: Timings
  )] {
    try ScreenDirectory.names.filter { only.isEmpty || only.contains($0) }.map { name in
      var loop = try Snapshot.loop(
        screen: name, size: Size(width: 200, height: 60), keys: [], data: data, effects: effects)
      var previous = loop.frame()
      var index = 0
      let timings = Timings.of(runs: presses, warmUp: 5) {
        index += 1
        loop.send(.key(index % 2 == 0 ? .down : .up))
        let next = loop.frame()
        _ = changedCells(from: previous, to: next)
        previous = next
      }
      return (name, timings)
    }
  }

  private func changedCells(from old: Canvas, to new: Canvas) -> Int {
    var changed = 0
    for y in 0..<new.height {
      for x in 0..<new.width where old[x, y] != new[x, y] { changed += 1 }
    }
    return changed
  }
}
