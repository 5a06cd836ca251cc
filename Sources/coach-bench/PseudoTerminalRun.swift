import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One run of a program under a fresh pseudo-terminal: how long until its first frame was on
/// it, and the program's peak resident memory while the script ran.
///
/// The first frame is the last byte written before the output goes quiet for `settle`
/// milliseconds once `marker` (text of that frame) has appeared: the same rule for every
/// program, so a program that draws its screen in several writes is timed to its last one.
/// A `settle` of zero times the marker itself.
struct PseudoTerminalRun {
  var milliseconds: Double
  var peakKiB: Int

  enum Failure: Error, CustomStringConvertible {
    case spawn(String)
    case neverSaw(String, String, [UInt8])

    var description: String {
      switch self {
      case .spawn(let program): return "could not start \(program) under a pseudo-terminal."
      case .neverSaw(let marker, let program, let output):
        let tail = String(decoding: output.suffix(300), as: UTF8.self).debugDescription
        return "\(program) never showed '\(marker)'; its output ended with \(tail)."
      }
    }
  }

  /// Starts `arguments` at `width`x`height`, waits for `marker`, then types `afterwards`
  /// (each element once the previous one's marker showed) and waits for the exit.
  static func measure(
    _ arguments: [String], marker: String, then script: [(keys: String, marker: String)] = [],
    width: Int = 100, height: Int = 30, environment: [String: String] = [:], settle: Double = 0
  ) throws -> PseudoTerminalRun {
    var master: Int32 = -1
    var slave: Int32 = -1
    var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw Failure.spawn(arguments[0]) }
    defer { close(master) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // A new session that opens the terminal makes it its controlling terminal, as a shell
    // does: programs that open /dev/tty (tig) need one.
    guard let name = ttyname(slave) else { throw Failure.spawn(arguments[0]) }
    posix_spawn_file_actions_addclose(&actions, master)
    posix_spawn_file_actions_addclose(&actions, slave)
    posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
    for target in Int32(1)...2 { posix_spawn_file_actions_adddup2(&actions, 0, target) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, spawnNewSession)
    var env = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    env["TERM"] = env["TERM"].flatMap { $0 == "dumb" ? nil : $0 } ?? "xterm-256color"
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    let argv = arguments.map { strdup($0) } + [nil]
    defer {
      for pointer in envp { free(pointer) }
      for pointer in argv { free(pointer) }
    }
    var pid: pid_t = 0
    let start = DispatchTime.now()
    guard posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp) == 0 else {
      close(slave)
      throw Failure.spawn(arguments[0])
    }
    close(slave)
    var output = [UInt8]()
    guard waitFor(marker, on: master, output: &output) else {
      kill(pid, SIGKILL)
      _ = reap(pid)
      throw Failure.neverSaw(marker, arguments[0], output)
    }
    var end = DispatchTime.now()
    if settle > 0 { end = lastByteBeforeQuiet(on: master, quiet: settle) ?? end }
    let elapsed = Double(end.uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
    var peak = highWaterMark(of: pid)
    for step in script {
      peak = max(peak, highWaterMark(of: pid))
      output.removeAll()
      _ = step.keys.withCString { write(master, $0, strlen($0)) }
      if !step.marker.isEmpty, !waitFor(step.marker, on: master, output: &output) {
        kill(pid, SIGKILL)
        _ = reap(pid)
        throw Failure.neverSaw(step.marker, arguments[0], output)
      }
    }
    // Keep draining so the program never blocks on a full pseudo-terminal while it exits.
    var drained = [UInt8]()
    _ = waitFor("\u{0}never", on: master, output: &drained, seconds: 0.2)
    _ = reap(pid)
    return PseudoTerminalRun(milliseconds: elapsed, peakKiB: peak)
  }

  /// The process's peak resident memory so far, in KiB (VmHWM). Read from /proc rather than
  /// taken from wait4: a child made by posix_spawn shares the parent's memory until it execs,
  /// and wait4 would count that too.
  private static func highWaterMark(of pid: pid_t) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else {
      return 0
    }
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
  }

  /// glibc's POSIX_SPAWN_SETSID, which its headers give Swift only under _GNU_SOURCE.
  private static let spawnNewSession: Int16 = 0x80

  /// Reads until nothing arrives for `quiet` milliseconds; returns when the last byte came,
  /// nil if none did.
  private static func lastByteBeforeQuiet(on fd: Int32, quiet: Double) -> DispatchTime? {
    var last: DispatchTime?
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      guard poll(&poller, 1, Int32(quiet)) > 0, read(fd, &buffer, buffer.count) > 0 else {
        return last
      }
      last = DispatchTime.now()
    }
  }

  /// Reads until `marker` shows in the output or `seconds` pass.
  private static func waitFor(
    _ marker: String, on fd: Int32, output: inout [UInt8], seconds: Double = 10
  )
    -> Bool
  {
    let needle = Array(marker.utf8)
    let deadline = Date().addingTimeInterval(seconds)
    var buffer = [UInt8](repeating: 0, count: 65536)
    while Date() < deadline {
      var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      guard poll(&poller, 1, 50) > 0 else { continue }
      let count = read(fd, &buffer, buffer.count)
      if count <= 0 { return false }
      output += buffer[0..<count]
      if output.count >= needle.count, contains(output, needle) { return true }
    }
    return false
  }

  private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
    for start in 0...(haystack.count - needle.count)
    where haystack[start] == needle[0] && Array(haystack[start..<start + needle.count]) == needle {
      return true
    }
    return false
  }

  /// Waits for the child; returns the peak resident set wait4 reports, in KiB.
  private static func reap(_ pid: pid_t) -> Int {
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    return usage.ru_maxrss
  }
}
