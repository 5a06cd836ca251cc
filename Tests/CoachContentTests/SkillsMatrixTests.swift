import CoachCore
import XCTest
import Yams

@testable import CoachContent

/// Reading a skills matrix from CSV: the shapes spreadsheets save (a byte order mark, quoted
/// cells with commas and line breaks, CRLF, blank lines), and one sentence with the line for
/// each kind of mistake.
final class SkillsMatrixTests: XCTestCase {
  private func read(_ text: String) throws(SkillsMatrixError) -> SkillsMatrix {
    try SkillsMatrix.read(Data(text.utf8), path: "matrix.csv")
  }

  private func problem(_ text: String, file: StaticString = #filePath, line: UInt = #line)
    -> String
  {
    do {
      let matrix = try read(text)
      XCTFail("read as \(matrix)", file: file, line: line)
      return ""
    } catch {
      return error.description
    }
  }

  func testReadsSkillsCategoriesAndEachLevelsRating() throws {
    let matrix = try read(
      """
      skill,category,Junior,Mid,Senior
      Python,Languages,2,3,4
      SQL,Databases,1,,3

      """)
    XCTAssertEqual(matrix.levels, ["Junior", "Mid", "Senior"])
    XCTAssertEqual(
      matrix.rows,
      [
        .init(skill: "Python", category: "Languages", ratings: [2, 3, 4], line: 2),
        .init(skill: "SQL", category: "Databases", ratings: [1, nil, 3], line: 3),
      ])
  }

  func testAByteOrderMarkIsSkipped() throws {
    let data = Data([0xEF, 0xBB, 0xBF]) + Data("skill,category,Junior\nGo,Languages,2\n".utf8)
    let matrix = try SkillsMatrix.read(data, path: "matrix.csv")
    XCTAssertEqual(matrix.levels, ["Junior"])
    XCTAssertEqual(matrix.rows.map(\.skill), ["Go"])
  }

  func testQuotedCellsKeepTheirCommasQuotesAndLineBreaks() throws {
    let matrix = try read(
      """
      skill,category,"Senior, backend"
      "SQL, the language",Databases,3
      "Message
      queues (""Kafka"")",Architecture,2
      Go,Languages,1

      """)
    XCTAssertEqual(matrix.levels, ["Senior, backend"])
    XCTAssertEqual(
      matrix.rows.map(\.skill), ["SQL, the language", "Message queues (\"Kafka\")", "Go"])
    XCTAssertEqual(matrix.rows.map(\.line), [2, 3, 5], "a line break inside a cell is a line")
  }

  func testSemicolonsOrTabsSeparateTheCellsWhenTheHeaderLineUsesThem() throws {
    for separator in [";", "\t"] {
      let text =
        ["skill", "category", "Junior", "Senior"].joined(separator: separator) + "\n"
        + ["\"Go, the language\"", "Languages", "1", "3"].joined(separator: separator) + "\n"
      let matrix = try read(text)
      XCTAssertEqual(matrix.levels, ["Junior", "Senior"])
      XCTAssertEqual(
        matrix.rows,
        [.init(skill: "Go, the language", category: "Languages", ratings: [1, 3], line: 2)])
    }
  }

  func testLinesAfterACellWithLineBreaksAreCountedRight() {
    XCTAssertEqual(
      problem("skill,category,Junior\r\n\"Go\r\nlang\",Languages,2\r\nRust,Languages,x\r\n"),
      "matrix.csv:4: rating 'x' for level 'Junior' is not a whole number")
  }

  func testBlankLinesAndMissingTrailingCellsAreNothing() throws {
    let matrix = try read(
      "skill,category,Junior,Senior\n\nGo,Languages,1\n , ,,\nRust,Languages,,2")
    XCTAssertEqual(matrix.rows.map(\.ratings), [[1, nil], [nil, 2]])
    XCTAssertEqual(matrix.rows.map(\.line), [3, 5])
  }

  func testEachMistakeIsOneSentenceWithItsLine() {
    let header = "skill,category,Junior,Senior\n"
    let cases: [(String, String)] = [
      (
        header + "Go,Languages,1,2\nRust,Languages,x,3\n",
        "matrix.csv:3: rating 'x' for level 'Junior' is not a whole number"
      ),
      (
        header + "Go,Languages,1,2.5\n",
        "matrix.csv:2: rating '2.5' for level 'Senior' is not a whole number"
      ),
      (
        header + "Go,Languages,1,5\n",
        "matrix.csv:2: rating 5 for level 'Senior' is outside the scale 0-4"
      ),
      (
        header + "Go,Languages,-1,2\n",
        "matrix.csv:2: rating -1 for level 'Junior' is outside the scale 0-4"
      ),
      (
        header + "Go,Languages,1,2\ngo,Languages,2,3\n",
        "matrix.csv:3: skill 'go' is already listed on line 2"
      ),
      (header + ",Languages,1,2\n", "matrix.csv:2: the skill's name is empty"),
      (header + "Go,,1,2\n", "matrix.csv:2: skill 'Go' has no category"),
      (
        header + "Go,Languages,1,2,3\n",
        "matrix.csv:2: column 5 holds '3', but the header names only 4 columns"
      ),
      (
        header + "Go,Languages,1,\n",
        "matrix.csv:1: level 'Senior' has no rating on any line; a level needs at least one "
          + "rating, so give it one or remove its column"
      ),
      (
        header + "\"Go,Languages,1,2\n",
        "matrix.csv:2: a quoted cell that starts on this line is never closed"
      ),
      (
        header + "\"Go\"x,Languages,1,2\n",
        "matrix.csv:2: a quoted cell is not closed where it should be: a quote inside quotes is "
          + "written twice (\"\"), and a quoted cell ends at a comma or the line's end"
      ),
      (
        header + "Go\u{1B}[31m,Languages,1,2\n",
        "matrix.csv:2: the skill name holds the control character U+001B"
      ),
      (
        "name,category,Junior\nGo,Languages,1\n",
        "matrix.csv:1: the first two columns should be 'skill' and 'category', not 'name' and "
          + "'category'"
      ),
      (
        "skill,category\nGo,Languages\n",
        "matrix.csv:1: the header names no level; add one column per level after 'category', "
          + "each headed with the level's name"
      ),
      (
        "skill,category,Junior,,Senior\nGo,Languages,1,2,3\n",
        "matrix.csv:1: column 4 has no level name"
      ),
      (
        "skill,category,Senior,senior\nGo,Languages,1,2\n",
        "matrix.csv:1: level 'senior' heads both column 3 and column 4"
      ),
      (header, "matrix.csv: the file lists no skill below its header line"),
      (
        "",
        "matrix.csv: the file is empty; its first line should name the columns skill, "
          + "category, then one column per level"
      ),
    ]
    for (text, expected) in cases {
      XCTAssertEqual(problem(text), expected, text)
    }
    XCTAssertThrowsError(try SkillsMatrix.read(Data([0x73, 0xFF, 0xFE]), path: "m.csv")) {
      XCTAssertEqual(
        ($0 as? SkillsMatrixError)?.description,
        "m.csv: the file is not UTF-8 text; save the spreadsheet as CSV UTF-8")
    }
  }
}

/// Ids made from a matrix's names, and its texts written as YAML that reads back unchanged.
final class MatrixNamingTests: XCTestCase {
  func testIDsAreLowerCaseWordsJoinedByHyphens() {
    XCTAssertEqual(IDMaker.id(from: "Message queues (Kafka)"), "message-queues-kafka")
    XCTAssertEqual(IDMaker.id(from: "C++"), "c-plus-plus")
    XCTAssertEqual(IDMaker.id(from: "C#/.NET"), "c-sharp-net")
    XCTAssertEqual(IDMaker.id(from: "Ærø Café"), "aero-cafe")
    XCTAssertEqual(IDMaker.id(from: "日本語"), nil)
    var maker = IDMaker(fallback: "skill")
    let ids = ["Go", "go!", "Go 2", "GO", "日本語", "Skill 5"].map { maker.unique(from: $0) }
    XCTAssertEqual(ids, ["go", "go-2", "go-2-2", "go-3", "skill-5", "skill-5-2"])
    XCTAssertTrue(ids.allSatisfy(TextRules.isValidID))
  }

