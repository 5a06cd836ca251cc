import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// Options every command accepts: where the content pack and the user's data live, and colour.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Load the content pack from this folder instead of the shipped one.",
      discussion: """
        Given more than once, each pack is loaded on top of the ones before it: a later pack \
        adds its questions, tips, skills, levels and the rest to the first.
        """))
  var content: [String] = []

  @Option(name: .customLong("data-dir"), help: "Keep your data in this folder.")
  var dataDir: String?

  @Flag(name: .customLong("no-color"), help: "Draw without colour.")
  var noColor = false

  var locations: Locations { Locations(content: content, dataDir: dataDir) }

  func loadPack() -> Pack { locations.loadPack() }

  /// The pack, when it holds `part`; otherwise exits 1 saying what it lacks and so what the
  /// command cannot do.
  func loadPack(needing part: PackPart, so consequence: String) -> Pack {
    let pack = loadPack()
    if let missing = pack.missing(part, so: consequence) { fail(missing + ".", code: 1) }
    return pack
  }

  func openStore() -> CoachStore { locations.openStore() }

  func openStoreForReading() -> CoachStore { locations.openStoreForReading() }

  /// The user's calendar: dates print, and days count, in the local time zone (as `TZ` sets).
  var calendar: Calendar { .gregorian(in: .current) }
}
