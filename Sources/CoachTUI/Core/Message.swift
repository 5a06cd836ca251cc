import CoachCore
import Foundation

/// Everything that can happen to the app.
public enum Message: Sendable {
  /// About once a second, while the screen on top asks for it (`wantsTicks`): the time now,
  /// from the app's clock, so screens never read the clock themselves.
  case tick(Date)
  case key(Key)
  case resize(Size)
  case click(x: Int, y: Int)
  case scroll(up: Bool)
  case reply(EffectReply)
  /// SIGINT, SIGTERM or SIGHUP: leave through the normal path.
  case signal(Int32)
  /// The pack and the store are ready: the screen on top may ask for what it shows.
  case started
  /// Go where a command asked the app to open (`Opening`), once the pack is loaded.
  case open(Opening)
}

/// Where the app opens when a command asks for more than the home screen.
public enum Opening: Sendable, Equatable {
  case home
  /// A mock interview on these questions (ids the pack knows), started at once.
  case mockInterview(questions: [String])

  /// The commands that open it over the home screen.
  func commands(pack: Pack) -> [Command] {
    switch self {
    case .home: return []
    case .mockInterview(let questions):
      return MockSetupScreen.loading(pack: pack, chosen: questions)
    }
  }
}

extension Message {
  init(_ event: InputEvent) {
    switch event {
    case .key(let key): self = .key(key)
    case .resize(let size): self = .resize(size)
    case .click(let x, let y): self = .click(x: x, y: y)
    case .scroll(let up): self = .scroll(up: up)
    }
  }
}
