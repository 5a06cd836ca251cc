import CoachTUI
import Foundation

/// docs/user-guide.md read as sections, key mentions and marked screen captures.
///
/// A capture is an HTML comment naming what `career-coach snapshot` would be asked for, right
/// before a fenced block holding the screen:
///
///     <!-- capture: gaps 80x24 keys: enter -->
///     ```text
///     ...
///     ```
struct UserGuideDocument {
  struct Capture {
    var screen: String
    var width: Int
    var height: Int
    var keys: String
    /// The `## ` section the capture is in.
    var section: String
    /// Lines of the fenced block's body (between the fences).
    var body: Range<Int>
    /// How the capture is named in failures: its marker.
    var name: String {
      "\(screen) \(width)x\(height)" + (keys.isEmpty ? "" : " keys: \(keys)")
    }
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("docs/user-guide.md")

  static let markerPrefix = "<!-- capture:"

  var lines: [String]
  var captures: [Capture] = []
  /// Each section's text outside fenced blocks, by its heading.
  var prose: [String: String] = [:]
  var sections: [String] = []

  init(text: String) throws {
    lines = text.components(separatedBy: "\n")
    var section = ""
    var index = 0
    while index < lines.count {
      let line = lines[index]
      if line.hasPrefix("## ") {
        section = String(line.dropFirst(3))
        sections.append(section)
      }
      if line.hasPrefix(Self.markerPrefix) {
        let marker = try Self.parseMarker(line, section: section)
        guard index + 1 < lines.count, lines[index + 1].hasPrefix("```") else {
          throw Failure(description: "line \(index + 1): a capture marker needs a fenced block")
        }
        guard let close = lines[(index + 2)...].firstIndex(where: { $0.hasPrefix("```") }) else {
          throw Failure(description: "line \(index + 2): the capture's block is never closed")
        }
        captures.append(
          Capture(
            screen: marker.screen, width: marker.width, height: marker.height, keys: marker.keys,
            section: section, body: (index + 2)..<close))
        index = close + 1
        continue
      }
      if line.hasPrefix("```") {
        let close = lines[(index + 1)...].firstIndex(where: { $0.hasPrefix("```") })
        index = (close ?? lines.count) + 1
        continue
      }
      prose[section, default: ""] += line + "\n"
      index += 1
    }
  }

  /// `<!-- capture: NAME WxH [keys: KEYS] -->`
  static func parseMarker(_ line: String, section: String) throws -> (
    screen: String, width: Int, height: Int, keys: String
  ) {
    let inner = line.dropFirst(markerPrefix.count).replacingOccurrences(of: "-->", with: "")
    let parts = inner.components(separatedBy: " keys: ")
    let words = parts[0].split(separator: " ")
    guard words.count == 2, let size = try? Snapshot.parseSize(String(words[1])) else {
      throw Failure(
        description:
          "in section '\(section)': '\(line)' is not <!-- capture: NAME WxH keys: ... -->"
      )
    }
    let keys = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
    return (String(words[0]), size.width, size.height, keys)
  }

  func text(of capture: Capture) -> String {
    lines[capture.body].joined(separator: "\n")
  }

  /// The document with every capture's block replaced by `render(capture)`.
  func rewritten(_ render: (Capture) throws -> String) rethrows -> String {
    var result = lines
    // From the last capture up, so earlier line numbers stay valid.
    for capture in captures.reversed() {
      result.replaceSubrange(
        capture.body, with: try render(capture).components(separatedBy: "\n"))
    }
    return result.joined(separator: "\n")
  }
}
