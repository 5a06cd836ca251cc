import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// `career-coach config list|get|set|unset`: the settings the app remembers between runs, the
/// same ones the settings screen edits.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Show or change the settings the app remembers between runs.",
    discussion: """
      Keys: \(ConfigKey.allCases.map(\.rawValue).joined(separator: ", ")). \
      `config list` shows what each accepts. A bad value or an unknown key is refused with \
      one line on standard error (exit 1) and nothing is stored.
      """,
    subcommands: [List.self, Get.self, SetValue.self, Unset.self]
  )

  /// The key a name stands for; an unknown one ends the program (exit 1).
  static func key(_ name: String) -> ConfigKey {
    guard let key = ConfigKey(rawValue: name) else {
      let known = ConfigKey.allCases.map(\.rawValue).joined(separator: ", ")
      fail("unknown setting \(QuotedText.quote(name)); the settings are \(known).", code: 1)
    }
    return key
  }

  /// Checks the change on the stored settings and stores the result; a bad value ends the
  /// program (exit 1) with nothing stored.
  static func change(_ key: ConfigKey, to value: String?, options: GlobalOptions) {
    let pack = options.loadPack()
    let store = options.openStore()
    var config = storeCall { () throws(StoreError) in try store.userConfig() }
    do {
      try key.set(value, in: &config, pack: pack)
    } catch {
      fail(error.description, code: 1)
    }
    storeCall { () throws(StoreError) in try store.save(config) }
  }
}

extension ConfigCommand {
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print every setting with its value, or \"not set\", and what it accepts.")

    @Option(help: "The output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let pack = options.loadPack()
      let store = options.openStoreForReading()
      let config = storeCall { () throws(StoreError) in try store.userConfig() }
      switch format {
      case .text:
        var rows = [["Key", "Value", "Accepts"]]
        for key in ConfigKey.available(in: pack) {
          rows.append([key.rawValue, key.value(in: config) ?? "not set", key.accepts(in: pack)])
        }
        let lines = TextTable.lines(rows, indent: 0, rightAligned: [])
        writeStandardOutput(Data((lines.joined(separator: "\n") + "\n").utf8))
      case .json:
        let list: [[String: Any]] = ConfigKey.available(in: pack).map { key in
          [
            "key": key.rawValue, "value": key.value(in: config) ?? NSNull(),
            "accepts": key.accepts(in: pack),
          ]
        }
        writeStandardOutput(ReportDocument.encode(["settings": list]))
      }
    }
  }

  struct Get: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the value of one setting, or \"not set\".")

    @Argument(help: "The setting, such as years or market.")
    var key: String

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let key = ConfigCommand.key(key)
      let store = options.openStoreForReading()
      let config = storeCall { () throws(StoreError) in try store.userConfig() }
      print(key.value(in: config) ?? "not set")
    }
  }

  struct SetValue: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set",
      abstract: "Check a value and store it.",
      discussion: "Lists take skill ids separated by commas: languages go,python.")

    @Argument(help: "The setting, such as years or market.")
    var key: String

    @Argument(help: "The new value; `config unset KEY` clears a setting.")
    var value: String

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let key = ConfigCommand.key(key)
      // Clearing has its own command, so a value lost to an empty shell variable is not
      // taken as "clear".
      guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
        fail(
          "\(key.rawValue) needs a value: it takes \(key.accepts(in: options.loadPack())); `career-coach config unset \(key.rawValue)` clears it.",
          code: 1)
      }
      ConfigCommand.change(key, to: value, options: options)
    }
  }

  struct Unset: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Clear a setting; one with a default (hours-per-week, new-cards-per-day) goes back to it."
    )

    @Argument(help: "The setting, such as years or market.")
    var key: String

    @OptionGroup var options: GlobalOptions

    func run() throws {
      ConfigCommand.change(ConfigCommand.key(key), to: nil, options: options)
    }
  }
}
