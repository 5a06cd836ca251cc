import CoachCore
import XCTest

@testable import CoachContent

/// A skills matrix written as a pack: it loads clean, and holds what the matrix says and
/// nothing more (no weights, no study hours, one track in the columns' order).
final class MatrixPackTests: XCTestCase {
  private static let csv = """
    skill,category,Junior,Mid,Senior
    Python,Languages,2,3,4
    "SQL, the language",Databases,1,,3
    C++,Languages,,,2
    C#,Languages,1,2,
    Git,Tools,,,

    """

  private func load(_ files: [(name: String, text: String)]) throws -> PackLoadResult {
    let folder = try PackFixture.write(
      Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.text) }))
    defer { try? FileManager.default.removeItem(at: folder) }
    return try PackLoader.check(folder, displayPath: "pack")
  }

  func testTheMatrixLoadsAsAPackWithItsRequirementsAndOneTrack() throws {
    let matrix = try SkillsMatrix.read(Data(Self.csv.utf8), path: "team/matrix.csv")
    let files = MatrixPack.files(of: matrix, source: "matrix.csv", title: "Backend ladder")
    XCTAssertEqual(files.map(\.name), ["role.yaml", "skills.yaml", "levels.yaml"])
    let result = try load(files)
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    XCTAssertEqual(
      result.warnings.map(\.description),
      [
        "pack/skills.yaml:24:9: warning: skill 'git' is required by no level, so its rating "
          + "never counts for placement; name it in a level's requirements in levels.yaml"
      ])
    let pack = result.pack
    XCTAssertEqual(pack.role.id, "backend-ladder")
    XCTAssertEqual(pack.role.title, "Backend ladder")
    XCTAssertEqual(pack.role.sources, [Source(id: "skills-matrix", title: "matrix.csv")])
    XCTAssertEqual(pack.categories.map(\.id), ["languages", "databases", "tools"])
    XCTAssertEqual(
      pack.skills.map(\.id), ["python", "sql-the-language", "c-plus-plus", "c-sharp", "git"])
    XCTAssertEqual(pack.skills.map(\.name)[1], "SQL, the language")
    XCTAssertEqual(
      pack.skills.map(\.category), ["languages", "databases", "languages", "languages", "tools"])
    XCTAssertTrue(pack.skills.allSatisfy { $0.hoursPerStep == nil && $0.resources.isEmpty })
    XCTAssertEqual(pack.tracks.map(\.levels), [["junior", "mid", "senior"]])
    XCTAssertEqual(pack.levels.map(\.name), ["Junior", "Mid", "Senior"])
    let required = pack.levels.map { level in
      level.requirements.map { "\($0.skills.joined()) \($0.minimum) \($0.weight)" }
    }
    XCTAssertEqual(
      required,
      [
        ["python 2 1.0", "sql-the-language 1 1.0", "c-sharp 1 1.0"],
        ["python 3 1.0", "c-sharp 2 1.0"],
        ["python 4 1.0", "sql-the-language 3 1.0", "c-plus-plus 2 1.0"],
      ])
    XCTAssertTrue(pack.levels.allSatisfy { $0.typicalYears.isEmpty && $0.responsibilities.isEmpty })
    let levelsText = try XCTUnwrap(files.first { $0.name == "levels.yaml" }?.text)
    XCTAssertFalse(levelsText.contains("weight"), levelsText)
    // None of the texts a team writes in its own words is made up.
    XCTAssertNil(pack.role.summary)
    XCTAssertEqual(pack.role.sections, [])
    XCTAssertTrue(pack.categories.allSatisfy { $0.description == nil && $0.anchors.isEmpty })
    XCTAssertTrue(pack.skills.allSatisfy { $0.description == nil && $0.anchors.isEmpty })
    XCTAssertTrue(pack.levels.allSatisfy { $0.overview == nil && $0.source == "skills-matrix" })
    XCTAssertEqual(pack.scale, .standard)
    for file in files {
      for field in ["summary", "sections", "description", "anchors", "overview", "scale"] {
        XCTAssertFalse(file.text.contains(field + ":"), "\(file.name) writes \(field)")
      }
    }
  }

  /// A 1-5 matrix: the pack says its scale, and each requirement keeps the number written.
  func testAOneToFiveMatrixWritesItsScale() throws {
    let csv = "skill,category,Junior,Senior\nGo,Languages,1,5\nSQL,Data,3,\n"
    let scale = SkillsMatrix.scale(first: 1, steps: 5)
    let matrix = try SkillsMatrix.read(Data(csv.utf8), path: "m.csv", scale: scale)
    let files = MatrixPack.files(of: matrix, source: "m.csv")
    let skills = try XCTUnwrap(files.first { $0.name == "skills.yaml" }?.text)
    XCTAssertTrue(skills.contains("\nscale: {first: 1, steps: 5}\n"), skills)
    let result = try load(files)
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    let pack = result.pack
    XCTAssertEqual(pack.scale.numbers, "1-5")
    // Inside, a rating is the step's index: 5 on a 1-5 scale is the top step, 4.
    XCTAssertEqual(pack.levels.map { $0.requirements.map(\.minimum) }, [[0, 2], [4]])
    XCTAssertEqual(pack.ratingText(4), "5")
    XCTAssertEqual(SkillsMatrix.scale(first: 0, steps: 5), .standard)
    let three = SkillsMatrix.scale(first: 0, steps: 3)
    let small = try SkillsMatrix.read(
      Data("skill,category,A\nGo,L,2\n".utf8), path: "m.csv", scale: three)
    let text = MatrixPack.files(of: small, source: "m.csv")[1].text
    XCTAssertTrue(text.contains("\nscale: {first: 0, steps: 3}\n"), text)
    XCTAssertEqual(try load(MatrixPack.files(of: small, source: "m.csv")).diagnostics, [])
  }

  func testTheTitleComesFromTheFileNameWhenNotGiven() throws {
    let matrix = try SkillsMatrix.read(Data(Self.csv.utf8), path: "matrix.csv")
    let files = MatrixPack.files(of: matrix, source: "backend_skills-matrix.csv")
    let pack = try load(files).pack
    XCTAssertEqual(pack.role.title, "Backend skills matrix")
    XCTAssertEqual(pack.role.id, "backend-skills-matrix")
    XCTAssertEqual(MatrixPack.defaultTitle(forFile: "../team/2024.csv"), "2024")
    XCTAssertEqual(MatrixPack.defaultTitle(forFile: ".csv"), "Imported skills matrix")
  }

  func testNamesThatLookLikeOtherYAMLValuesStayText() throws {
    let csv = #"""
      skill,category,yes,1.0
      "No",null,1,2
      "#1: ""quoted""",~,2,3

      """#
    let matrix = try SkillsMatrix.read(Data(csv.utf8), path: "matrix.csv")
    let result = try load(MatrixPack.files(of: matrix, source: "matrix.csv", title: "true"))
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    XCTAssertEqual(result.pack.role.title, "true")
    XCTAssertEqual(result.pack.levels.map(\.name), ["yes", "1.0"])
    XCTAssertEqual(result.pack.skills.map(\.name), ["No", "#1: \"quoted\""])
    XCTAssertEqual(result.pack.categories.map(\.name), ["null", "~"])
    XCTAssertEqual(result.pack.categories.map(\.id), ["null", "category-2"])
  }

  /// Many skills: the conversion stays linear, and the pack still loads clean.
  func testAThousandSkillsConvertAndLoad() throws {
    let rows = (0..<1000).map { "Skill \($0),Area \($0 % 7),\($0 % 5),4" }
    let matrix = try SkillsMatrix.read(
      Data(("skill,category,Junior,Senior\n" + rows.joined(separator: "\n")).utf8), path: "m.csv")
    XCTAssertEqual(matrix.rows.count, 1000)
    let result = try load(MatrixPack.files(of: matrix, source: "m.csv"))
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    XCTAssertEqual(result.pack.levels.map { $0.requirements.count }, [1000, 1000])
  }
}
