import CoachCore
import Foundation
import XCTest

/// The sample CVs in Tests/CVSamples, decoded and checked as the app does.
final class CVSampleTests: XCTestCase {
  static func sample(_ name: String) throws -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("CVSamples/\(name)")
    return Array(try Data(contentsOf: url))
  }

  static func report(_ name: String) throws -> CVReport {
    let text = try CVText.decode(sample(name)).get()
    return CVAnalysis.analyse(text: text, pack: TestPack.pack)
  }

  func testAStrongCVShowsEverythingAndNoMistake() throws {
    let report = try Self.report("strong.md")
    XCTAssertEqual(report.present.map(\.check.id), ["metrics", "databases", "cloud", "languages"])
    XCTAssertEqual(report.present.first?.lines, [14, 18])
    XCTAssertEqual(report.missing, [])
    XCTAssertEqual(report.mistakes, [])
    XCTAssertEqual(report.score, 1)
  }

  func testAWeakCVMissesItemsAndShowsItsMistakeByLine() throws {
    let report = try Self.report("weak.txt")
    XCTAssertEqual(report.present, [])
    XCTAssertEqual(report.missing.map(\.id), ["metrics", "databases", "cloud", "languages"])
    XCTAssertEqual(report.missing.map(\.suggestion).first, "Suggestion for metrics.")
    XCTAssertEqual(report.mistakes.map(\.check.id), ["duties"])
    XCTAssertEqual(report.mistakes.first?.lines, [9])
    XCTAssertEqual(report.lineCount, 16)
  }

  func testAnEmptyCVMissesEverything() throws {
    let report = try Self.report("empty.txt")
    XCTAssertEqual(report.lineCount, 0)
    XCTAssertEqual(report.missing.count, TestPack.cvChecks.count)
    XCTAssertEqual(report.score, 0)
  }

  func testABinaryFileIsRefused() throws {
    XCTAssertEqual(CVText.decode(try Self.sample("binary.pdf")), .failure(.binary))
  }

  func testDecodingRefusesInvalidUTF8AndBigFilesAndDropsAByteOrderMark() {
    XCTAssertEqual(CVText.decode([0x61, 0xC3, 0x28]), .failure(.binary), "invalid UTF-8")
    XCTAssertEqual(CVText.decode([0x61, 0x00, 0x62]), .failure(.binary), "a NUL byte")
    let big = [UInt8](repeating: 0x61, count: CVText.maximumBytes + 1)
    XCTAssertEqual(CVText.decode(big), .failure(.tooLarge(bytes: CVText.maximumBytes + 1)))
    let limit = [UInt8](repeating: 0x61, count: CVText.maximumBytes)
    XCTAssertEqual(try CVText.decode(limit).get().count, CVText.maximumBytes)
    XCTAssertEqual(CVText.decode([0xEF, 0xBB, 0xBF, 0x68, 0xC3, 0xA9]), .success("hé"))
    XCTAssertTrue(CVText.Problem.binary.reason.contains("not plain text"))
  }
}
