import CoachContent
import CoachCore
import Foundation
import XCTest

/// `synonyms.yaml` is optional; when present, each term is one lower-case word standing for a
/// list of such words, and every other shape gets an error naming the file, line and term.
final class SynonymsFileTests: XCTestCase {
  private func load(_ synonyms: String?) throws -> PackLoadResult {
    var files = PackFixture.files()
    files["synonyms.yaml"] = synonyms
    let folder = try PackFixture.write(files)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try PackLoader.check(folder, displayPath: "pack")
  }

  func testAPackWithoutTheFileHasNoSynonyms() throws {
    let result = try load(nil)
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    XCTAssertEqual(result.pack.synonyms, .none)
  }

  func testTermsAreRead() throws {
    let result = try load("terms:\n  k8s: [kubernetes]\n  lb: [load, balancer]\n")
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    XCTAssertEqual(result.pack.synonyms.expansion(of: "k8s"), ["kubernetes"])
    XCTAssertEqual(result.pack.synonyms.expansion(of: "lb"), ["load", "balancer"])
  }

  func testEachMistakeIsNamedWithItsPlace() throws {
    let cases: [(String, String)] = [
      (
        "terms:\n  K8s: [kubernetes]\n",
        "pack/synonyms.yaml:2:3: error: the term 'K8s' should be one lower-case word of letters and digits"
      ),
      (
        "terms:\n  k8s: kubernetes\n",
        "pack/synonyms.yaml:2:8: error: the term 'k8s' should stand for a list of words, such as [kubernetes]"
      ),
      (
        "terms:\n  lb: [load balancer]\n",
        "pack/synonyms.yaml:2:8: error: a word 'lb' stands for 'load balancer' should be one lower-case word of letters and digits"
      ),
      (
        "terms:\n  k8s: [kubernetes]\n  k8s: [kube]\n",
        "pack/synonyms.yaml:2:3: error: duplicate key 'k8s' in a mapping"
      ),
      (
        "terms: [k8s]\n",
        "pack/synonyms.yaml:1:8: error: 'terms' should be a mapping of a word to the words it stands for, not a list"
      ),
      ("words:\n  k8s: [kubernetes]\n", "pack/synonyms.yaml:1:1: error: unknown field 'words'"),
    ]
    for (text, expected) in cases {
      let found = try load(text).diagnostics.map(\.description)
      XCTAssertTrue(found.contains(expected), "\(text)\n\(found)")
    }
  }

  func testTheShippedPackKnowsTheCommonAbbreviations() throws {
    let pack = try PackLoader.shipped()
    XCTAssertEqual(pack.synonyms.expansion(of: "k8s"), ["kubernetes"])
    XCTAssertEqual(pack.synonyms.expansion(of: "postgres"), ["postgresql"])
    XCTAssertGreaterThan(pack.synonyms.terms.count, 50)
  }
}
