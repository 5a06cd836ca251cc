import Foundation
import XCTest

/// Runs a command that leaves a daemon behind (tmux's first client starts its server) and
/// waits for the command itself. Foundation's Process would wait for the daemon too, since the
/// daemon inherits the descriptors Process watches; plain posix_spawn and waitpid do not.
func spawnAndWait(_ arguments: [String]) -> Int32 {
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  var argv = arguments.map { strdup($0) } + [nil]
  defer { for pointer in argv { free(pointer) } }
  var pid: pid_t = 0
  guard posix_spawnp(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else { return -1 }
  var status: Int32 = 0
  while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
  return (status >> 8) & 0xFF
}

/// A real terminal: a tmux server of its own, one pane running a shell command.
final class TmuxPane {
  let socket = "cc-test-\(UUID().uuidString.prefix(8))"
  let dataDir: URL
  /// Whether the pane made `dataDir` and so removes it when it goes.
  private let ownsDataDir: Bool

  /// `command` may use `DATA` for the data folder: `dataDir` when given (a folder that
  /// outlives this pane, for restarts), else one of this pane's own.
  init(
    command: String, dataDir: URL? = nil, width: Int = 100, height: Int = 30,
    environment: [String: String] = [:]
  ) throws {
    ownsDataDir = dataDir == nil
    self.dataDir =
      dataDir
      ?? FileManager.default.temporaryDirectory.appendingPathComponent(
        "cc-e2e-\(UUID().uuidString)")
    if ownsDataDir {
      try FileManager.default.createDirectory(at: self.dataDir, withIntermediateDirectories: true)
    }
    var env = ["TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=C.UTF-8"]
    // Quoted: a value such as COLORFGBG's "0;15" must not end the shell's command.
    env += environment.map { "\($0.key)='\($0.value)'" }
    let script =
      "env \(env.joined(separator: " ")) "
      + command.replacingOccurrences(of: "DATA", with: self.dataDir.path)
    let status = spawnAndWait([
      "tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y",
      "\(height)",
      "sh", "-c", script,
    ])
    guard status == 0 else { throw XCTSkip("tmux could not start (status \(status))") }
    try shell(["tmux", "-L", socket, "set-option", "-g", "remain-on-exit", "on"])
  }

  deinit {
    _ = try? shell(["tmux", "-L", socket, "kill-server"])
    if ownsDataDir { try? FileManager.default.removeItem(at: dataDir) }
  }

  func capture() -> String {
    (try? shell(["tmux", "-L", socket, "capture-pane", "-p"]).out) ?? ""
  }

  /// The screen with its colours and attributes as escape sequences (SGR), as tmux holds it.
  func captureWithStyles() -> String {
    (try? shell(["tmux", "-L", socket, "capture-pane", "-p", "-e"]).out) ?? ""
  }

  /// Presses keys one after another, as a user would.
  func press(_ keys: PaneKey...) throws {
    try shell(["tmux", "-L", socket, "send-keys"] + keys.map(\.tmuxName))
  }

  func type(_ text: String) throws {
    try shell(["tmux", "-L", socket, "send-keys", "-l", text])
  }

  /// Closes the pane as closing a terminal window would: the app's terminal goes away.
  func closeWindow() throws {
    try shell(["tmux", "-L", socket, "kill-pane"])
  }

  func resize(width: Int, height: Int) throws {
    try shell(["tmux", "-L", socket, "resize-window", "-x", "\(width)", "-y", "\(height)"])
  }

  /// Opens a home menu entry by name: waits for the home menu to show it, moves down until the
  /// pointer is on it, then Enter, so tests do not depend on the menu's order.
  func openHomeEntry(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    waitFor("the home menu with '\(name)'", file: file, line: line) {
      $0.contains("Keys and help") && $0.contains(name)
    }
    try press("g")
    for _ in 0..<30 {
      let screen = waitFor("the home menu", file: file, line: line) { $0.contains("▸") }
      let selected = screen.split(separator: "\n").first { $0.contains("▸") } ?? ""
      if selected.contains("▸ \(name)") {
        try press(.enter)
        return
      }
      try press("j")
      waitFor("the pointer to move", file: file, line: line) { screen in
        (screen.split(separator: "\n").first { $0.contains("▸") } ?? "") != selected
      }
    }
    XCTFail("no home entry '\(name)'", file: file, line: line)
  }

  /// Polls the screen until `predicate` holds or `timeout` seconds pass; returns the last screen.
  @discardableResult
  func waitFor(
    _ what: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line,
    _ predicate: (String) -> Bool
  ) -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = capture()
    while !predicate(screen) {
      if Date() > deadline {
        XCTFail("timed out waiting for \(what); screen was:\n\(screen)", file: file, line: line)
        return screen
      }
      Thread.sleep(forTimeInterval: 0.05)
      screen = capture()
    }
    return screen
  }

  @discardableResult
  func waitFor(
    text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line
  ) -> String {
    waitFor("'\(text)'", timeout: timeout, file: file, line: line) { $0.contains(text) }
  }

  /// The pid of the app in this pane (found by its unique data folder).
  func appPID() throws -> Int32 {
    let result = try shell(["pgrep", "-f", "--", "--data-dir \(dataDir.path)"])
    let pids = result.out.split(separator: "\n").compactMap { Int32($0) }
    guard let pid = pids.first(where: { isApp($0) }) ?? pids.first else {
      throw XCTSkip("app process not found")
    }
    return pid
  }

  private func isApp(_ pid: Int32) -> Bool {
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")) ?? ""
    return exe.hasSuffix("career-coach")
  }
}

