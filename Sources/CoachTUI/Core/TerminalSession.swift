import CoachCore
import Glibc

/// Runs the app in the real terminal and always gives the terminal back, whatever happens.
public enum TerminalSession {
  /// Runs until the user quits; returns the exit status (0, or 128 + the signal that ended it).
  /// The home screen is drawn first; then `prepare` loads what the app works from (the pack
  /// and the store's effects). When it gives nil the session ends at once, returning 1, and
  /// the caller says why once the terminal is back. A notice from `prepare` (this window
  /// only reads, say) is shown first; else the drafts an earlier run kept are offered.
  public static func run(
    noColor: Bool, opening: Opening = .home,
    prepare: () -> (Pack, any EffectRunner, notice: String?)?
  ) throws -> Int32 {
    let terminal = try CursesTerminal(useColor: !noColor)
    defer { terminal.stop() }
    let context = drawContext(for: terminal)
    var loop = AppLoop(
      state: AppState(root: HomeScreen(), size: terminal.size, data: .beforeFirstFrame()),
      effects: NoEffects(), context: context)
    terminal.draw(loop.frame())
    // What the home screen's first frame does not need, done once it is on screen.
    terminal.finishSetUp()
    loop.state.data.calendar = .gregorian(in: .current)
    guard let (pack, effects, notice) = prepare() else { return 1 }
    loop.state.data.pack = pack
    loop.effects = effects
    loop.send(.started)
    if opening != .home { loop.send(.open(opening)) }
    if let notice {
      loop.state.status = notice
      loop.state.data.readOnly = true
    } else if case .drafts(let drafts)? = effects.run(.loadDrafts) {
      loop.state.status = AppState.draftOffer(drafts, pack: pack)
    }
    loop.run(on: terminal)
    return loop.state.exitSignal.map { 128 + $0 } ?? 0
  }

  /// Runs the review window: the reviewer rates `review`'s skills on the assessment screens,
  /// each answer written into the review file by `effects`; no store is opened. Returns the
  /// exit status as `run` does.
  public static func runReview(
    _ review: Review, pack: Pack, effects: ReviewEffects, noColor: Bool
  ) throws -> Int32 {
    let terminal = try CursesTerminal(useColor: !noColor)
    defer { terminal.stop() }
    let context = drawContext(for: terminal)
    var data = AppData.beforeFirstFrame()
    data.pack = pack
    var loop = AppLoop(
      state: AppState(
        root: AssessmentScreen(review: review, pack: pack), size: terminal.size, data: data),
      effects: effects, context: context)
    terminal.finishSetUp()
    loop.state.data.calendar = .gregorian(in: .current)
    loop.state.status =
      "Rate each skill; n adds a comment. Every answer is saved into the file at once."
    loop.run(on: terminal)
    return loop.state.exitSignal.map { 128 + $0 } ?? 0
  }

  /// The theme and glyphs the terminal can show: its colours (or none), the user's chosen
  /// theme, and Unicode or ASCII.
  private static func drawContext(for terminal: CursesTerminal) -> DrawContext {
    DrawContext(
      theme: terminal.hasColor
        ? .colour(
          chosen: getenv("CAREER_COACH_THEME").map { String(cString: $0) },
          colorFGBG: getenv("COLORFGBG").map { String(cString: $0) }) : .monochrome,
      glyphs: terminal.isUTF8 ? .unicode : .ascii)
  }
}
