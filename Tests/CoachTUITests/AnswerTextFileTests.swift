import Foundation
import XCTest

@testable import CoachTUI

/// The answer file `mock check` reads: plain text, not empty, not huge, each problem named.
final class AnswerTextFileTests: XCTestCase {
  var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("answer-file-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  func problem(_ path: String) -> String? {
    if case .failure(let problem) = AnswerTextFile.read(path) { return problem.description }
    return nil
  }

  func testPlainTextIsReadWithoutItsByteOrderMark() throws {
    let path = try write("answer.txt", [0xEF, 0xBB, 0xBF] + Array("I added an index.".utf8))
    XCTAssertEqual(try AnswerTextFile.read(path).get(), "I added an index.")
  }

  func testEachProblemIsOneSentenceNamingTheFile() throws {
    let empty = try write("empty.txt", Array(" \n\t".utf8))
    XCTAssertEqual(
      problem(empty), "The answer file \(empty) is empty; write the answer in it first.")
    let binary = try write("binary.txt", [0x41, 0x00, 0x42])
    XCTAssertTrue(problem(binary)?.contains("\(binary) is not plain text") == true)
    let huge = try write("huge.txt", Array(repeating: 0x61, count: AnswerTextFile.maximumBytes + 1))
    XCTAssertTrue(problem(huge)?.contains("\(huge) is 64001 bytes, over the 64 KB") == true)
    let missing = folder.appendingPathComponent("missing.txt").path
    XCTAssertEqual(problem(missing), "The answer file \(missing) does not exist.")
    XCTAssertEqual(problem(folder.path), "The answer file \(folder.path) is a folder, not a file.")
    XCTAssertEqual(
      problem("/dev/zero"), "The answer file /dev/zero is not a regular file.")
  }
}
