import CoachContent
import CoachCore
import Foundation
import XCTest

@testable import CoachTUI

/// Ladders of other shapes than the shipped one: a single track of eighteen levels scrolls so
/// every level is reachable at 80x24, and two tracks that share no level are both drawn.
final class PathLongTrackTests: XCTestCase {
  private func pack(tracks: [(id: String, name: String, levels: [String])]) throws -> Pack {
    var pack = try PackLoader.shipped()
    let skill = pack.skills[0].id
    pack.levels = tracks.flatMap(\.levels).enumerated().map { index, id in
      Level(
        id: id, name: "\(id.prefix(1).uppercased())\(id.dropFirst()) engineer",
        overview: "What a \(id) engineer does.", source: pack.levels[0].source,
        requirements: [
          Requirement(skills: [skill], minimum: min(4, index / 4), weight: 1)
        ])
    }
    pack.tracks = tracks.map {
      Track(id: $0.id, name: $0.name, source: pack.tracks[0].source, levels: $0.levels)
    }
    return pack
  }

  private func longTrack() throws -> Pack {
    try pack(tracks: [("ladder", "Ladder", (1...18).map { "l\($0)" })])
  }

  func testEighteenLevelsScrollAndEveryOneIsReachable() throws {
    let store = try TestStore(pack: try longTrack())
    assertGolden(try store.render("path", 80, 24), named: "path-long-track-80x24")
    assertGolden(
      try store.render("path", 80, 24, keys: "G"), named: "path-long-track-end-80x24")
    var loop = try store.loop("path")
    for step in 1...17 {
      loop.send(.key(.down))
      let frame = loop.frame().text
      XCTAssertTrue(frame.contains("▸ L\(step + 1) engineer"), "step \(step):\n\(frame)")
    }
    loop.send(.key(.pageUp))
    XCTAssertTrue(loop.frame().text.contains("▸ L8 engineer"), loop.frame().text)
    loop.send(.key(.home))
    XCTAssertTrue(loop.frame().text.contains("▸ L1 engineer"), loop.frame().text)
    loop.send(.key(.pageDown))
    XCTAssertTrue(loop.frame().text.contains("▸ L11 engineer"), loop.frame().text)
  }

  func testTwoTracksThatShareNoLevelAreBothDrawn() throws {
    let pack = try pack(tracks: [
      ("ic", "Individual contributor", ["e1", "e2", "e3", "e4", "e5"]),
      ("management", "Management", ["m1", "m2", "m3", "m4"]),
    ])
    let store = try TestStore(pack: pack)
    let screen = try store.render("path", 80, 24)
    assertGolden(screen, named: "path-two-tracks-80x24")
    for level in pack.levels { XCTAssertTrue(screen.contains(level.name), level.name) }
  }

  func testTheWholeWidthShowsWholeNamesAt200Columns() throws {
    var pack = try longTrack()
    pack.levels[0].name = "Associate Software Engineer in the Payments Platform Group, Berlin"
    let store = try TestStore(pack: pack)
    let screen = try store.render("path", 200, 60)
    XCTAssertTrue(screen.contains(pack.levels[0].name), screen)
    XCTAssertFalse(screen.contains("more "), "eighteen levels fit in 60 lines:\n\(screen)")
  }
}
