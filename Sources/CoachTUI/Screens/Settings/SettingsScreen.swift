import CoachCore

/// The settings the app remembers between runs, one row per key: ↑/↓ choose, Enter edits
/// (a list for a known set of values, a text field otherwise), Esc leaves. The same keys and
/// checks as `career-coach config`.
public struct SettingsScreen: ScreenModel {
  public enum Action: Sendable {
    case move(Int)
    case first, last, edit, store, cancel
  }

  /// How a value is being changed: typed, or picked from the values the key takes.
  public enum Editor: Sendable, Equatable {
    case text(TextField)
    case choice(ListView, values: [String?])
  }

  /// Nil until the store has answered.
  public private(set) var config: UserConfig?
  public private(set) var list = ListView(rows: ConfigKey.allCases.map(\.rawValue))
  /// The settings the pack has a use for, once it is known; every one until then.
  public private(set) var keys = ConfigKey.allCases
  public private(set) var editor: Editor?
  /// Why the last value was not taken, or why it was not stored; one sentence.
  public private(set) var problem: String?

  public init(config: UserConfig? = nil) {
    self.config = config
  }

  /// The screen, and the effect that fills it.
  public static func opening() -> [Command] { [.push(SettingsScreen()), .effect(.loadConfig)] }

  public var title: String {
    editor == nil ? "Settings" : "Settings › \(selectedKey.rawValue)"
  }
  public var capturesText: Bool {
    if case .text = editor { return true }
    return false
  }
  public var hasUnsavedInput: Bool {
    guard case .text(let field) = editor, let config else { return false }
    return field.text != (selectedKey.value(in: config) ?? "")
  }

  public var selectedKey: ConfigKey { keys[min(list.selected, keys.count - 1)] }

  public var keyTable: KeyTable<Action> {
    switch editor {
    case nil:
      return KeyTable(
        ListKeys.bindings(move: Action.move, first: .first, last: .last) + [
          KeyBinding([.enter], "Enter", "Edit the setting", .edit)
        ])
    case .text:
      return KeyTable([
        KeyBinding([.enter], "Enter", "Store the value (empty clears it)", .store),
        KeyBinding([.escape], "Esc", "Cancel the change", .cancel),
      ])
    case .choice:
      return KeyTable(
        ListKeys.bindings(move: Action.move, first: .first, last: .last, pages: true) + [
          KeyBinding([.enter], "Enter", "Store the value", .store),
          KeyBinding([.escape], "Esc", "Cancel the change", .cancel),
        ])
    }
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    switch action {
    case .move(let delta): moveCursor { $0.move(by: delta) }
    case .first: moveCursor { $0.moveToStart() }
    case .last: moveCursor { $0.moveToEnd() }
    case .edit: startEditing(data: data)
    case .cancel:
      editor = nil
      problem = nil
    case .store: return store(data: data)
    }
    return []
  }

  public mutating func receiveText(_ key: Key, data: AppData) -> [Command] {
    guard case .text(var field) = editor else { return [] }
    _ = field.edit(key)
    editor = .text(field)
    return []
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    switch reply {
    case .config(let stored):
      config = stored
      if let pack = data.pack, keys != ConfigKey.available(in: pack) {
        keys = ConfigKey.available(in: pack)
        list = ListView(rows: keys.map(\.rawValue))
      }
    case .failure(let sentence):
      problem = sentence
      // What is on screen may not be what is stored: read it again.
      return [.effect(.loadConfig)]
    default: break
    }
    return []
  }

  /// Another screen (an assessment, a drill) may have changed what is stored.
  public mutating func appeared(data: AppData) -> [Command] { [.effect(.loadConfig)] }

  private mutating func moveCursor(_ change: (inout ListView) -> Void) {
    if case .choice(var choices, let values) = editor {
      change(&choices)
      editor = .choice(choices, values: values)
    } else if editor == nil {
      change(&list)
      problem = nil
    }
  }

  private mutating func startEditing(data: AppData) {
    guard let config, let pack = data.pack else { return }
    let key = selectedKey
    let current = key.value(in: config)
    problem = nil
    if let known = key.choices(in: pack) {
      // A key that may be unset offers "not set" last; one with a default has no such row.
      let values: [String?] = known + (key.hasDefault ? [] : [nil])
      let rows = values.map { value in
        value.map { Self.choiceLabel($0, key: key, pack: pack) } ?? "not set"
      }
      editor = .choice(
        ListView(rows: rows, selected: values.firstIndex(of: current) ?? 0), values: values)
    } else {
      // The first character typed replaces the value; ← → and Backspace edit it instead.
      editor = .text(TextField(text: current ?? "", limit: 500, replacesOnType: true))
    }
  }

  /// "category:databases  Category: Databases" for a focus; "dk  Denmark" for a market.
  static func choiceLabel(_ value: String, key: ConfigKey, pack: Pack) -> String {
    let name: String?
    switch key {
    case .focus: name = DrillFilter(code: value, in: pack)?.label(in: pack)
    case .market: name = pack.markets.first { $0.id == value }?.name
    case .target: name = pack.level(value)?.name
    default: name = nil
    }
    return name.map { "\(value)  \($0)" } ?? value
  }

  private mutating func store(data: AppData) -> [Command] {
    guard var changed = config, let pack = data.pack, let editor else { return [] }
    let text: String?
    switch editor {
    case .text(let field): text = field.text
    case .choice(let choices, let values):
      guard values.indices.contains(choices.selected) else { return [] }
      text = values[choices.selected]
    }
    do {
      try selectedKey.set(text, in: &changed, pack: pack)
    } catch {
      // The editor stays open with the typed value, the stored one untouched.
      problem = error.description
      return []
    }
    self.editor = nil
    problem = nil
    config = changed
    return [.effect(.saveConfig(changed))]
  }
}

extension ConfigKey {
  /// True for the keys that go back to a default when cleared, rather than to "not set".
  var hasDefault: Bool { self == .hoursPerWeek || self == .newCardsPerDay }
}
