import Foundation
import XCTest

/// `career-coach team DIR` on the built binary: five people, each with a data folder of their
/// own, export their data into one folder (a shared drive); their lead reads the matrix as
/// JSON and Markdown. A truncated file and an export made on another team's pack are named
/// with the reason, and the rest is still shown; nothing is written.
final class TeamCommandTests: CommandLineTestCase {
  private var team: String { folder.appendingPathComponent("team").path }

  /// Sofia, Mette and Arne set their names; Jonas did not (his file names him); Lars set his
  /// name but never finished an assessment.
  private func exportTheTeam() throws {
    try FileManager.default.createDirectory(atPath: team, withIntermediateDirectories: true)
    let people: [(file: String, name: String?, answers: String?)] = [
      ("sofia", "Sofia", TeamAnswers.senior), ("jonas", nil, TeamAnswers.junior),
      ("mette", "Mette", TeamAnswers.databaseMid), ("arne", "Arne", TeamAnswers.staff),
      ("lars", "Lars", nil),
    ]
    for person in people {
      let data = folder.appendingPathComponent(person.file).path
      if let answers = person.answers {
        let path = try write("\(person.file).yaml", answers)
        let assessed = try run("assess", "--answers", path, dataDir: data)
        XCTAssertEqual(assessed.status, 0, assessed.err)
      }
      if let name = person.name {
        let named = try run("config", "set", "name", name, dataDir: data)
        XCTAssertEqual(named.status, 0, named.err)
      }
      // Sofia and Arne share only their name and latest ratings; the others a whole export.
      let forTeam = ["sofia", "arne"].contains(person.file) ? ["--for-team"] : []
      let exported = try shell(
        [binary, "export"] + forTeam + [
          "--output", "\(team)/\(person.file).json", "--data-dir", data,
        ])
      XCTAssertEqual(exported.status, 0, exported.err)
    }
  }

  func testTheLeadSeesWhoStandsWhereTheThinSkillsAndWhoCanMentorWhom() throws {
    try exportTheTeam()
    let result = try run("team", team, "--format", "json")
    XCTAssertEqual(result.status, 0, result.err)
    let report = try json(result.out)
    let people = try XCTUnwrap(report["people"] as? [[String: Any]])
    XCTAssertEqual(
      people.compactMap { $0["name"] as? String }, ["Arne", "jonas", "Lars", "Mette", "Sofia"])
    let levels = people.map { ($0["placement"] as? [String: Any])?["level"] as? String }
    XCTAssertEqual(levels, ["staff", "junior", nil, "mid", "senior"])
    XCTAssertTrue(people[2]["assessment"] is NSNull, "Lars finished no assessment")

    let skills = try XCTUnwrap(report["skills"] as? [[String: Any]])
    let gateway = try XCTUnwrap(skills.first { $0["id"] as? String == "api-gateway" })
    XCTAssertEqual(gateway["holders"] as? [String], ["Arne"])
    XCTAssertEqual(gateway["thin"] as? Bool, true)
    let thin = try XCTUnwrap(report["thin"] as? [String])
    XCTAssertTrue(thin.contains("terraform"), "\(thin)")
    XCTAssertFalse(thin.contains("kubernetes"), "Sofia and Arne both hold Kubernetes")

    let pairs = try XCTUnwrap(report["mentoring"] as? [[String: Any]]).map {
      "\($0["skill"] as? String ?? "") \($0["mentor"] as? String ?? "")>\($0["mentee"] as? String ?? "")"
    }
    XCTAssertTrue(pairs.contains("rest-apis Sofia>jonas"), "\(pairs)")
    XCTAssertTrue(pairs.contains("indexing Mette>jonas"), "\(pairs)")
    XCTAssertFalse(pairs.contains("rest-apis Sofia>Mette"), "one step apart")
    XCTAssertEqual((report["unreadable"] as? [Any])?.count, 0)
  }

  func testMarkdownIsALeadsReport() throws {
    try exportTheTeam()
    let result = try run("team", team, "--format", "md")
    XCTAssertEqual(result.status, 0, result.err)
    let md = result.out
    XCTAssertTrue(md.hasPrefix("# Team skills matrix\n"), md)
    XCTAssertTrue(
      md.contains(
        "5 people, 4 with a finished assessment. Strong means Proficient (3) or above."), md)
    XCTAssertTrue(md.contains("| Skill | Arne | jonas | Lars | Mette | Sofia |"), md)
    XCTAssertTrue(md.contains("| API gateway (thin) | 4 | 0 | - | 1 | 2 |"), md)
    XCTAssertTrue(
      md.contains("- API gateway: only Arne holds it at Proficient (3) or above."), md)
    // One line per mentor and mentee, with the skills the mentee needs next.
    let sofiaForJonas = md.split(separator: "\n").filter {
      $0.hasPrefix("- Sofia could mentor jonas in ")
    }
    XCTAssertEqual(sofiaForJonas.count, 1, md)
    XCTAssertTrue(sofiaForJonas.first?.contains("REST APIs") ?? false, md)
    XCTAssertTrue(sofiaForJonas.first?.contains(", which jonas needs next") ?? false, md)
    XCTAssertTrue(md.contains("- Lars: no finished assessment in lars.json."), md)
    XCTAssertTrue(md.contains("- Sofia: Senior Backend Developer"), md)
  }

