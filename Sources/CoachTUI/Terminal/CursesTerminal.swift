import CNcurses
import CTerminalGuard
import Foundation

/// Why the real terminal could not start.
public enum TerminalError: Error, CustomStringConvertible {
  case notInteractive
  case noTermVariable
  case unknownTerminal(String)
  case cannotAddressCursor(String)
  case startFailed(String)

  public var description: String {
    switch self {
    case .notInteractive:
      return
        "career-coach needs an interactive terminal; run it in a terminal, or see `career-coach --help` for the commands that work without one."
    case .noTermVariable:
      return
        "TERM is not set, so career-coach cannot tell what terminal this is; set TERM (for example TERM=xterm-256color)."
    case .unknownTerminal(let name):
      return
        "unknown terminal type '\(name)' (from TERM); set TERM to a terminal this system knows, such as xterm-256color."
    case .cannotAddressCursor(let name):
      return
        "terminal type '\(name)' cannot move the cursor, which a full-screen app needs; use a terminal such as xterm-256color."
    case .startFailed(let name):
      return "could not start the terminal '\(name)'."
    }
  }
}

/// The real terminal, through ncursesw. Writes only the cells that changed since the last frame.
public final class CursesTerminal: Terminal {
  public private(set) var size: Size
  public let isUTF8: Bool
  public let hasColor: Bool
  private var previous: Canvas?
  /// The colour pair made for each foreground and background (nil as -1), by
  /// `(foreground + 1) * 16 + background + 1`; 0 when not made yet. An array rather than a
  /// dictionary: the first frame need not set up a hashed table for a few numbers.
  private var pairs = [Int16](repeating: 0, count: 17 * 16 + 17)
  private var pairCount = 0
  private var stopped = false
  /// Set when reading the terminal finds it gone (window closed): the app must leave at once.
  private var hungUp = false

