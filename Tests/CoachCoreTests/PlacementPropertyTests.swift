import CoachCore
import TestSupport
import XCTest

/// The invariants of DESIGN.md §6, over seeded random profiles (and random packs).
final class PlacementPropertyTests: XCTestCase {
  static let profileCount = 300
  static let packCount = 200

  func testRaisingAnyRatingNeverLowersAnyFitOrPlacement() {
    var rng = SeededGenerator(seed: 0xC0FFEE)
    var checked = 0
    for _ in 0..<Self.profileCount {
      let profile = randomProfile(skills: TestPack.skillIDs, using: &rng)
      checked += assertMonotone(pack: TestPack.pack, profile: profile, using: &rng)
    }
    XCTAssertGreaterThanOrEqual(checked, Self.profileCount)
  }

  func testRaisingAnyRatingNeverLowersAnyFitOrPlacementOnRandomPacks() {
    var rng = SeededGenerator(seed: 42)
    for _ in 0..<Self.packCount {
      let (pack, skills) = randomPack(using: &rng)
      let profile = randomProfile(skills: skills, using: &rng)
      assertMonotone(pack: pack, profile: profile, using: &rng)
    }
  }

  func testAllFourPlacesAtTheTopOfEveryTrack() {
    var rng = SeededGenerator(seed: 7)
    var packs = [(TestPack.pack, TestPack.skillIDs)]
    for _ in 0..<Self.packCount { packs.append(randomPack(using: &rng)) }
    for (pack, skills) in packs {
      var profile = randomProfile(skills: skills, using: &rng)
      profile.ratings = Dictionary(uniqueKeysWithValues: skills.map { ($0, 4) })
      let report = Placement.report(pack: pack, profile: profile)
      XCTAssertEqual(report.tracks.count, pack.tracks.count)
      for (placement, track) in zip(report.tracks, pack.tracks) {
        XCTAssertEqual(placement.level, track.levels.last, "track \(track.id)")
        XCTAssertTrue(placement.fits.allSatisfy { $0.fit == 1 })
        XCTAssertFalse(placement.borderline)
      }
    }
  }

  func testAllZeroOrUnratedPlacesBelowTheFirstLevel() {
    var rng = SeededGenerator(seed: 8)
    var packs = [(TestPack.pack, TestPack.skillIDs)]
    for _ in 0..<Self.packCount { packs.append(randomPack(using: &rng)) }
    for (pack, skills) in packs {
      var zero = randomProfile(skills: skills, using: &rng)
      zero.ratings = Dictionary(uniqueKeysWithValues: skills.map { ($0, 0) })
      for profile in [zero, Profile()] {
        for placement in Placement.report(pack: pack, profile: profile).tracks {
          XCTAssertNil(placement.level, "track \(placement.track)")
          XCTAssertEqual(placement.nextLevel, placement.fits.first?.level)
        }
      }
    }
  }

  func testPlacementIsTheReachedPrefixAndBorderlineIsTheNextLevelsMargin() {
    var rng = SeededGenerator(seed: 99)
    for _ in 0..<Self.profileCount {
      let profile = randomProfile(skills: TestPack.skillIDs, using: &rng)
      let threshold = [0.6, 0.7, 0.8, 0.9][Int.random(in: 0..<4, using: &rng)]
      let report = Placement.report(pack: TestPack.pack, profile: profile, threshold: threshold)
      for placement in report.tracks {
        let placed = placement.placedIndex.map { $0 + 1 } ?? 0
        for fit in placement.fits.prefix(placed) {
          XCTAssertGreaterThanOrEqual(fit.fit + 1e-9, threshold)
          XCTAssertEqual(fit.unmetCentral, [])
        }
        if placed < placement.fits.count {
          let next = placement.fits[placed]
          XCTAssertTrue(next.fit < threshold || !next.unmetCentral.isEmpty)
          XCTAssertEqual(placement.borderline, next.fit + 1e-9 >= threshold - 0.1)
        } else {
          XCTAssertFalse(placement.borderline)
        }
        for fit in placement.fits {
          XCTAssertTrue((0...1).contains(fit.fit))
        }
      }
    }
  }

