import CoachContent
import TestSupport
import XCTest

final class ExportTests: XCTestCase {
  private func exported() throws -> (text: String, json: [String: Any]) {
    let folder = try PackFixture.write(PackFixture.files())
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = try PackExport.json(PackLoader.load(from: folder))
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    return (String(decoding: data, as: UTF8.self), json)
  }

  func testTopLevelKeysAreSortedAndSnakeCase() throws {
    let (text, json) = try exported()
    XCTAssertEqual(
      json.keys.sorted(),
      [
        "categories", "cv_checks", "cv_mistakes", "levels", "markets", "no_figures",
        "question_kinds", "questions", "role", "salaries", "scale", "skills", "synonyms",
        "tip_categories", "tips", "tracks",
      ])
    let order = ["categories", "cv_checks", "levels", "role", "tracks"].map {
      text.range(of: "\n  \"\($0)\" : ")!.lowerBound
    }
    XCTAssertEqual(order, order.sorted())
    XCTAssertTrue(text.contains("\n  \"categories\" : ["), "pretty printed")
  }

  func testRequirementsAndTracksAreResolvedToNames() throws {
    let (_, json) = try exported()
    let levels = try XCTUnwrap(json["levels"] as? [[String: Any]])
    let requirement = try XCTUnwrap((levels[0]["requirements"] as? [[String: Any]])?.first)
    let skills = try XCTUnwrap(requirement["skills"] as? [[String: String]])
    XCTAssertEqual(skills, [["id": "python", "name": "Python"], ["id": "go", "name": "Go"]])
    XCTAssertEqual(requirement["label"] as? String, "A language")
    XCTAssertEqual(requirement["min"] as? Int, 2)
    let tracks = try XCTUnwrap(json["tracks"] as? [[String: Any]])
    XCTAssertEqual(
      tracks[0]["levels"] as? [[String: String]],
      [["id": "junior", "name": "Junior"], ["id": "senior", "name": "Senior"]])
    XCTAssertEqual(
      tracks[0]["source"] as? [String: String], ["id": "own", "name": "Our own words"])
    XCTAssertEqual(
      levels[0]["tracks"] as? [[String: String]], [["id": "ladder", "name": "Ladder"]])
  }

  func testSalariesCarryMarketCurrencyAndLevel() throws {
    let (_, json) = try exported()
    let salary = try XCTUnwrap((json["salaries"] as? [[String: Any]])?.first)
    XCTAssertEqual(salary["market"] as? [String: String], ["id": "dk", "name": "Denmark"])
    XCTAssertEqual(salary["currency"] as? String, "DKK")
    XCTAssertEqual(salary["level"] as? [String: String], ["id": "junior", "name": "Junior"])
    XCTAssertEqual(salary["min"] as? Int, 300_000)
  }

  func testExportIsStable() throws {
    XCTAssertEqual(try exported().text, try exported().text)
  }

  /// A 1-5 ladder's minimums come out as the pack writes them, with each level's equivalents
  /// and the scope its stories should show.
  func testAnExamplePackExportsInItsOwnNumbers() throws {
    let folder = ExamplePacks.pack("engineering-ladders")
    let data = try PackExport.json(PackLoader.load(from: folder))
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    let scale = try XCTUnwrap(json["scale"] as? [String: Any])
    XCTAssertEqual(scale["first"] as? Int, 1)
    let levels = try XCTUnwrap(json["levels"] as? [[String: Any]])
    let d1 = try XCTUnwrap(levels.first { $0["id"] as? String == "d1" })
    let mins = (d1["requirements"] as? [[String: Any]])?.compactMap { $0["min"] as? Int }
    XCTAssertEqual(mins, [1, 1, 1, 1, 1])
    let tl4 = try XCTUnwrap(levels.first { $0["id"] as? String == "tl4" })
    let same = (tl4["equivalent_to"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
    XCTAssertEqual(same, ["d4"])
    XCTAssertEqual(d1["story_scope"] as? String, "own")
  }
}