extension TmuxPane {
  /// The app in a pane with `arguments`; the shell reports its exit status and the terminal's
  /// modes when it ends. `dataDir` as for `init(command:)`.
  static func app(
    _ arguments: String = "", dataDir: URL? = nil, width: Int = 100, height: Int = 30,
    build: AppBuild = .debug
  ) throws -> TmuxPane {
    try TmuxPane(
      command: "sh -c " + appThenReport(try build.binary(), "--data-dir DATA \(arguments)"),
      dataDir: dataDir, width: width, height: height)
  }

  /// From home, starts a quick assessment with every setup answer left as it is, and waits
  /// for its first question.
  func startQuickAssessment(file: StaticString = #filePath, line: UInt = #line) throws {
    try openHomeEntry("Assess my skills", file: file, line: line)
    waitFor(text: "How thorough", file: file, line: line)
    for question in [
      "How many years", "Which job market", "server-side languages", "Which databases",
      "Which cloud platforms",
    ] {
      try press(.enter)
      waitFor(text: question, file: file, line: line)
    }
    try press(.enter)
    waitFor(text: "0/14 answered", file: file, line: line)
  }

  /// From home, starts a full assessment: 4 years, the first market, Python, PostgreSQL and
  /// AWS; waits for its first question and returns that screen.
  @discardableResult
  func startFullAssessment(file: StaticString = #filePath, line: UInt = #line) throws -> String {
    try openHomeEntry("Assess my skills", file: file, line: line)
    waitFor(text: "How thorough", file: file, line: line)
    try press(.down, .enter)
    waitFor(text: "How many years", file: file, line: line)
    try press("4", .enter)
    waitFor(text: "Which job market", file: file, line: line)
    try press(.enter)
    waitFor(text: "Which server-side languages", file: file, line: line)
    try press(.down, .space, .enter)
    waitFor(text: "Which databases", file: file, line: line)
    try press(.space, .enter)
    waitFor(text: "Which cloud platforms", file: file, line: line)
    try press(.space, .enter)
    return waitFor(text: "answered", file: file, line: line)
  }

  /// The number of questions of the assessment on `screen`: "0/72 answered" -> 72.
  static func questionCount(in screen: String) -> Int? {
    guard let range = screen.range(of: #"\d+/(\d+) answered"#, options: .regularExpression) else {
      return nil
    }
    return Int(screen[range].split(separator: "/")[1].split(separator: " ")[0])
  }

  /// Quits the app with q and waits for the shell to report a clean exit.
  func quitApp(file: StaticString = #filePath, line: UInt = #line) throws {
    try press("q")
    waitFor(text: "EXIT:0", file: file, line: line)
  }

  /// Kills the app with SIGKILL, as a crash would, and waits for the shell to report it.
  func killApp(file: StaticString = #filePath, line: UInt = #line) throws {
    kill(try appPID(), SIGKILL)
    waitFor(text: "EXIT:137", file: file, line: line)
  }
}

extension XCTestCase {
  /// A data folder for the app that outlives its restarts within this test; removed after it.
  func dataFolderForRestarts() -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cc-journey-\(UUID().uuidString)")
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    return folder
  }
}

/// A shell line that runs the app, then reports its exit status and the terminal's modes.
/// The shell traps SIGINT so that C-c reaches the app and the shell lives on to report.
func appThenReport(_ binary: String, _ arguments: String) -> String {
  "'trap : INT; \(binary) \(arguments); echo EXIT:$?; stty -a; sleep 60'"
}

/// True when `stty -a` output shows the flag turned on (not `-flag`).
func sttyShows(_ flag: String, in screen: String) -> Bool {
  screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).contains { $0 == flag }
}
