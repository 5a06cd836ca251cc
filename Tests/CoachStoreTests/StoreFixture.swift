import CoachCore
import CoachStore
import Foundation
import TestSupport
import XCTest

/// A small pack and temporary folders for the store's tests.
enum StoreFixture {
  static func skill(_ id: String, category: String) -> Skill {
    Skill(
      id: id, name: id.capitalized, category: category, description: "\(id).", hoursPerStep: 5,
      anchors: (0...4).map { "\(id) anchor \($0)." })
  }

  /// A category; "languages" is the area users pick their languages from, as in the shipped
  /// pack.
  static func category(_ id: String) -> SkillCategory {
    SkillCategory(
      id: id, name: id.capitalized, description: "\(id).",
      anchors: (0...4).map { "\(id) \($0)." }, pick: id == "languages" ? .languages : nil)
  }

  static func question(_ id: String, level: String, skills: [String]) -> Question {
    Question(
      id: id, text: "\(id)?", kind: .technical, level: level, skills: skills,
      keyPoints: ["\(id) point."], hint: "\(id) hint.")
  }

  static let pack: Pack = {
    let language = Requirement(skills: ["python", "go", "java"], minimum: 2, weight: 3)
    let levels = [
      Level(
        id: "junior", name: "Junior", overview: ".", source: "000",
        requirements: [
          language, Requirement(skills: ["sql"], minimum: 2, weight: 2),
          Requirement(skills: ["communication"], minimum: 1, weight: 1),
        ]),
      Level(
        id: "mid", name: "Mid", overview: ".", source: "000",
        requirements: [
          Requirement(skills: ["python", "go", "java"], minimum: 3, weight: 3),
          Requirement(skills: ["sql"], minimum: 3, weight: 2),
          Requirement(skills: ["caching"], minimum: 2, weight: 2),
        ]),
    ]
    return Pack(
      role: Role(id: "test", title: "Test", summary: ".", sources: [], sections: [], faq: []),
      categories: [category("languages"), category("data"), category("soft")],
      skills: [
        skill("python", category: "languages"), skill("go", category: "languages"),
        skill("java", category: "languages"), skill("sql", category: "data"),
        skill("caching", category: "data"), skill("communication", category: "soft"),
      ],
      levels: levels,
      tracks: [Track(id: "ladder", name: "Ladder", source: "000", levels: ["junior", "mid"])],
      markets: [Market(id: "dk", name: "Denmark", currency: "DKK")], salaries: [], tips: [],
      questions: [
        question("q-sql", level: "junior", skills: ["sql"]),
        question("q-go", level: "mid", skills: ["go"]),
        question("q-talk", level: "junior", skills: ["communication"]),
      ], cvChecks: [], cvMistakes: [])
  }()

  /// A fresh folder path under the temporary directory (not created).
  static func folder() -> URL {
    TestFolders.fresh("cc-store")
  }

  /// A date with whole milliseconds, as the store keeps them.
  static func date(_ seconds: Double) -> Date {
    Date(timeIntervalSince1970: 1_700_000_000 + seconds)
  }

  static func mode(of path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }
}

/// A test case with a fresh store in a fresh folder, removed afterwards.
class StoreTestCase: XCTestCase {
  var folder: URL!
  var store: CoachStore!

  override func setUpWithError() throws {
    folder = StoreFixture.folder()
    store = try CoachStore(folder: folder)
  }

  override func tearDownWithError() throws {
    store = nil
    if let folder { try? FileManager.default.removeItem(at: folder) }
  }

  var databasePath: String { folder.appendingPathComponent("career-coach.sqlite").path }
}
