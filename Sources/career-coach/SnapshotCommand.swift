import ArgumentParser
import CoachTUI

struct SnapshotCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "snapshot",
    abstract: "Print a screen as plain text, after pressing the given keys; no terminal needed."
  )

  @Option(help: "The screen to show: \(ScreenDirectory.names.joined(separator: ", ")).")
  var screen: String

  @Option(help: "The terminal size as WIDTHxHEIGHT.")
  var size = "80x24"

  @Option(
    help:
      "Keys to press first, space-separated: characters, or \(Key.names)."
  )
  var keys = ""

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack()
    do {
      let text = try Snapshot.render(
        screen: screen, size: try Snapshot.parseSize(size), keys: try Snapshot.parseKeys(keys),
        data: AppData(pack: pack), effects: StoreEffects(store: options.openStore(), pack: pack))
      print(text)
    } catch {
      fail(error.description, code: 2)
    }
  }
}