  func testQuotedTextReadsBackAsItselfInYAML() throws {
    let texts = [
      "yes", "3.0", "#1 team", "key: value", "say \"hi\"", "back\\slash", "two\nlines", "~",
      "- item", "Ærø", "'single'", "",
    ]
    for text in texts {
      let yaml = "value: \(YAMLLines.quoted(text))\n"
      let read = try XCTUnwrap(try Yams.load(yaml: yaml) as? [String: Any], yaml)
      XCTAssertEqual(read["value"] as? String, text, yaml)
    }
  }

  func testRatingsAreCheckedAgainstTheScaleGiven() throws {
    let csv = Data("skill,category,Junior,Senior\nGo,Languages,1,5\nRust,Languages,0,2\n".utf8)
    let scale = SkillsMatrix.scale(first: 1, steps: 5)
    XCTAssertThrowsError(try SkillsMatrix.read(csv, path: "team/m.csv", scale: scale)) { error in
      XCTAssertEqual(
        "\(error)", "team/m.csv:3: rating 0 for level 'Junior' is outside the scale 1-5")
    }
    XCTAssertThrowsError(try SkillsMatrix.read(csv, path: "m.csv")) { error in
      XCTAssertEqual("\(error)", "m.csv:2: rating 5 for level 'Senior' is outside the scale 0-4")
    }
    let fine = Data("skill,category,Junior,Senior\nGo,Languages,1,5\n".utf8)
    let matrix = try SkillsMatrix.read(fine, path: "m.csv", scale: scale)
    XCTAssertEqual(matrix.rows.map(\.ratings), [[1, 5]])
    XCTAssertEqual(matrix.scale, scale)
  }
}
