import Foundation
import XCTest

/// `career-coach content import-matrix`: a spreadsheet's CSV becomes a pack that lints and
/// places an assessment; a bad CSV or a used folder writes nothing.
final class ImportMatrixCommandTests: CommandLineTestCase {
  /// Saved as a spreadsheet saves it: a byte order mark, CRLF, a quoted cell with a comma and
  /// one with a line break.
  private static let matrix =
    "\u{FEFF}skill,category,Junior,Mid,Senior\r\n"
    + "Python,Languages,2,3,4\r\n"
    + "\"SQL, the language\",Databases,1,2,3\r\n"
    + "\"Message\r\nqueues\",Architecture,,2,3\r\n"

  func testAMatrixBecomesAPackThatLintsAndPlaces() throws {
    let csv = try write("team-skills.csv", Self.matrix)
    let pack = folder.appendingPathComponent("packs/team").path
    let made = try run("content", "import-matrix", csv, "--output", pack, "--title", "Our ladder")
    XCTAssertEqual(made.status, 0, made.err)
    XCTAssertEqual(made.err, "")
    let lines = made.out.split(separator: "\n").map(String.init)
    XCTAssertEqual(
      lines.first,
      "Wrote a pack of 3 skills in 3 categories and 3 levels from \(csv) to \(pack):")
    XCTAssertEqual(lines.last, "  career-coach content lint --content \(pack)")

    let lint = try run("content", "lint", "--content", pack)
    XCTAssertEqual(lint.status, 0, lint.out + lint.err)
    XCTAssertEqual(
      lint.out,
      "our-ladder: ok (3 categories, 3 skills, 3 levels, 1 track, 0 questions, 0 tips, "
        + "0 markets, 0 salaries, 0 CV checks, 0 CV mistakes)\n")

    let path = try run("path", "--content", pack)
    XCTAssertEqual(path.status, 0, path.err)
    XCTAssertTrue(path.out.contains("Our ladder:\n  Junior\n  Mid\n  Senior\n"), path.out)
    let answers = try write(
      "answers.yaml", "ratings: {python: 3, sql-the-language: 2, message-queues: 2}\nyears: 3\n")
    let assessed = try run("assess", "--answers", answers, "--content", pack)
    XCTAssertEqual(assessed.status, 0, assessed.err)
    XCTAssertTrue(assessed.out.contains("\n  Our ladder  Mid\n"), assessed.out)
  }

  func testABadRatingNamesTheLineAndLevelAndWritesNothing() throws {
    let csv = try write(
      "matrix.csv",
      "skill,category,Junior,Senior\nGo,Languages,1,2\n\"Rust\nlang\",Languages,1,2\nSQL,Data,x,3\n"
    )
    let pack = folder.appendingPathComponent("out").path
    let result = try run("content", "import-matrix", csv, "--output", pack)
    XCTAssertEqual(result.status, 1)
    XCTAssertEqual(result.out, "")
    XCTAssertEqual(
      result.err,
      "career-coach: \(csv):5: rating 'x' for level 'Junior' is not a whole number.\n")
    XCTAssertFalse(FileManager.default.fileExists(atPath: pack), "nothing is written")

    let outside = try write("outside.csv", "skill,category,Junior\nGo,Languages,5\n")
    let scale = try run("content", "import-matrix", outside, "--output", pack)
    XCTAssertEqual(scale.status, 1)
    XCTAssertEqual(
      scale.err,
      "career-coach: \(outside):2: rating 5 for level 'Junior' is outside the scale 0-4.\n")
    XCTAssertFalse(FileManager.default.fileExists(atPath: pack))
  }

  /// A 1-5 matrix: --scale-first and --steps say so, the pack writes its scale, and ratings
  /// show on the pack's own numbers.
  func testAOneToFiveMatrixImportsOnItsScale() throws {
    let csv = try write("team.csv", "skill,category,Junior,Senior\nGo,Languages,2,5\n")
    let pack = folder.appendingPathComponent("team").path
    let made = try run(
      "content", "import-matrix", csv, "--output", pack, "--scale-first", "1", "--steps", "5")
    XCTAssertEqual(made.status, 0, made.err)
    let skills = try String(contentsOfFile: pack + "/skills.yaml", encoding: .utf8)
    XCTAssertTrue(skills.contains("\nscale: {first: 1, steps: 5}\n"), skills)
    let role = try String(contentsOfFile: pack + "/role.yaml", encoding: .utf8)
    XCTAssertTrue(role.contains("\nformat: 2\n"), role)
    for text in [skills, role] {
      XCTAssertFalse(text.contains("description:") || text.contains("summary:"), text)
    }
    let lint = try run("content", "lint", "--content", pack)
    XCTAssertEqual(lint.status, 0, lint.out + lint.err)
    let detail = try run("path", "--level", "senior", "--content", pack)
    XCTAssertTrue(detail.out.contains("Go: 5"), detail.out)

    let outside = try write("outside.csv", "skill,category,Junior\nGo,Languages,0\n")
    let refused = try run(
      "content", "import-matrix", outside, "--output", folder.path + "/other", "--scale-first",
      "1")
    XCTAssertEqual(refused.status, 1)
    XCTAssertEqual(
      refused.err,
      "career-coach: \(outside):2: rating 0 for level 'Junior' is outside the scale 1-5.\n")
    let badSteps = try run("content", "import-matrix", csv, "--output", pack + "2", "--steps", "1")
    XCTAssertEqual(badSteps.status, 1)
    XCTAssertEqual(
      badSteps.err,
      "career-coach: --steps should be 2 to 9, the number of ratings on the scale, not 1.\n")
    let badFirst = try run(
      "content", "import-matrix", csv, "--output", pack + "3", "--scale-first", "2")
    XCTAssertEqual(badFirst.status, 1)
    XCTAssertTrue(badFirst.err.hasPrefix("career-coach: --scale-first should be 0 or 1"))
    for folder in [pack + "2", pack + "3", self.folder.path + "/other"] {
      XCTAssertFalse(FileManager.default.fileExists(atPath: folder), "nothing is written")
    }
  }

  func testAUsedOutputFolderAndAMissingFileAreRefused() throws {
    let csv = try write("matrix.csv", Self.matrix)
    let used = folder.appendingPathComponent("used")
    try FileManager.default.createDirectory(at: used, withIntermediateDirectories: true)
    try Data("keep\n".utf8).write(to: used.appendingPathComponent("notes.txt"))
    let refused = try run("content", "import-matrix", csv, "--output", used.path)
    XCTAssertEqual(refused.status, 1)
    XCTAssertEqual(
      refused.err,
      "career-coach: \(used.path) already exists and is not empty; name a new or empty folder "
        + "for the pack.\n")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: used.path), ["notes.txt"])

    let missing = folder.appendingPathComponent("none.csv").path
    let unread = try run("content", "import-matrix", missing, "--output", folder.path + "/new")
    XCTAssertEqual(unread.status, 2)
    XCTAssertEqual(unread.err, "career-coach: cannot read \(missing): no such file.\n")
  }
}
