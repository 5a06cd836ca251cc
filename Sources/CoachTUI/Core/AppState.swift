import CoachCore
import Foundation

/// A yes/no question over the screen, such as "quit and lose what you typed?".
public struct ConfirmDialog: Sendable {
  public var title: String
  public var message: String
  public var onConfirm: [Command]
}

/// Everything on screen, in one value.
public struct AppState: Sendable {
  public static let minimumSize = Size(width: 60, height: 18)

  public var stack: [any ScreenModel]
  public var size: Size {
    didSet { data.body = Layout.body(for: size).size }
  }
  public var data: AppData
  public var helpVisible = false
  public var helpScroll = 0
  public var dialog: ConfirmDialog?
  public var quitting = false
  /// One sentence about something that went wrong outside (a save that failed), shown in
  /// the footer until the next key.
  public var status: String?
  /// The signal that ended the app, if one did.
  public var exitSignal: Int32?
  /// The draft last kept in the store and when, so unchanged text is not written again.
  public var keptDraft: Draft?
  public var keptDraftAt: Date?

  public init(root: any ScreenModel, size: Size, data: AppData) {
    stack = [root]
    self.size = size
    self.data = data
    self.data.body = Layout.body(for: size).size
  }

  public var top: any ScreenModel { stack[stack.count - 1] }
  /// Ticks run while a screen keeps time or has a draft to keep.
  public var wantsTicks: Bool { top.wantsTicks || top.draft != nil }
  public var isTooSmall: Bool {
    size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
  }

  /// The header's path: "Home › Assess".
  public var breadcrumb: String {
    // Built by hand: the generic `joined(separator:)` costs more on its first call than the
    // rest of the home screen's header.
    var text = ""
    for (index, screen) in stack.enumerated() {
      if index > 0 { text += " › " }
      text += screen.title
    }
    return text
  }
}
