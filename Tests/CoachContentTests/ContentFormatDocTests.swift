import CoachContent
import Foundation
import XCTest
import Yams

/// docs/content-format.md shows every field the shipped pack uses, in the example of the
/// file that holds it, so the format's reference cannot fall behind the pack.
final class ContentFormatDocTests: XCTestCase {
  static let docURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("docs/content-format.md")

  func testEveryFieldOfTheShippedPackIsInTheFormatsExamples() throws {
    let doc = try String(contentsOf: Self.docURL, encoding: .utf8)
    let folder = try PackLoader.shippedFolder()
    for name in PackLoader.fileNames {
      let examples = Self.yamlExamples(under: "## \(name)", in: doc)
      XCTAssertFalse(examples.isEmpty, "content-format.md has no YAML example under '## \(name)'")
      var documented = Set<String>()
      for example in examples {
        documented.formUnion(Self.fieldNames(try XCTUnwrap(try Yams.compose(yaml: example))))
      }
      let shipped = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let used = Self.fieldNames(try XCTUnwrap(try Yams.compose(yaml: shipped)))
      for field in used.subtracting(documented).sorted() {
        XCTFail("content-format.md's example of \(name) does not show the field '\(field)'")
      }
    }
  }

  /// The bodies of the ```yaml blocks between `heading` and the next `## ` heading.
  static func yamlExamples(under heading: String, in doc: String) -> [String] {
    var blocks: [String] = []
    var current: [String]?
    var inSection = false
    for line in doc.components(separatedBy: "\n") {
      if current == nil && line.hasPrefix("## ") { inSection = line == heading }
      guard inSection else { continue }
      if line.hasPrefix("```") {
        if let body = current {
          blocks.append(body.joined(separator: "\n"))
          current = nil
        } else if line == "```yaml" {
          current = []
        }
      } else {
        current?.append(line)
      }
    }
    return blocks
  }

  /// Every mapping key in `node`, except the ratings that key an `anchors` mapping and the
  /// words that key the `terms` of synonyms.yaml (data, not fields).
  static func fieldNames(_ node: Node) -> Set<String> {
    switch node {
    case .mapping(let mapping):
      var names = Set<String>()
      for (key, value) in mapping {
        guard let name = key.string, Int(name) == nil else { continue }
        names.insert(name)
        if name != "terms" { names.formUnion(fieldNames(value)) }
      }
      return names
    case .sequence(let sequence):
      return sequence.reduce(into: Set<String>()) { $0.formUnion(fieldNames($1)) }
    default:
      return []
    }
  }
}
