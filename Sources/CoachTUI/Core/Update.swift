import Foundation

/// The one place state changes: `update(state, message)` gives the next state and the effects
/// to run. Pure: no terminal, no store.
public func update(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
  var next = state
  var effects: [Effect] = []
  switch message {
  case .resize(let size):
    next.size = size
    if !next.isTooSmall {
      effects = next.apply(next.stack[next.stack.count - 1].resized(data: next.data))
    }
  case .tick(let now):
    let commands = next.stack[next.stack.count - 1].tick(now, data: next.data)
    effects = next.apply(commands) + next.keepDraft(at: now)
  case .signal(let signal):
    // Ctrl-C is a key like q, which asks first when something typed is unsaved; a second
    // one, or any other signal, leaves at once and keeps the typed text as a draft.
    if signal == SIGINT, next.dialog == nil, !next.isTooSmall {
      effects = next.apply(next.route(.control("c")))
    } else {
      effects = next.apply([.leaveNow])
    }
    if next.quitting { next.exitSignal = signal }
  case .started:
    effects = next.apply(next.stack[next.stack.count - 1].appeared(data: next.data))
  case .open(let opening):
    if let pack = next.data.pack { effects = next.apply(opening.commands(pack: pack)) }
  case .reply(let reply):
    if case .failure(let sentence) = reply { next.status = sentence }
    // The form closes on saving; the screen below says what was kept.
    if case .evidenceAdded(let entry) = reply {
      next.status = EvidenceFormScreen.savedSentence(entry, pack: next.data.pack)
    }
    // A saved answer's draft is gone from the store; the same text typed again is new.
    if case .starSaved = reply { next.keptDraft = nil }
    let commands = next.stack[next.stack.count - 1].respond(to: reply, data: next.data)
    effects = next.apply(commands)
  case .scroll(let up):
    if !next.isTooSmall, next.dialog == nil {
      effects = next.apply(next.route(up ? .up : .down))
    }
  case .click(let x, let y):
    if !next.isTooSmall, next.dialog == nil, !next.helpVisible {
      let body = Layout.body(for: next.size)
      if y >= body.y, y < body.maxY {
        let commands = next.stack[next.stack.count - 1].click(
          row: y - body.y, column: x - body.x,
          body: Size(width: body.width, height: body.height), data: next.data)
        effects = next.apply(commands)
      }
    }
  case .key(let key):
    next.status = nil
    if next.isTooSmall {
      // Only leaving works while the window is too small to show anything useful.
      if TooSmallKeys.table.action(for: key) != nil { next.quitting = true }
    } else {
      effects = next.apply(next.route(key))
    }
  }
  return (next, effects)
}

extension AppState {
  /// Who gets a key: an open dialog, then the help overlay, then the screen (its text input,
  /// then its table), then the keys every screen shares.
  mutating func route(_ key: Key) -> [Command] {
    if let dialog {
      guard let action = DialogKeys.table.action(for: key) else { return [] }
      self.dialog = nil
      switch action {
      case .confirm: return dialog.onConfirm
      case .cancel: return []
      case .leaveNow: return [.leaveNow]
      }
    }
    if helpVisible {
      switch HelpKeys.table.action(for: key) {
      case .close: helpVisible = false
      case .quit: return [.quit]
      case .scroll(let delta):
        let limit = Canvas.helpScrollLimit(
          lines: stack[stack.count - 1].helpLineCount, in: Layout.body(for: size))
        helpScroll = min(max(0, helpScroll + delta), limit)
      case nil: break
      }
      return []
    }
    let index = stack.count - 1
    if let command = InterruptKeys.table.action(for: key) { return [command] }
    if stack[index].capturesText {
      if let commands = stack[index].handle(key, data: data) { return commands }
      return stack[index].receiveText(key, data: data)
    }
    if let commands = stack[index].handle(key, data: data) { return commands }
    switch GlobalKeys.table.action(for: key) {
    case .help: return [.showHelp]
    case .back: return [.pop]
    case .quit: return [.quit]
    case .search: return [.push(SearchScreen())]
    case .palette: return [.push(PaletteScreen(entries: PaletteEntry.all(for: self)))]
    case nil: return []
    }
  }

  /// Carries out a screen's commands, returning the effects among them.
  mutating func apply(_ commands: [Command]) -> [Effect] {
    var effects: [Effect] = []
    for command in commands {
      switch command {
      case .push(let screen): stack.append(screen)
      case .replace(let screen): stack[stack.count - 1] = screen
      case .pop:
        guard stack.count > 1 else { break }
        if stack[stack.count - 1].hasUnsavedInput {
          dialog = ConfirmDialog(
            title: "Leave?", message: "What you typed has not been saved. Leave anyway?",
            onConfirm: [.discardAndPop])
        } else {
          stack.removeLast()
          effects += apply(stack[stack.count - 1].appeared(data: data))
        }
      case .discardAndPop:
        guard stack.count > 1 else { break }
        effects += Self.dropDrafts(of: [stack.removeLast()])
        effects += apply(stack[stack.count - 1].appeared(data: data))
      case .showHelp:
        helpVisible = true
        helpScroll = 0
      case .effect(let effect): effects.append(effect)
      case .openFromHome(let entry, let key):
        guard !stack.dropFirst().contains(where: \.hasUnsavedInput) else {
          stack.removeLast()
          status = "Finish or leave what you are typing first; the command would drop it."
          break
        }
        stack = [stack[0]]
        guard let home = stack[0] as? HomeScreen, home.entries.indices.contains(entry) else {
          break
        }
        effects += apply(home.entries[entry].open(data))
        if let key { effects.append(.pressKeys([key])) }
      case .confirm(let dialog): self.dialog = dialog
      case .discardAndQuit:
        quitting = true
        effects += Self.dropDrafts(of: stack)
      case .leaveNow:
        quitting = true
        effects += keepDraft(at: nil)
      case .quit:
        if stack.contains(where: { $0.hasUnsavedInput }) {
          dialog = ConfirmDialog(
            title: "Quit?", message: "What you typed has not been saved. Quit anyway?",
            onConfirm: [.discardAndQuit])
        } else {
          quitting = true
        }
      }
    }
    return effects
  }
}