  func testATruncatedFileAndAnotherPacksExportAreNamedAndTheRestShown() throws {
    try exportTheTeam()
    let sofia = try Data(contentsOf: URL(fileURLWithPath: "\(team)/sofia.json"))
    try sofia.prefix(sofia.count / 2).write(to: URL(fileURLWithPath: "\(team)/broken.json"))
    // Kim's team rates on its own pack: its skills are not the shipped pack's.
    let pack = folder.appendingPathComponent("their-pack").path
    XCTAssertEqual(try run("content", "new", pack).status, 0)
    let theirs = folder.appendingPathComponent("kim").path
    let skill = try XCTUnwrap(
      try json(try run("content", "export", "--format", "json", "--content", pack).out)["skills"]
        as? [[String: Any]]
    ).compactMap { $0["id"] as? String }.first { !["sql", "git"].contains($0) }
    let answers = try write("kim.yaml", "ratings:\n  \(try XCTUnwrap(skill)): 3\n")
    XCTAssertEqual(
      try run("assess", "--answers", answers, "--content", pack, dataDir: theirs).status, 0)
    XCTAssertEqual(
      try run("export", "--output", "\(team)/kim.json", "--content", pack, dataDir: theirs)
        .status, 0)
    let before = try FileManager.default.contentsOfDirectory(atPath: team).sorted()

    let result = try run("team", team)
    XCTAssertEqual(result.status, 0, result.err)
    XCTAssertTrue(
      result.out.contains(
        "5 people, 4 with a finished assessment; 2 files not read."), result.out)
    XCTAssertTrue(
      result.out.contains(
        "broken.json: not read, the file is not valid JSON (it looks truncated)."), result.out)
    let kim = try XCTUnwrap(
      result.out.split(separator: "\n").first { $0.contains("kim.json: not read, ") },
      result.out)
    XCTAssertTrue(
      kim.hasSuffix("rates the unknown skill \"\(skill!)\" (exported with another content pack?)."),
      String(kim))
    XCTAssertTrue(result.out.contains("Sofia: Senior Backend Developer"), result.out)
    let table = result.out.split(separator: "\n").drop { !$0.hasPrefix("Skill ") }
      .prefix { !$0.hasPrefix("* thin") }
    XCTAssertTrue(table.contains { $0.hasPrefix("API gateway *") }, result.out)
    XCTAssertTrue(table.allSatisfy { $0.count <= 80 }, "a team of five fits 80 columns")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: team).sorted(), before)
  }

  func testTwoFilesOfOneNameAreToldApartAndAFileNameCannotDriveTheTerminal() throws {
    try exportTheTeam()
    for (from, to) in [("sofia", "sofia-2025"), ("jonas", "jo\u{1B}[2Jnas")] {
      try FileManager.default.copyItem(atPath: "\(team)/\(from).json", toPath: "\(team)/\(to).json")
    }
    let result = try run("team", team)
    XCTAssertEqual(result.status, 0, result.err)
    XCTAssertFalse(result.out.contains("\u{1B}"), result.out)
    XCTAssertTrue(result.out.contains("jo\\u{1b}[2Jnas: Junior Backend Developer."), result.out)
    XCTAssertTrue(
      result.out.contains("Sofia (sofia-2025.json): Senior Backend Developer"), result.out)
    XCTAssertTrue(result.out.contains("Sofia (sofia.json): Senior Backend Developer"), result.out)
  }

  func testAFolderWithNoExportSaysSo() throws {
    try FileManager.default.createDirectory(atPath: team, withIntermediateDirectories: true)
    let empty = try run("team", team)
    XCTAssertEqual(empty.status, 1)
    XCTAssertEqual(
      empty.err,
      "career-coach: \(team) holds no .json file; put one `career-coach export --for-team` per person there.\n"
    )
    _ = try write("team/notes.json", "{\"format\": \"something else\"}")
    let none = try run("team", team, "--format", "json")
    XCTAssertEqual(none.status, 1)
    XCTAssertEqual(
      none.err, "career-coach: no file in \(team) could be read as an export or a review file.\n")
    let report = try json(none.out)
    let unreadable = try XCTUnwrap(report["unreadable"] as? [[String: Any]])
    XCTAssertEqual(unreadable.first?["file"] as? String, "notes.json")
  }

  /// Tests/TeamFolder: four exports, Arne's review filled by his lead Karin, and Kim's review
  /// request nobody has rated.
  func testAFilledReviewFileIsThePersonAsTheirReviewerRatedThem() throws {
    let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("TeamFolder").path
    let result = try run("team", sample, "--format", "json")
    XCTAssertEqual(result.status, 0, result.err)
    let people = try XCTUnwrap(try json(result.out)["people"] as? [[String: Any]])
    let arne = try XCTUnwrap(people.first { $0["name"] as? String == "Arne Dahl" })
    let from = try XCTUnwrap(arne["ratingsFrom"] as? [String: Any])
    XCTAssertEqual(from["kind"] as? String, "review")
    XCTAssertEqual(from["reviewer"] as? String, "Karin Lund")
    XCTAssertTrue(arne["assessment"] is NSNull)
    let sofia = try XCTUnwrap(people.first { $0["name"] as? String == "Sofia Berg" })
    XCTAssertEqual((sofia["ratingsFrom"] as? [String: Any])?["kind"] as? String, "export")

    let text = try run("team", sample)
    XCTAssertEqual(text.status, 0, text.err)
    XCTAssertTrue(
      text.out.contains(
        "5 people, 4 with a finished assessment (1 from a review file); 1 file not read."),
      text.out)
    XCTAssertTrue(text.out.contains("  Arne Dahl: review by Karin Lund, in arne-review.json.\n"))
    XCTAssertTrue(
      text.out.contains(
        "  kim-review.json: not read, no ratings yet: the reviewer has not rated it.\n"),
      text.out)
    let md = try run("team", sample, "--format", "md")
    XCTAssertTrue(md.out.contains("## Ratings from\n\n- Arne Dahl: review by Karin Lund"), md.out)
  }
}
