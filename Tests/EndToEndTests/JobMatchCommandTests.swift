import Foundation
import XCTest

/// `career-coach job match` on an ad in a file, against an assessment stored by `assess`.
final class JobMatchCommandTests: XCTestCase {
  private func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cc-job-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
  }

  func testTheAdIsReadAgainstTheLatestAssessment() throws {
    let dir = try folder()
    let binary = try binaryPath()
    let answers = dir.appendingPathComponent("answers.yaml")
    try "ratings: {go: 3, kubernetes: 1, terraform: 2, gcp: 3}\n".write(
      to: answers, atomically: true, encoding: .utf8)
    let data = dir.appendingPathComponent("data").path
    XCTAssertEqual(
      try shell([binary, "--data-dir", data, "assess", "--answers", answers.path]).status, 0)
    let ad = dir.appendingPathComponent("ad.txt")
    try """
    Staff Software Engineer, Platform
    You will set the technical strategy for our Kubernetes platform on Google Cloud,
    managed with Terraform, and the Go services around it. 10+ years of experience.
    """.write(to: ad, atomically: true, encoding: .utf8)
    let text = try shell([binary, "--data-dir", data, "job", "match", ad.path])
    XCTAssertEqual(text.status, 0, text.err)
    XCTAssertTrue(
      text.out.hasPrefix("Level: Staff/Principal Engineer (the title says \"Staff\")"), text.out)
    XCTAssertTrue(text.out.contains("Gaps for this job"), text.out)

    let json = try shell([binary, "--data-dir", data, "job", "match", ad.path, "--format", "json"])
    let object = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any], json.out)
    XCTAssertEqual(object["level"] as? String, "staff")
    XCTAssertEqual(object["years"] as? Double, 10)
    let skills = try XCTUnwrap(object["skills"] as? [[String: Any]])
    let go = try XCTUnwrap(skills.first { $0["skill"] as? String == "go" })
    XCTAssertEqual(go["rating"] as? Int, 3)
    XCTAssertEqual(
      Set(skills.compactMap { $0["skill"] as? String }).isSuperset(of: [
        "kubernetes", "terraform", "gcp",
      ]),
      true)
  }

  func testABadFileIsOneSentenceAndExitOne() throws {
    let dir = try folder()
    let binary = try binaryPath()
    let empty = dir.appendingPathComponent("empty.txt")
    try "  \n".write(to: empty, atomically: true, encoding: .utf8)
    let binaryAd = dir.appendingPathComponent("ad.pdf")
    try Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]).write(to: binaryAd)
    let cases: [(String, String)] = [
      (empty.path, "is empty; paste the ad in it first."),
      (binaryAd.path, "is not plain text (it holds binary data); save the job ad as a .txt file."),
      (dir.appendingPathComponent("nope.txt").path, "does not exist."),
    ]
    for (path, reason) in cases {
      let result = try shell([binary, "--data-dir", dir.path, "job", "match", path])
      XCTAssertEqual(result.status, 1, path)
      XCTAssertEqual(result.err, "career-coach: The job ad file \(path) \(reason)\n")
      XCTAssertEqual(result.out, "")
    }
  }
}
