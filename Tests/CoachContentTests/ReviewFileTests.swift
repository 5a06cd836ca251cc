import CoachContent
import CoachCore
import Foundation
import XCTest

/// The review file: what a request writes reads back the same, and each bad file gets one
/// sentence naming the file and the field.
final class ReviewFileTests: XCTestCase {
  private func pack() throws -> Pack { try AnswersFileFixture.pack.get() }

  private func problem(_ text: String) throws -> String {
    do {
      _ = try ReviewFile.parse(Data(text.utf8), path: "review.json", pack: pack())
      return "no problem"
    } catch {
      return "\(error)"
    }
  }

  private func file(_ skills: String, extra: String = "") -> String {
    """
    {"format": "career-coach-review", "version": 1, "id": "r-1", "pack": "backend-developer",
     "requester": "Ana", "showsSelfRatings": true\(extra), "skills": [\(skills)]}
    """
  }

  func testAFilledReviewRoundTrips() throws {
    let pack = try pack()
    let review = Review(
      id: "r-1", pack: pack.role.id, requester: "Ana", reviewer: "Bo", skills: ["go", "sql"],
      selfRatings: ["go": 3], ratings: ["go": 2, "sql": 4], comments: ["go": "Solid, not yet 3."])
    let data = ReviewFile.encode(review, pack: pack)
    XCTAssertEqual(try ReviewFile.parse(data, path: "r.json", pack: pack), review)
    let hidden = Review(id: "r-2", pack: pack.role.id, skills: ["go"])
    let text = String(decoding: ReviewFile.encode(hidden, pack: pack), as: UTF8.self)
    XCTAssertFalse(text.contains("\"self\""), text)
    XCTAssertEqual(try ReviewFile.parse(Data(text.utf8), path: "r.json", pack: pack), hidden)
  }

  func testEachBadFileIsNamedWithItsField() throws {
    let good = file(#"{"id": "go", "self": 3, "rating": 2, "comment": " ok "}"#)
    XCTAssertEqual(try problem(good), "no problem")
    XCTAssertEqual(
      try problem(String(good.prefix(60))),
      "review.json: the file is not valid JSON (it may be truncated).")
    XCTAssertEqual(
      try problem(good.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2")),
      "review.json: \"version\" is 2, and this app reads review files of version 1; update career-coach to read it."
    )
    XCTAssertEqual(
      try problem(good.replacingOccurrences(of: "backend-developer", with: "frontend")),
      "review.json: \"pack\" is \"frontend\": the file was made for another content pack than \"backend-developer\"."
    )
    XCTAssertEqual(
      try problem(#"{"format": "career-coach-export", "version": 1}"#),
      "review.json: the file is not a career-coach review file (\"format\" is not \"career-coach-review\")."
    )
    XCTAssertEqual(
      try problem(file(#"{"id": "cobol", "rating": 2}"#)),
      "review.json: unknown skill \"cobol\" in \"skills\".")
    XCTAssertEqual(
      try problem(file(#"{"id": "go", "rating": 5}"#)),
      "review.json: the \"rating\" of \"go\" is 5, outside 0-4.")
    XCTAssertEqual(
      try problem(file(#"{"id": "go", "rating": 2.5}"#)),
      "review.json: the \"rating\" of \"go\" must be a whole number 0-4, not 2.5.")
    XCTAssertEqual(
      try problem(file(#"{"id": "go", "rating": true}"#)),
      "review.json: the \"rating\" of \"go\" must be a whole number 0-4.")
    XCTAssertEqual(
      try problem(file(#"{"id": "go", "self": "3"}"#)),
      "review.json: the \"self\" of \"go\" must be a whole number 0-4.")
    XCTAssertEqual(
      try problem(file(#"{"id": "go"}, {"id": "go"}"#)),
      "review.json: the skill \"go\" is listed twice in \"skills\".")
    XCTAssertEqual(
      try problem(file(#"{"id": "go", "comment": 3}"#)),
      "review.json: the comment on \"go\" is not text.")
  }

  /// Names and comments are shown on the other person's terminal: an escape sequence in one is
  /// refused, naming the field; a comment keeps its line breaks and tabs.
  func testControlCharactersInNamesAndCommentsAreRefused() throws {
    let escape = #"\u001b]0;pwned\u0007"#
    XCTAssertEqual(
      try problem(file(#"{"id": "go"}"#, extra: #", "reviewer": "Bo"# + escape + #"""#)),
      "review.json: \"reviewer\" holds the control character U+001B.")
    XCTAssertEqual(
      try problem(
        file(#"{"id": "go"}"#).replacingOccurrences(of: #""Ana""#, with: #""An\na""#)),
      "review.json: \"requester\" holds the control character U+000A.")
    XCTAssertEqual(
      try problem(file(#"{"id": "go", "comment": "ok"# + escape + #""}"#)),
      "review.json: the comment on \"go\" holds the control character U+001B.")
    let multiline = try ReviewFile.parse(
      Data(file(#"{"id": "go", "comment": "First\nthen\tthis"}"#).utf8), path: "review.json",
      pack: pack())
    XCTAssertEqual(multiline.comments["go"], "First\nthen\tthis")
  }
}
