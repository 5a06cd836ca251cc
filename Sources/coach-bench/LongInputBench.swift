import CoachTUI
import Foundation

/// Text a user or a pack can make long: a word of a megabyte on screen, a megabyte of CV.
enum LongInputBench {
  static func rows(app: String, runs: Int) throws -> [BenchRow] {
    let word = String(repeating: "x", count: 1 << 20)
    var lines = 0
    let wrap = Timings.of(runs: runs) { lines = TextWrap.lines(word, width: 78).count }
    precondition(lines == (word.count + 77) / 78)

    let cv = FileManager.default.temporaryDirectory.appendingPathComponent(
      "coach-bench-cv-\(getpid()).txt")
    defer { try? FileManager.default.removeItem(at: cv) }
    try Data(megabyteCV().utf8).write(to: cv)
    let check = try Timings.of(runs: min(runs, 10)) {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: app)
      process.arguments = ["cv-check", cv.path]
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      guard process.terminationStatus == 0 else { throw BenchFailure.command("cv-check") }
    }
    return [
      BenchRow(
        measure: "Wrapping a 1 MB word at 78 columns (median of \(runs))",
        result: BenchRow.milliseconds(wrap.median), budget: "< 50 ms", met: wrap.median < 50),
      BenchRow(
        measure:
          "`cv-check` of a 1 MB CV of short lines, whole command (median of \(min(runs, 10)))",
        result: BenchRow.milliseconds(check.median), budget: "< 500 ms",
        met: check.median < 500),
    ]
  }

  /// About a megabyte of CV lines: the shipped samples' kinds of line, repeated.
  static func megabyteCV() -> String {
    let lines = [
      "Cut p95 latency of the billing API by 40% with a Redis cache",
      "Responsible for duties including security",
      "Built scalable services in Go and Python on AWS",
      "Objective",
      "Designed the PostgreSQL schema for 2 million orders a day",
      "Ran 30 services on Kubernetes (k8s) with CI/CD in GitHub Actions",
    ]
    var text = ""
    var index = 0
    while text.utf8.count < 1_000_000 - 80 {
      text += lines[index % lines.count] + "\n"
      index += 1
    }
    return text
  }
}

enum BenchFailure: Error, CustomStringConvertible {
  case command(String)
  var description: String {
    switch self {
    case .command(let name): return "`career-coach \(name)` failed"
    }
  }
}
