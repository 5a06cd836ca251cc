import CoachContent
import Foundation
import XCTest

/// A minimal valid pack, written into a temporary folder, for tests that break one thing each.
///
/// The files are built from entry templates whose ids take a suffix, so the same templates make
/// the minimal pack (no suffix) and a pack many times larger (suffixes -0, -1, ...). Line
/// numbers in the tests refer to the minimal pack as laid out here.
enum PackFixture {
  static let role = """
    id: test-role
    title: Test Role
    summary: A role for tests.
    sources:
      - id: "000"
        title: Source zero
      - id: own
        title: Our own words
    sections:
      - id: what
        title: What it is
        body: It is a role.
        source: own
    faq:
      - question: Why?
        answer: Because.
        source: "000"

    """

  static func categories(_ s: String) -> String {
    """
      - id: code\(s)
        name: Code
        description: Writing code.
        anchors:
          0: Never.
          1: Read about it.
          2: With help.
          3: Alone.
          4: Teaches it.

    """
  }

  static func skills(_ s: String) -> String {
    """
      - id: python\(s)
        name: Python
        category: code\(s)
        description: The Python language.
        hours_per_step: 30
        anchors:
          0: Never.
          1: Tutorial.
          2: With help.
          3: Alone.
          4: Teaches it.
      - id: go\(s)
        name: Go
        category: code\(s)
        description: The Go language.
        hours_per_step: 40
        anchors: {0: Never., 1: Tutorial., 2: With help., 3: Alone., 4: Teaches it.}

    """
  }

  static func levels(_ s: String) -> String {
    """
      - id: junior\(s)
        name: Junior
        overview: Starts out.
        source: "000"
        typical_years:
          - years: "1-3"
            source: "000"
        requirements:
          - one_of: [python\(s), go\(s)]
            label: A language
            min: 2
            weight: 3
      - id: senior\(s)
        name: Senior
        overview: Leads.
        source: own
        responsibilities: [Lead the team.]
        requirements:
          - skill: python\(s)
            min: 4
            weight: 2

    """
  }

  static func tracks(_ s: String) -> String {
    """
      - id: ladder\(s)
        name: Ladder
        source: own
        levels: [junior\(s), senior\(s)]

    """
  }

  static func markets(_ s: String) -> String {
    """
      - id: dk\(s)
        name: Denmark
        currency: DKK

    """
  }

  static func salaries(_ s: String) -> String {
    """
      - market: dk\(s)
        level: junior\(s)
        label: Entry level
        min: 300000
        max: 480000
        period: year
        source: "000"

    """
  }

  static func tips(_ s: String) -> String {
    """
      - id: cv-metrics\(s)
        category: cv
        title: Use numbers
        text: Put numbers on what you built.
        source: own
        levels: [junior\(s)]
        skills: [python\(s)]

    """
  }

  static func questions(_ s: String) -> String {
    """
      - id: rest-design\(s)
        text: How do you design an API?
        kind: technical
        level: junior\(s)
        skills: [python\(s)]
        key_points:
          - Resources
          - Methods
          - Status codes
        hint: Think of HTTP.
        follow_ups: [What about versioning?]
        source: "000"

    """
  }

  static func checks(_ s: String) -> String {
    """
      - id: metrics\(s)
        title: Measurable impact
        why: Numbers show scale.
        keywords: [latency, uptime]
        patterns: ['\\d+\\s*%']
        suggestion: Add a metric.
        source: own

    """
  }

  static func mistakes(_ s: String) -> String {
    """
      - id: vague\(s)
        title: Duties not results
        why: Vague.
        keywords: [responsible for]
        suggestion: Say what changed.
        source: own

    """
  }

  /// The pack's files, with every entry repeated for each suffix.
  static func files(suffixes: [String] = [""]) -> [String: String] {
    func all(_ template: (String) -> String) -> String { suffixes.map(template).joined() }
    return [
      "role.yaml": role,
      "skills.yaml": "categories:\n" + all(categories) + "skills:\n" + all(skills),
      "levels.yaml": "levels:\n" + all(levels) + "tracks:\n" + all(tracks),
      "salaries.yaml": "markets:\n" + all(markets) + "salaries:\n" + all(salaries),
      "tips.yaml": "tips:\n" + all(tips),
      "questions.yaml": "questions:\n" + all(questions),
      "cv-checks.yaml": "checks:\n" + all(checks) + "mistakes:\n" + all(mistakes),
    ]
  }

  /// Writes `files` into a new temporary folder and returns it.
  static func write(_ files: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("coach-content-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in files {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder
  }

  /// The minimal pack with `old` replaced by `new` in `file` (which must contain `old`),
  /// checked; the diagnostics as `pack/file:line:column: error: message` lines.
  static func lint(
    _ file: String, replacing old: String, with new: String,
    sourceFile: StaticString = #filePath, line: UInt = #line
  ) throws -> [String] {
    var files = files()
    let text = try XCTUnwrap(files[file], "no file \(file)", file: sourceFile, line: line)
    XCTAssertTrue(text.contains(old), "\(file) lacks \(old)", file: sourceFile, line: line)
    files[file] = text.replacingOccurrences(of: old, with: new)
    return try lint(files)
  }

  static func lint(_ files: [String: String]) throws -> [String] {
    let folder = try write(files)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try lint(folder: folder)
  }

  /// The diagnostics of the pack in `folder`, shown as `pack/...`.
  static func lint(folder: URL) throws -> [String] {
    try PackLoader.check(folder, displayPath: "pack").diagnostics.map(\.description)
  }
}
