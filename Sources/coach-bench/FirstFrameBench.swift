import Foundation

/// The home screen's first frame at 100x30, against a Swift program that only prints and two
/// other ncurses programs, ncdu and tig, timed by the same pseudo-terminal harness.
enum FirstFrameBench {
  /// How long the output must stay quiet after a program's marker for its frame to count as
  /// drawn, in milliseconds: ncurses writes a frame in one burst, so more bytes this soon
  /// after belong to it, while a later redraw (career-coach's header once its pack has
  /// loaded) does not.
  static let settle: Double = 2

  /// One program in the comparison: how to start it, the text of its first frame, the key
  /// that quits it.
  struct Program {
    var name: String
    var arguments: [String]
    var marker: String
    var quit: String = "q"
    var environment: [String: String] = [:]

    func run() throws -> PseudoTerminalRun {
      try PseudoTerminalRun.measure(
        arguments, marker: marker, then: quit.isEmpty ? [] : [(quit, "")],
        environment: environment, settle: quit.isEmpty ? 0 : FirstFrameBench.settle)
    }
  }

  /// The rows, and the app's runs (for peak memory). Programs not installed are left out
  /// with a note on stderr.
  static func rows(app: String, hello: String, runs: Int) throws -> (
    rows: [BenchRow], appRuns: [PseudoTerminalRun]
  ) {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "coach-bench-start-\(getpid())")
    try? FileManager.default.removeItem(at: scratch)
    defer { try? FileManager.default.removeItem(at: scratch) }
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    // Started the way a user starts it: the bare command, its data folder from the environment.
    let coach = Program(
      name: "career-coach", arguments: [app], marker: "Keys and help",
      environment: ["CAREER_COACH_HOME": scratch.appendingPathComponent("data").path])
    let baseline = Program(name: "hello", arguments: [hello], marker: "hello", quit: "")
    var others: [Program] = []
    if let ncdu = installed("ncdu") {
      let folder = try smallFolder(in: scratch)
      others.append(
        Program(name: "ncdu", arguments: [ncdu, folder], marker: "Total disk usage"))
    } else {
      note("ncdu is not installed; its rows are left out.")
    }
    if let tig = installed("tig"), let git = installed("git") {
      let repository = try smallRepository(in: scratch, git: git)
      others.append(
        Program(
          name: "tig", arguments: [tig, "-C", repository], marker: "Add the third file",
          environment: ["HOME": scratch.path, "GIT_CONFIG_NOSYSTEM": "1"]))
    } else {
      note("tig (or git) is not installed; its rows are left out.")
    }
    let programs = [baseline, coach] + others
    for program in programs { _ = try program.run() }
    var samples = Array(repeating: [PseudoTerminalRun](), count: programs.count)
    // Interleaved so all see the same machine load.
    for _ in 0..<runs {
      for (index, program) in programs.enumerated() { samples[index].append(try program.run()) }
    }
    let medians = samples.map { Timings(samples: $0.map(\.milliseconds)).median }
    let ncduMedian = others.first { $0.name == "ncdu" }.flatMap { ncdu in
      programs.firstIndex { $0.name == ncdu.name }.map { medians[$0] }
    }
    var rows = [
      BenchRow(
        measure: "Swift program that only prints: start to output (median of \(runs))",
        result: BenchRow.milliseconds(medians[0]), budget: "baseline", met: nil),
      BenchRow(
        measure: "Home screen first frame, 100x30 pty (median of \(runs))",
        result: BenchRow.milliseconds(medians[1])
          + String(format: " (%.2fx)", medians[1] / medians[0]),
        budget: "< 2x baseline", met: medians[1] / medians[0] < 2),
    ]
    for (index, program) in programs.enumerated().dropFirst(2) {
      rows.append(
        BenchRow(
          measure: "\(program.name) first frame, 100x30 pty (median of \(runs))",
          result: BenchRow.milliseconds(medians[index]), budget: "comparison", met: nil))
    }
    if let ncduMedian {
      let ratio = medians[1] / ncduMedian
      rows.append(
        BenchRow(
          measure: "Home screen first frame against ncdu's", result: String(format: "%.2fx", ratio),
          budget: "< 1.5x ncdu", met: ratio < 1.5))
    }
    return (rows, samples[1])
  }

  /// The full path of `program` on PATH, if it is installed.
  static func installed(_ program: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(program)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// A folder of three small files and a subfolder, for ncdu to scan.
  private static func smallFolder(in scratch: URL) throws -> String {
    let folder = scratch.appendingPathComponent("ncdu")
    let inner = folder.appendingPathComponent("notes")
    try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
    for (index, name) in ["a.txt", "b.txt", "notes/c.txt"].enumerated() {
      try Data(repeating: 65, count: 1000 * (index + 1)).write(
        to: folder.appendingPathComponent(name))
    }
    return folder.path
  }

  /// A git repository of three commits, for tig to show; the last commit's subject is the
  /// marker.
  private static func smallRepository(in scratch: URL, git: String) throws -> String {
    let folder = scratch.appendingPathComponent("repo")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let identity = ["-c", "user.name=Bench", "-c", "user.email=bench@example.com"]
    try runGit(git, ["init", "-q", "-b", "main"], in: folder)
    for (index, word) in ["first", "second", "third"].enumerated() {
      try Data("line \(index)\n".utf8).write(to: folder.appendingPathComponent("\(word).txt"))
      try runGit(git, ["add", "."], in: folder)
      try runGit(git, identity + ["commit", "-q", "-m", "Add the \(word) file"], in: folder)
    }
    return folder.path
  }

  private static func runGit(_ git: String, _ arguments: [String], in folder: URL) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: git)
    process.arguments = ["-C", folder.path] + arguments
    process.environment = ["GIT_CONFIG_NOSYSTEM": "1", "HOME": folder.path]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw BenchFailure.command("git") }
  }

  private static func note(_ text: String) {
    FileHandle.standardError.write(Data("coach-bench: \(text)\n".utf8))
  }
}
