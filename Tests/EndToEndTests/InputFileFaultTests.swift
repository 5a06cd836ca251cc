import Foundation
import XCTest

/// Answers, import and CV files that are truncated, huge, binary, endless or of the wrong
/// shape: one sentence naming the file (and the field, where there is one), exit 1, quickly,
/// and nothing stored. The plainer cases are in CommandLineTests.
final class InputFileFaultTests: CommandLineTestCase {
  /// Bytes that look random but are the same on every run.
  static func noise(_ count: Int, seed: UInt64 = 42) -> Data {
    var state = seed
    return Data(
      (0..<count).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return UInt8(truncatingIfNeeded: state >> 56)
      })
  }

  /// `count` bytes of `unit` repeated, written without holding them all twice.
  func writeRepeated(_ name: String, head: String, unit: String, tail: String, bytes: Int) throws
    -> String
  {
    let path = folder.appendingPathComponent(name).path
    _ = FileManager.default.createFile(atPath: path, contents: Data(head.utf8))
    let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
    try handle.seekToEnd()
    let chunk = Data(String(repeating: unit, count: max(1, (1 << 20) / unit.utf8.count)).utf8)
    for _ in 0..<(bytes / chunk.count) { try handle.write(contentsOf: chunk) }
    try handle.write(contentsOf: Data(tail.utf8))
    try handle.close()
    return path
  }

  /// Runs a command that must refuse its input: exit 1, one line naming the file and saying
  /// `expected`, within `seconds`.
  func assertRefused(
    _ arguments: [String], file path: String, saying expected: [String], seconds: Double = 20,
    line: UInt = #line
  ) throws {
    let started = Date()
    let result = try shell([binary] + arguments + ["--data-dir", dataDir])
    let name = (path as NSString).lastPathComponent
    XCTAssertLessThan(Date().timeIntervalSince(started), seconds, name, line: line)
    XCTAssertEqual(result.status, 1, "\(name): \(result.err)", line: line)
    XCTAssertTrue(result.err.contains(path), "\(name): \(result.err)", line: line)
    for text in expected {
      XCTAssertTrue(result.err.contains(text), "\(name): \(text) in \(result.err)", line: line)
    }
    XCTAssertEqual(result.err.split(separator: "\n").count, 1, "\(name): \(result.err)", line: line)
    XCTAssertLessThan(result.err.count, 400, "\(name): one readable line", line: line)
    XCTAssertFalse(result.err.contains("\u{1B}"), "\(name): no escape reaches the terminal")
    XCTAssertEqual(result.out, "", name, line: line)
  }

  func assertNothingStored(line: UInt = #line) throws {
    let history = try run("history", "--format", "json")
    XCTAssertEqual(try assessmentCount(history.out), 0, history.err, line: line)
  }

  func testAnswersFilesOfTheWrongShapeNameTheField() throws {
    let cases: [(String, String, [String])] = [
      ("cut.yaml", "years: 4\nratings: {go: 3, sql", ["not valid YAML or JSON"]),
      ("ratings-list.yaml", "ratings: [go, sql]\n", ["\"ratings\" must map skill ids"]),
      ("nested.yaml", "ratings:\n  go: {level: 3}\n", ["rating of \"go\"", "mapping"]),
      ("text-number.json", #"{"ratings": {"go": "3"}}"#, ["rating of \"go\"", "the text \"3\""]),
      ("boolean.json", #"{"ratings": {"go": true}}"#, ["rating of \"go\"", "whole number"]),
      ("huge-number.json", #"{"ratings": {"go": 1e999}}"#, ["rating of \"go\""]),
      ("years-list.yaml", "ratings: {}\nyears: [4]\n", ["\"years\""]),
      ("market-list.yaml", "ratings: {}\nmarket: [dk]\n", ["\"market\""]),
      ("languages-map.yaml", "ratings: {}\nlanguages: {go: 1}\n", ["\"languages\""]),
      ("key-list.yaml", "? [go, sql]\n: 3\nratings: {}\n", ["a key of the file is not a name"]),
      (
        "escape.yaml", "ratings: {}\nmarket: \"\\e[2J\\e[31mred\"\n", ["unknown market", "\\u{1b}"]
      ),
      ("newline.yaml", "ratings:\n  \"go\\nsql\": 3\n", ["unknown skill \"go\\nsql\""]),
      (
        "long-value.yaml", "ratings: {}\nmarket: \(String(repeating: "x", count: 100_000))\n",
        ["unknown market \"xxxx", "…\""]
      ),
    ]
    for (name, text, expected) in cases {
      let path = try write(name, text)
      try assertRefused(["assess", "--answers", path], file: path, saying: expected)
    }
    var nul = Data("ratings:\n  go: 3\n".utf8)
    nul.insert(0, at: 5)
    for (name, data) in [("nul.yaml", nul), ("noise.bin", Self.noise(65_536))] {
      let path = try write(name, data)
      try assertRefused(["assess", "--answers", path], file: path, saying: ["binary"])
    }
    try assertNothingStored()
  }

  func testHugeAndEndlessAnswersFilesAreRefusedWithoutReadingThemWhole() throws {
    let huge = try writeRepeated(
      "huge.yaml", head: "ratings:\n  go: 3\n", unit: "# padding padding padding\n",
      tail: "", bytes: 30 << 20)
    try assertRefused(
      ["assess", "--answers", huge], file: huge, saying: ["larger than 1 MB"], seconds: 10)
    try assertRefused(
      ["assess", "--answers", "/dev/zero"], file: "/dev/zero", saying: ["not a regular file"],
      seconds: 10)
    try assertNothingStored()
  }

  func testImportFilesOfTheWrongShapeNameTheField() throws {
    let header = #"{"format": "career-coach-export", "version": 1, "#
    let cases: [(String, String, [String])] = [
      ("assessments-map.json", header + #""assessments": {}}"#, ["assessments should be a list"]),
      (
        "id-text.json",
        header + #""assessments": [{"id": "1", "mode": "full", "startedAt": "x", "answers": {}}]}"#,
        ["assessments[0].id should be a whole number"]
      ),
      (
        "nested.json",
        header
          + #""assessments": [{"id": 1, "mode": "full", "startedAt": "2024-01-01T00:00:00.000Z", "answers": {"go": [[[]]]}}]}"#,
        ["assessments[0].answers.go should be an object"]
      ),
      (
        "escape.json",
        header
          + #""assessments": [{"id": 1, "mode": "full", "startedAt": "2024-01-01T00:00:00.000Z", "market": "\u001b[2Jmars", "answers": {}}]}"#,
        ["unknown market \"\\u{1b}[2Jmars\""]
      ),
      ("version-text.json", #"{"format": "career-coach-export", "version": "1"}"#, ["version"]),
    ]
    for (name, text, expected) in cases {
      let path = try write(name, text)
      try assertRefused(["import", path], file: path, saying: expected + ["nothing was imported"])
    }
    let noise = try write("noise.bin", Self.noise(65_536))
    try assertRefused(["import", noise], file: noise, saying: ["binary"])
    try assertNothingStored()
  }

  /// Past the limit the file is not read whole; below it, millions of tiny objects are
  /// parsed once, in seconds and well under a gigabyte (they once took 9 GB).
  func testHugeImportFilesAreRefusedQuickly() throws {
    let sparse = folder.appendingPathComponent("sparse.json").path
    _ = FileManager.default.createFile(atPath: sparse, contents: Data("{".utf8))
    let handle = try XCTUnwrap(FileHandle(forWritingAtPath: sparse))
    try handle.truncate(atOffset: 100 << 20)
    try handle.close()
    try assertRefused(["import", sparse], file: sparse, saying: ["larger than 64 MB"], seconds: 10)
    try assertRefused(
      ["import", "/dev/zero"], file: "/dev/zero", saying: ["not a regular file"], seconds: 10)

    let junk = try writeRepeated(
      "junk.json", head: #"{"format": "career-coach-export", "version": 1, "assessments": ["#,
      unit: #"{"id": "x"},"#, tail: #"{"id": "x"}]}"#, bytes: 30 << 20)
    try assertRefused(
      ["import", junk], file: junk, saying: ["assessments[0].id should be a whole number"],
      seconds: 30)
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    XCTAssertLessThan(usage.ru_maxrss, 2 << 20, "peak memory of a command, in KB")
    try assertNothingStored()
  }

  func testAHugeCVIsRefusedQuickly() throws {
    let huge = try writeRepeated(
      "cv.txt", head: "Jane Doe\nBackend developer\n", unit: "Built APIs in Go and SQL.\n",
      tail: "", bytes: 30 << 20)
    try assertRefused(["cv-check", huge], file: huge, saying: ["1 MB"], seconds: 10)
    try assertRefused(["cv-check", "/dev/zero"], file: "/dev/zero", saying: ["regular file"])
  }

  /// A pipe nobody writes to would block a reader for ever: it is refused before it is read.
  func testAPipeIsRefusedAtOnce() throws {
    let fifo = folder.appendingPathComponent("answers.fifo").path
    XCTAssertEqual(mkfifo(fifo, 0o600), 0)
    for arguments in [["assess", "--answers", fifo], ["import", fifo]] {
      // `timeout` turns a hang into a failure (status 124) instead of a stuck test run.
      let result = try shell(["timeout", "20", binary] + arguments + ["--data-dir", dataDir])
      XCTAssertEqual(result.status, 1, "\(arguments[0]): \(result.err)")
      XCTAssertTrue(result.err.contains("\(fifo): it is not a regular file"), result.err)
      XCTAssertEqual(result.err.split(separator: "\n").count, 1, result.err)
    }
    try assertNothingStored()
  }
}
