import CoachContent
import CoachCore
import XCTest

/// Search knows the field's other names: the word a developer types finds the skill first.
final class FieldSearchTests: XCTestCase {
  func testOtherNamesFindTheSkillFirst() throws {
    let pack = try PackLoader.shipped()
    let index = PackSearch.Index(pack)
    let expected: [(String, String)] = [
      ("k8s", "kubernetes"), ("postgres", "postgresql"), ("pg", "postgresql"), ("ci", "ci-cd"),
      ("oauth2", "authentication"), ("golang", "go"), ("kafka", "message-queues"),
      ("cache", "caching"), ("JWT", "authentication"),
    ]
    for (query, skill) in expected {
      let hits = PackSearch.search(query, in: index)
      XCTAssertEqual(hits.first?.target, .skill(skill), "\(query): \(hits.prefix(3).map(\.name))")
    }
  }

  func testAnAbbreviationAlsoFindsWhatMentionsTheFullName() throws {
    let pack = try PackLoader.shipped()
    let hits = PackSearch.search("k8s", in: pack)
    XCTAssertTrue(
      hits.contains { hit in
        if case .question = hit.target { return hit.name.contains("Kubernetes") }
        return false
      }, "questions that say Kubernetes")
  }
}
