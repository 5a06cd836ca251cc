/// Runs the app in the real terminal and always gives the terminal back, whatever happens.
public enum TerminalSession {
  /// Runs until the user quits; returns the exit status (0, or 128 + the signal that ended it).
  public static func run(
    data: AppData, effects: any EffectRunner, noColor: Bool
  ) throws -> Int32 {
    let terminal = try CursesTerminal(useColor: !noColor)
    defer { terminal.stop() }
    let context = DrawContext(
      theme: terminal.hasColor ? .color : .monochrome,
      glyphs: terminal.isUTF8 ? .unicode : .ascii)
    var loop = AppLoop(
      state: AppState(root: HomeScreen(), size: terminal.size, data: data), effects: effects,
      context: context)
    loop.run(on: terminal)
    return loop.state.exitSignal.map { 128 + $0 } ?? 0
  }
}