  // MARK: Helpers

  /// Raises each skill of the profile in turn and checks that no fit and no placement drops.
  @discardableResult
  func assertMonotone(
    pack: Pack, profile: Profile, using rng: inout SeededGenerator
  ) -> Int {
    let before = Placement.report(pack: pack, profile: profile)
    var checks = 0
    for skill in pack.skills.map(\.id) {
      let current = profile.ratings[skill] ?? -1
      guard current < 4 else { continue }
      var raised = profile
      raised.ratings[skill] = Int.random(in: (current + 1)...4, using: &rng)
      let after = Placement.report(pack: pack, profile: raised)
      for (old, new) in zip(before.tracks, after.tracks) {
        for (oldFit, newFit) in zip(old.fits, new.fits) {
          XCTAssertGreaterThanOrEqual(
            newFit.fit + 1e-12, oldFit.fit, "raising \(skill) lowered \(oldFit.level)")
        }
        XCTAssertGreaterThanOrEqual(
          new.placedIndex ?? -1, old.placedIndex ?? -1, "raising \(skill) lowered \(old.track)")
      }
      checks += 1
    }
    return checks
  }

  func randomProfile(skills: [String], using rng: inout SeededGenerator) -> Profile {
    var ratings: [String: Rating] = [:]
    for skill in skills where Int.random(in: 0..<5, using: &rng) > 0 {
      ratings[skill] = Int.random(in: 0...4, using: &rng)
    }
    let primary = skills.filter { _ in Int.random(in: 0..<4, using: &rng) == 0 }
    return Profile(
      ratings: ratings, years: Double(Int.random(in: 0...20, using: &rng)), market: "dk",
      primaryLanguages: primary)
  }

  /// A random pack: a ladder of 2-5 levels and up to two side tracks sharing its lower levels.
  /// Requirements of the first level all ask for at least 1, so all-zero stays below it.
  func randomPack(using rng: inout SeededGenerator) -> (Pack, [String]) {
    let skills = (0..<Int.random(in: 3...8, using: &rng)).map { "s\($0)" }
    func requirements(firstLevel: Bool) -> [Requirement] {
      (0..<Int.random(in: 1...4, using: &rng)).map { _ in
        let count = Int.random(in: 0..<3, using: &rng) == 0 ? Int.random(in: 2...3, using: &rng) : 1
        let group = Array(skills.shuffled(using: &rng).prefix(count))
        let minimum = Int.random(in: (firstLevel ? 1 : 0)...4, using: &rng)
        let weight = Double(Int.random(in: 1...30, using: &rng)) / 10
        return Requirement(skills: group, minimum: minimum, weight: weight)
      }
    }
    let ladderCount = Int.random(in: 2...5, using: &rng)
    var levels = (0..<ladderCount).map {
      TestPack.level("l\($0)", "L\($0)", requirements(firstLevel: $0 == 0))
    }
    var tracks = [Track(id: "ladder", name: "Ladder", source: "0", levels: levels.map(\.id))]
    for side in 0..<Int.random(in: 0...2, using: &rng) {
      let shared = Int.random(in: 1...ladderCount, using: &rng)
      let extra = TestPack.level("x\(side)", "X\(side)", requirements(firstLevel: false))
      levels.append(extra)
      tracks.append(
        Track(
          id: "side\(side)", name: "Side", source: "0",
          levels: levels.prefix(shared).map(\.id) + [extra.id]))
    }
    var pack = TestPack.pack
    pack.skills = skills.map { TestPack.skill($0, $0.uppercased(), hours: 5) }
    pack.levels = levels
    pack.tracks = tracks
    return (pack, skills)
  }
}