  /// Checks the environment, then takes over the screen. Call `stop()` on every path out.
  public init(useColor: Bool) throws {
    // Only the character type decides what ncurses writes; the other categories are set in
    // `finishSetUp`, after the first frame.
    setlocale(LC_CTYPE, "")
    isUTF8 = cc_locale_is_utf8() != 0
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw TerminalError.notInteractive
    }
    // getenv, not ProcessInfo: copying the whole environment into a dictionary is work the
    // first frame waits for.
    guard let value = getenv("TERM"), value.pointee != 0 else {
      throw TerminalError.noTermVariable
    }
    let term = String(cString: value)
    var status: Int32 = 0
    guard setupterm(term, STDOUT_FILENO, &status) == OK else {
      throw TerminalError.unknownTerminal(term)
    }
    guard cc_has_cursor_addressing() != 0 else { throw TerminalError.cannotAddressCursor(term) }
    cc_install_signal_handlers()
    guard newterm(term, fdopen(STDOUT_FILENO, "w"), fdopen(STDIN_FILENO, "r")) != nil else {
      throw TerminalError.startFailed(term)
    }
    set_escdelay(25)
    cbreak()
    noecho()
    nonl()
    intrflush(cc_stdscr(), false)
    keypad(cc_stdscr(), true)
    KeySequences.defineMissing()
    curs_set(0)
    mousemask(cc_mouse_button1_clicked() | cc_mouse_wheel_up() | cc_mouse_wheel_down(), nil)
    mouseinterval(0)
    if useColor && has_colors() {
      start_color()
      use_default_colors()
      hasColor = true
    } else {
      hasColor = false
    }
    size = Size(width: Int(getmaxx(cc_stdscr())), height: Int(getmaxy(cc_stdscr())))
  }

  /// The rest of the locale (messages, numbers, dates), set once the first frame is drawn.
  public func finishSetUp() {
    setlocale(LC_ALL, "")
  }

  /// Gives the terminal back exactly as it was. Safe to call more than once.
  public func stop() {
    guard !stopped else { return }
    stopped = true
    curs_set(1)
    endwin()
  }

  deinit { stop() }

  public func takeExitSignal() -> Int32? {
    let signal = cc_take_pending_signal()
    if signal != 0 { return signal }
    return hungUp ? SIGHUP : nil
  }

  public func draw(_ canvas: Canvas) {
    let full =
      previous == nil || previous?.width != canvas.width || previous?.height != canvas.height
    if full { werase(cc_stdscr()) }
    for y in 0..<canvas.height {
      for x in 0..<canvas.width {
        let cell = canvas[x, y]
        if cell.isContinuation { continue }
        // After an erase, a plain blank is already what the terminal holds.
        if full ? cell == .blank : previous?[x, y] == cell { continue }
        // The bottom-right cell would scroll some terminals; ncurses handles it, errors ignored.
        put(cell, x: x, y: y)
      }
    }
    if let cursor = canvas.cursor { wmove(cc_stdscr(), Int32(cursor.y), Int32(cursor.x)) }
    wnoutrefresh(cc_stdscr())
    doupdate()
    previous = canvas
  }

  private func put(_ cell: Cell, x: Int, y: Int) {
    let shown = isUTF8 ? cell.text : ASCIIFallback.text(for: cell.text)
    // At most five characters and the terminating zero, as ncurses keeps in a cell.
    withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: 6) { text in
      var count = 0
      for scalar in shown.unicodeScalars {
        if count == 5 { break }
        text[count] = wchar_t(bitPattern: scalar.value)
        count += 1
      }
      text[count] = 0
      _ = cc_put_cell(
        Int32(y), Int32(x), text.baseAddress, attributes(cell.style), pair(cell.style))
    }
  }

  private func attributes(_ style: Style) -> attr_t {
    var value = cc_attr_normal()
    if style.bold { value |= cc_attr_bold() }
    if style.reverse { value |= cc_attr_reverse() }
    if style.underline { value |= cc_attr_underline() }
    if style.dim { value |= cc_attr_dim() }
    return value
  }

  /// The colour pair for a style, made on first use.
  private func pair(_ style: Style) -> Int16 {
    guard hasColor, style.foreground != nil || style.background != nil else { return 0 }
    let fg = Int16(style.foreground?.rawValue ?? -1)
    let bg = Int16(style.background?.rawValue ?? -1)
    let key = Int(fg + 1) * 16 + Int(bg + 1)
    if pairs[key] != 0 { return pairs[key] }
    let number = Int16(pairCount + 1)
    guard Int32(number) < cc_color_pairs() else { return 0 }
    init_pair(number, fg, bg)
    pairs[key] = number
    pairCount += 1
    return number
  }

  public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    wtimeout(cc_stdscr(), Int32(timeoutMilliseconds))
    var character: wint_t = 0
    let status = wget_wch(cc_stdscr(), &character)
    if status == ERR {
      // A closed terminal reads as an endless stream of errors; without this check the loop
      // would spin instead of leaving.
      if cc_input_hung_up() != 0 { hungUp = true }
      return resizeIfChanged()
    }
    if status == cc_key_code_yes() { return functionKey(Int32(character)) }
    return plainKey(UInt32(character))
  }

  /// ncurses notices most resizes itself; this catches the ones it reports late.
  private func resizeIfChanged() -> InputEvent? {
    var rows: Int32 = 0
    var cols: Int32 = 0
    guard cc_window_size(&rows, &cols) == 0, rows > 0, cols > 0 else { return nil }
    let kernel = Size(width: Int(cols), height: Int(rows))
    guard kernel != size else { return nil }
    resizeterm(rows, cols)
    return applyResize()
  }

  private func applyResize() -> InputEvent {
    size = Size(width: Int(getmaxx(cc_stdscr())), height: Int(getmaxy(cc_stdscr())))
    previous = nil
    return .resize(size)
  }

  private func functionKey(_ code: Int32) -> InputEvent? {
    switch code {
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_ENTER: return .key(.enter)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_DC: return .key(.delete)
    case KEY_BTAB: return .key(.backTab)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_HOME: return .key(.home)
    case KEY_END: return .key(.end)
    case KEY_RESIZE: return applyResize()
    case KEY_MOUSE: return mouseEvent()
    default: return KeySequences.modifiedKey(named: keyname(code).map { String(cString: $0) })
    }
  }

  private func mouseEvent() -> InputEvent? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    if event.bstate & cc_mouse_wheel_up() != 0 { return .scroll(up: true) }
    if cc_mouse_wheel_down() != 0 && event.bstate & cc_mouse_wheel_down() != 0 {
      return .scroll(up: false)
    }
    if event.bstate & cc_mouse_button1_clicked() != 0 {
      return .click(x: Int(event.x), y: Int(event.y))
    }
    return nil
  }

  private func plainKey(_ value: UInt32) -> InputEvent? {
    switch value {
    case 10, 13: return .key(.enter)
    case 27: return .key(.escape)
    case 9: return .key(.tab)
    case 8, 127: return .key(.backspace)
    case 1...26: return .key(.control(Character(Unicode.Scalar(value + 96)!)))
    default:
      guard let scalar = Unicode.Scalar(value), value >= 32 else { return nil }
      return .key(.character(Character(scalar)))
    }
  }
}
