import CoachContent
import CoachCore
import CoachStore
import Foundation
import XCTest

@testable import CoachTUI

/// The Team screen over Tests/TeamFolder: a lead's folder of five people, four exports and
/// Arne's review filled by his lead Karin, and Kim's review request nobody has rated yet.
final class TeamScreenTests: XCTestCase {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let typed = "T e s t s / T e a m F o l d e r enter"

  override func setUp() {
    // The folder is typed relative to the package, as a user types one relative to where
    // they started the app.
    _ = FileManager.default.changeCurrentDirectoryPath(Self.packageRoot.path)
  }

  func testGoldens() throws {
    let store = try TestStore()
    assertGolden(try store.render("team", 80, 24), named: "team-80x24")
    assertGolden(try store.render("team", 80, 24, keys: Self.typed), named: "team-read-80x24")
    assertGolden(
      try store.render("team", 80, 24, keys: Self.typed + " l"), named: "team-right-80x24")
    assertGolden(try store.render("team", 80, 24, keys: Self.typed + " G"), named: "team-end-80x24")
    assertGolden(try store.render("team", 200, 60, keys: Self.typed), named: "team-read-200x60")
  }

  func testAtEightyColumnsTheOthersAreReachedSideways() throws {
    let store = try TestStore()
    let first = try store.render("team", 80, 24, keys: Self.typed)
    XCTAssertTrue(first.contains("Arne Dahl"), first)
    XCTAssertFalse(first.contains("Sofia Berg"), first)
    let right = try store.render("team", 80, 24, keys: Self.typed + " right")
    XCTAssertTrue(right.contains("Sofia Berg"), right)
    XCTAssertFalse(right.contains("Arne Dahl"), right)
    XCTAssertTrue(right.contains("People 2–5 of 5"), right)
    // Further right stops at the last person; left comes back.
    let back = try store.render("team", 80, 24, keys: Self.typed + " l l l h")
    XCTAssertTrue(back.contains("People 1–4 of 5"), back)
    let wide = try store.render("team", 200, 60, keys: Self.typed)
    for name in ["Arne Dahl", "jonas", "Lars Nyberg", "Mette Holm", "Sofia Berg"] {
      XCTAssertTrue(wide.contains(name), "\(name) in\n\(wide)")
    }
    XCTAssertFalse(wide.contains("People 1–"), wide)
  }

  /// ← → are offered only while someone's column does not fit: not at 200 columns, and
  /// again once the window narrows to 80.
  func testThePeopleKeysShowOnlyWhileSomeoneIsHidden() throws {
    let store = try TestStore()
    var loop = try store.loop("team", keys: Self.typed, width: 200, height: 60)
    XCTAssertFalse(loop.frame().text.contains("Next people"), loop.frame().text)
    loop.send(.key(.right))
    XCTAssertFalse(loop.frame().text.contains("People 2–"), loop.frame().text)
    loop.send(.resize(Size(width: 80, height: 24)))
    let narrow = loop.frame().text
    XCTAssertTrue(narrow.contains("→/l Next people"), narrow)
    loop.send(.key(.right))
    XCTAssertTrue(loop.frame().text.contains("People 2–5 of 5"), loop.frame().text)
  }

  func testTheFolderReadLastIsFilledInNextTime() throws {
    let store = try TestStore()
    _ = try store.loop("team", keys: "n o p e enter")
    XCTAssertNil(try store.store.settings().teamFolder, "a folder that could not be read")
    _ = try store.loop("team", keys: Self.typed)
    XCTAssertEqual(try store.store.settings().teamFolder, "Tests/TeamFolder")
    let again = try store.render("team", 80, 24)
    XCTAssertTrue(again.contains("Team folder: Tests/TeamFolder"), again)
    let read = try store.render("team", 80, 24, keys: "enter")
    XCTAssertTrue(read.contains("5 people, 4 with a finished assessment"), read)
  }

  func testEachTroubleIsOneSentenceNamingTheFolder() throws {
    let store = try TestStore()
    let missing = try store.render("team", 80, 24, keys: "n o p e enter")
    XCTAssertTrue(missing.contains("Cannot read nope: no such folder."), missing)

    let empty = FileManager.default.temporaryDirectory
      .appendingPathComponent("team-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }
    _ = FileManager.default.changeCurrentDirectoryPath(empty.deletingLastPathComponent().path)
    let keys = empty.lastPathComponent.map { String($0) }.joined(separator: " ") + " enter"
    let none = try store.render("team", 80, 24, keys: keys)
    XCTAssertTrue(
      none.contains("The folder \(empty.lastPathComponent) holds no .json file: put one export"),
      none)

    try Data("{\"format\": \"something else\"}".utf8)
      .write(to: empty.appendingPathComponent("notes.json"))
    let unread = try store.render("team", 80, 24, keys: keys)
    XCTAssertTrue(
      unread.contains("No file in the folder \(empty.lastPathComponent) could be read as an"),
      unread)
    XCTAssertTrue(unread.contains("notes.json: not read, "), unread)
  }
}
