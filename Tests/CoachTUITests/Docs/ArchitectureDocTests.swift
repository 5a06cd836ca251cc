import Foundation
import XCTest

/// docs/architecture.md names only files, folders and Swift declarations that exist.
final class ArchitectureDocTests: XCTestCase {
  static let root = UserGuideTests.packageRoot
  /// Words in backticks that are keys or placeholders, not code.
  static let notCode: Set<String> = ["Esc", "Ctrl-C"]

  func testEveryNamedFileAndDeclarationExists() throws {
    let doc = try String(
      contentsOf: Self.root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
    let files = try Self.files()
    let sources = try files.filter { $0.hasSuffix(".swift") || $0.hasSuffix(".h") }
      .map { try String(contentsOf: Self.root.appendingPathComponent($0), encoding: .utf8) }
      .joined(separator: "\n")
    let tokens = doc.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }
      .map(\.element)
    for token in Set(tokens).sorted() where !Self.notCode.contains(token) {
      if Self.isPath(token) {
        let path = token.hasSuffix("/") ? String(token.dropLast()) : token
        let exists =
          files.contains { $0 == path || $0.hasSuffix("/" + path) }
          || Self.folderExists(path, among: files)
        XCTAssertTrue(exists, "architecture.md names \(token), which does not exist")
      } else if Self.isCode(token) {
        let name = token.components(separatedBy: "(")[0]
        for part in name.components(separatedBy: ".") {
          XCTAssertTrue(
            Self.declares(part, in: sources) || Self.folderExists("Sources/" + part, among: files)
              || files.contains { $0.hasSuffix("/\(part).swift") },
            "architecture.md names \(token), but nothing in Sources or Tests declares \(part)")
        }
      }
    }
  }

  /// A path to check: it has a folder or a Swift file in it, and no placeholder.
  static func isPath(_ token: String) -> Bool {
    (token.contains("/") || token.hasSuffix(".swift"))
      && !token.contains(" ") && !token.contains("*") && !token.hasPrefix("~")
      && !token.hasPrefix("$") && !token.contains("Name") && token.contains { $0.isLetter }
  }

  /// A Swift name to check: `Type`, `Type.member`, `lowerCamel` or `function(label:)`; not a
  /// file name or an environment variable.
  static func isCode(_ token: String) -> Bool {
    let name = token.components(separatedBy: "(")[0]
    guard !name.isEmpty, !name.hasSuffix(".swift"), name.contains(where: \.isLowercase),
      name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." })
    else { return false }
    return name.contains(".") || token.contains("(") || name.contains { $0.isUppercase }
  }

  static func declares(_ name: String, in sources: String) -> Bool {
    let pattern =
      "\\b(struct|enum|class|protocol|func|var|let|case|typealias|extension)\\s+\(name)\\b"
    return sources.range(of: pattern, options: .regularExpression) != nil
  }

  static func folderExists(_ path: String, among files: [String]) -> Bool {
    files.contains { $0.hasPrefix(path + "/") || $0.contains("/" + path + "/") }
  }

  /// Every file of the package's own folders, relative to its root.
  static func files() throws -> [String] {
    var found: [String] = []
    for top in ["Sources", "Tests", "Content", "docs"] {
      let folder = root.appendingPathComponent(top)
      let walker = FileManager.default.enumerator(atPath: folder.path)
      while let path = walker?.nextObject() as? String {
        found.append(top + "/" + path)
      }
    }
    return found + ["Package.swift", "README.md"]
  }
}
