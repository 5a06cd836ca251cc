import Foundation
import XCTest

/// Compares text with a golden file in Tests/CoachTUITests/Golden; with UPDATE_GOLDEN=1 in the
/// environment, writes the file instead.
func assertGolden(
  _ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line
) {
  let folder = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent(
    "Golden")
  let url = folder.appendingPathComponent(name + ".txt")
  let actual = text + "\n"
  if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? actual.write(to: url, atomically: true, encoding: .utf8)
    return
  }
  guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
    XCTFail(
      "no golden file \(name).txt; run with UPDATE_GOLDEN=1 to write it", file: file, line: line)
    return
  }
  if expected != actual {
    XCTFail(
      "screen differs from \(name).txt:\n--- expected\n\(expected)--- actual\n\(actual)",
      file: file, line: line)
  }
}
