import CoachContent
import Foundation

// Measures career-coach against the budgets of DESIGN.md §9. Run it in release:
//   swift build -c release && .build/release/coach-bench
// It prints a Markdown table for docs/performance.md. `coach-bench pack` measures only the
// content pack's loading, `coach-bench text` only the long-text rows, `coach-bench start` only
// the first-frame rows (against ncdu and tig when they are installed), `coach-bench keys [SCREEN...]` only
// the key-to-frame rows (of the screens named).

let arguments = CommandLine.arguments
let folder = URL(fileURLWithPath: arguments[0]).deletingLastPathComponent()
let app = folder.appendingPathComponent("career-coach").path
let hello = folder.appendingPathComponent("bench-hello").path
let runs = 20
var rows: [BenchRow] = []

func report(_ error: Error) -> Never {
  FileHandle.standardError.write(Data("coach-bench: \(error)\n".utf8))
  exit(1)
}

func printTable(_ rows: [BenchRow]) {
  print("| Measure | Result | Budget | Met |")
  print("|---|---|---|---|")
  for row in rows {
    let met = row.met.map { $0 ? "yes" : "**no**" } ?? ""
    print("| \(row.measure) | \(row.result) | \(row.budget) | \(met) |")
  }
}

if arguments.dropFirst().first == "text" {
  do {
    printTable(try LongInputBench.rows(app: app, runs: runs))
  } catch {
    report(error)
  }
  exit(0)
}

if arguments.dropFirst().first == "pack" {
  do {
    printTable(try PackBench.rows(runs: runs))
  } catch {
    report(error)
  }
  exit(0)
}

if arguments.dropFirst().first == "start" {
  do {
    printTable(try FirstFrameBench.rows(app: app, hello: hello, runs: runs).rows)
  } catch {
    report(error)
  }
  exit(0)
}

/// Key to finished frame on every screen, over 1,000 stored assessments.
func keyRows(_ screens: ScreenBench, only: [String] = []) throws -> [BenchRow] {
  try screens.keyToFrame(presses: 200, only: only).map { screen, timings in
    BenchRow(
      measure: "Key to finished frame at 200x60: \(screen) (median of 200)",
      result: BenchRow.milliseconds(timings.median), budget: "< 1 ms", met: timings.median < 1)
  }
}

if arguments.dropFirst().first == "keys" {
  do {
    let screens = try ScreenBench(pack: try PackLoader.shipped(), assessments: 1000)
    defer { screens.cleanUp() }
    printTable(try keyRows(screens, only: Array(arguments.dropFirst(2))))
  } catch {
    report(error)
  }
  exit(0)
}

do {
  let (startRows, appRuns) = try FirstFrameBench.rows(app: app, hello: hello, runs: runs)
  rows += startRows

  rows += try PackBench.rows(runs: runs)
  rows += try LongInputBench.rows(app: app, runs: runs)

  let pack = try PackLoader.shipped()
  let screens = try ScreenBench(pack: pack, assessments: 1000)
  defer { screens.cleanUp() }

  // A session over 1,000 stored assessments that opens results, history and the career
  // path at 200x60, for peak memory.
  let session = try PseudoTerminalRun.measure(
    [app, "--data-dir", screens.folder.path], marker: "Keys and help",
    then: [
      ("j\r", "Where you stand"), ("\u{1b}", "Keys and help"), ("G", ""), ("kk\r", "newest first"),
      ("\u{1b}", "Keys and help"), ("g", ""), ("jjjj\r", "Enter opens a level"),
      ("\u{1b}", "Keys and help"),
      ("q", ""),
    ],
    width: 200, height: 60)
  let peakMiB = Double(max(session.peakKiB, appRuns.map(\.peakKiB).max() ?? 0)) / 1024
  rows.append(
    BenchRow(
      measure: "Peak memory of a TUI session over 1,000 assessments (max RSS)",
      result: String(format: "%.1f MiB", peakMiB), budget: "< 40 MiB", met: peakMiB < 40))
  let history = try screens.historyOpen(runs: 10)
  rows.append(
    BenchRow(
      measure: "History screen opening with 1,000 assessments (median of 10)",
      result: BenchRow.milliseconds(history.median), budget: "< 50 ms", met: history.median < 50))
  let drills = try DrillBench(pack: pack, reviews: 100_000)
  defer { drills.cleanUp() }
  let stats = try drills.statsOpen(runs: 10)
  rows.append(
    BenchRow(
      measure: "Statistics screen opening with 100,000 reviews (median of 10)",
      result: BenchRow.milliseconds(stats.median), budget: "< 50 ms", met: stats.median < 50))
  let next = drills.nextCard(runs: 20)
  rows.append(
    BenchRow(
      measure: "Next flashcard picked with 100,000 reviews (median of 20)",
      result: BenchRow.milliseconds(next.median), budget: "< 50 ms", met: next.median < 50))
  rows += try keyRows(screens)
} catch {
  report(error)
}

printTable(rows)
