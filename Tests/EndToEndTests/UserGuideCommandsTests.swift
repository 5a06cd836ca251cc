import Foundation
import XCTest

/// docs/user-guide.md documents every command the built binary offers: each has its own
/// `### career-coach NAME` section with an example, naming each of its options; the global
/// options are named once, in the Commands section's introduction.
final class UserGuideCommandsTests: XCTestCase {
  static let guideURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("docs/user-guide.md")
  static let globalOptions: Set<String> = [
    "--content", "--data-dir", "--no-color", "--version", "--help",
  ]

  func testEveryCommandHasASectionWithAnExampleAndItsOptions() throws {
    let binary = try binaryPath()
    let guide = try String(contentsOf: Self.guideURL, encoding: .utf8)
    let commands = try Self.commands(binary: binary, path: [])
    XCTAssertGreaterThan(commands.count, 5, "could not read the commands from --help")

    let commandsSection = try XCTUnwrap(Self.section("## Commands", in: guide))
    let introduction = commandsSection.components(separatedBy: "\n### ")[0]
    for option in Self.globalOptions.subtracting(["--help"]).sorted() {
      XCTAssertTrue(
        introduction.contains("`\(option)"),
        "the user guide's Commands section does not name the global option \(option)")
    }
    for command in commands {
      let name = "career-coach " + command.path.joined(separator: " ")
      guard let section = Self.section("### \(name)", in: guide) else {
        XCTFail("the user guide has no '### \(name)' section")
        continue
      }
      let example = section.components(separatedBy: "\n").contains {
        $0 == name || $0.hasPrefix(name + " ")
      }
      XCTAssertTrue(example, "the user guide's '\(name)' section has no example line '\(name) ...'")
      for option in command.options where !section.contains(option) {
        XCTFail("the user guide's '\(name)' section does not name its option \(option)")
      }
    }
  }

  struct Command {
    var path: [String]
    var options: [String]
  }

  /// The commands below `path`, read from `--help`: a command with subcommands is replaced by
  /// them.
  static func commands(binary: String, path: [String]) throws -> [Command] {
    let help = try shell([binary] + path + ["--help"])
    guard help.status == 0 else {
      throw XCTSkip("\(path.joined(separator: " ")) --help failed: \(help.err)")
    }
    let subcommands = entries(of: "SUBCOMMANDS:", in: help.out)
    if !subcommands.isEmpty {
      return try subcommands.flatMap { try commands(binary: binary, path: path + [$0]) }
    }
    guard !path.isEmpty else { return [] }
    let options = entries(of: "OPTIONS:", in: help.out).compactMap { entry in
      entry.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        .first { $0.hasPrefix("--") }
    }
    return [Command(path: path, options: options.filter { !globalOptions.contains($0) })]
  }

  /// The first word of each entry listed under `heading` in a `--help` text.
  static func entries(of heading: String, in help: String) -> [String] {
    var inside = false
    var found: [String] = []
    for line in help.components(separatedBy: "\n") {
      if line == heading {
        inside = true
      } else if inside && !line.hasPrefix(" ") {
        inside = false
      } else if inside && line.hasPrefix("  ") && !line.hasPrefix("   ") {
        // "  --format <format>   The output..." or "  -h, --help   Show..."
        let words = line.trimmingCharacters(in: .whitespaces).components(separatedBy: "  ")
        if let first = words.first, !first.isEmpty { found.append(first) }
      }
    }
    // "--format <format>" names --format; "start (default)" names start.
    return found.map { $0.components(separatedBy: " <").first ?? $0 }
      .map { $0.hasSuffix(" (default)") ? String($0.dropLast(10)) : $0 }
  }

  /// The text under a heading line, up to the next heading of the same or a higher level.
  static func section(_ heading: String, in text: String) -> String? {
    let lines = text.components(separatedBy: "\n")
    guard let start = lines.firstIndex(of: heading) else { return nil }
    let level = heading.prefix { $0 == "#" }.count
    let end = lines[(start + 1)...].firstIndex { line in
      let hashes = line.prefix { $0 == "#" }.count
      return hashes > 0 && hashes <= level && line.dropFirst(hashes).hasPrefix(" ")
    }
    return lines[(start + 1)..<(end ?? lines.count)].joined(separator: "\n")
  }
}
