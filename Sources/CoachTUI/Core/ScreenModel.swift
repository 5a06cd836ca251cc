import CoachCore
import Foundation

/// What a screen asks of the app after handling a key.
public enum Command: Sendable {
  case push(any ScreenModel)
  case replace(any ScreenModel)
  case pop
  case quit
  /// Quit even though something typed is unsaved (the user said yes).
  case discardAndQuit
  /// Leave the screen even though something typed is unsaved (the user said yes).
  case discardAndPop
  /// Quit at once, keeping what was typed as a draft (a second Ctrl-C, or a signal).
  case leaveNow
  case showHelp
  case effect(Effect)
  /// Asks yes or no first (deleting something saved); `onConfirm` runs on yes.
  case confirm(ConfirmDialog)
  /// Back to home, open its entry at this index, then press the key (the command palette);
  /// refused, with a status line, while a screen on the way holds unsaved typing.
  case openFromHome(entry: Int, then: Key?)
}

/// Read-only data every screen can see.
public struct AppData: Sendable {
  public var pack: Pack?
  public var today: Date
  /// The size of the screen's body, so a screen can keep its scrolling within what it shows.
  public var body: Size
  /// True when another window holds the data and this one saves nothing.
  public var readOnly = false
  /// The calendar dates are shown in: the user's time zone.
  public var calendar: Calendar {
    get { chosenCalendar ?? .gregorian(in: .current) }
    set { chosenCalendar = newValue }
  }
  /// Nil only until the first frame is on screen: finding the time zone and making a
  /// calendar is work the home screen does not need (`TerminalSession` sets it after).
  private var chosenCalendar: Calendar?

  public init(
    pack: Pack? = nil, today: Date = Date(), body: Size = Size(width: 78, height: 22),
    calendar: Calendar = .gregorian(in: .current)
  ) {
    self.init(pack: pack, today: today, body: body, chosenCalendar: calendar)
  }

  private init(pack: Pack?, today: Date, body: Size, chosenCalendar: Calendar?) {
    self.pack = pack
    self.today = today
    self.body = body
    self.chosenCalendar = chosenCalendar
  }

  /// The data of the first frame, before the pack loads: its calendar is made when first
  /// asked for.
  static func beforeFirstFrame() -> AppData {
    AppData(pack: nil, today: Date(), body: Size(width: 78, height: 22), chosenCalendar: nil)
  }
}

/// One screen: its state, its key table, how it reacts, how it draws. One per file.
public protocol ScreenModel: Sendable {
  associatedtype Action: Sendable
  /// Where the user is, for the header ("Home", "Assess › Databases").
  var title: String { get }
  var keyTable: KeyTable<Action> { get }
  /// True while the screen takes typed text, so q and ? are letters, not commands.
  var capturesText: Bool { get }
  /// True when leaving would lose something typed; quitting then asks first.
  var hasUnsavedInput: Bool { get }
  /// What is typed and not yet saved, where it was typed, while the screen takes an answer;
  /// the app keeps it every few seconds so that a crash loses at most those seconds.
  var draft: Draft? { get }
  mutating func perform(_ action: Action, data: AppData) -> [Command]
  /// A key the table does not bind, while the screen captures text.
  mutating func receiveText(_ key: Key, data: AppData) -> [Command]
  /// A click on a row of the body (y relative to the body's top).
  mutating func click(row: Int, column: Int, body: Size, data: AppData) -> [Command]
  /// Runs the action bound to `key`, or nil when the screen has none for it. The default
  /// asks the key table; a screen overrides it only when a key carries a value (digits).
  mutating func handle(_ key: Key, data: AppData) -> [Command]?
  /// True while the screen runs a timer and wants `tick` about once a second.
  var wantsTicks: Bool { get }
  /// The time now, delivered about once a second while `wantsTicks` holds.
  mutating func tick(_ now: Date, data: AppData) -> [Command]
  /// An effect's reply; it may move on to another screen (e.g. an assessment just started).
  mutating func respond(to reply: EffectReply, data: AppData) -> [Command]
  /// The screen is on top again: the app is ready, or the screen above it closed. A screen
  /// that shows stored data which other screens change asks for it again here.
  mutating func appeared(data: AppData) -> [Command]
  /// The terminal changed size (`data.body` is the new body): a screen that reads what is
  /// in view asks here for what came into view.
  mutating func resized(data: AppData) -> [Command]
  func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData)
}

extension ScreenModel {
  public var capturesText: Bool { false }
  public var hasUnsavedInput: Bool { false }
  public var draft: Draft? { nil }
  public mutating func receiveText(_ key: Key, data: AppData) -> [Command] { [] }
  public mutating func click(row: Int, column: Int, body: Size, data: AppData) -> [Command] { [] }
  public var wantsTicks: Bool { false }
  public mutating func tick(_ now: Date, data: AppData) -> [Command] { [] }
  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] { [] }
  public mutating func resized(data: AppData) -> [Command] { [] }
  public mutating func appeared(data: AppData) -> [Command] { [] }

  public mutating func handle(_ key: Key, data: AppData) -> [Command]? {
    guard let action = keyTable.action(for: key) else { return nil }
    return perform(action, data: data)
  }

  var keyHelp: [KeyHelp] { keyTable.help }

  /// The keys every screen shares that this one leaves to them, as footer and help list them.
  var sharedKeyHelp: [KeyHelp] { GlobalKeys.help(besides: keyHelp, capturingText: capturesText) }

  /// The help overlay's lines: this screen's keys, a blank line, the shared ones and Ctrl-C.
  var helpLineCount: Int {
    keyHelp.count + 1 + sharedKeyHelp.count + InterruptKeys.table.help.count
  }
}
