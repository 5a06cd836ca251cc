import Foundation
import XCTest

/// A small tmpfs for the data folder, seen only by one shell script: `unshare -rm` gives the
/// script a user and mount namespace of its own, so it mounts without privileges, and the
/// mount goes away with the script. The disk can then be filled, or made read-only, for real.
enum PrivateMount {
  /// Skips the test where unprivileged namespaces or tmpfs mounts are not allowed.
  static func requireSupport() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cc-mount-probe-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try shell([
      "unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs '\(folder.path)'",
    ])
    guard result.status == 0 else {
      throw XCTSkip(
        "these tests mount a small tmpfs with `unshare -rm`, which this machine does not permit: \(result.err)"
      )
    }
  }

  /// The first lines of a script: `$B` the app, `$D` the data folder, now a tmpfs of
  /// `kilobytes`, `$O` the test's folder outside it; `run NAME ARGS...` runs the app on `$D`
  /// and leaves its status, stdout and stderr in `$O/NAME.status`, `.out` and `.err`.
  static func prologue(binary: String, dataDir: String, outside: String, kilobytes: Int)
    -> [String]
  {
    [
      "B='\(binary)'; D='\(dataDir)'; O='\(outside)'",
      "mount -t tmpfs -o size=\(kilobytes)k,mode=0700 tmpfs \"$D\" || exit 97",
      #"run() { name=$1; shift; "$B" "$@" --data-dir "$D" >"$O/$name.out" 2>"$O/$name.err"; echo $? >"$O/$name.status"; }"#,
      // Fills the disk: a file as big as the free space allows.
      #"fill() { head -c 64M /dev/zero >"$D/filler" 2>/dev/null; true; }"#,
    ]
  }
}

extension CommandLineTestCase {
  /// Runs a script made of `PrivateMount.prologue` and `lines` in its own namespace.
  func runInPrivateMount(kilobytes: Int = 512, _ lines: [String]) throws {
    try PrivateMount.requireSupport()
    try FileManager.default.createDirectory(atPath: dataDir, withIntermediateDirectories: true)
    let script =
      PrivateMount.prologue(
        binary: binary, dataDir: dataDir, outside: folder.path, kilobytes: kilobytes) + lines
    let result = try shell(["unshare", "-rm", "sh", "-c", script.joined(separator: "\n")])
    XCTAssertEqual(result.status, 0, "the script failed: \(result.err)")
  }

  /// What `run NAME ...` left behind (status -1 when it did not run).
  func result(_ name: String) -> (status: Int32, out: String, err: String) {
    func read(_ suffix: String) -> String {
      (try? String(
        contentsOf: folder.appendingPathComponent("\(name).\(suffix)"), encoding: .utf8)) ?? ""
    }
    let status = read("status").trimmingCharacters(in: .whitespacesAndNewlines)
    return (Int32(status) ?? -1, read("out"), read("err"))
  }

  func assertSucceeded(_ name: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(result(name).status, 0, "\(name): \(result(name).err)", file: file, line: line)
  }

  /// The number of assessments in `history --format json` output.
  func assessmentCount(_ historyJSON: String) throws -> Int {
    try XCTUnwrap(json(historyJSON)["assessments"] as? [Any], historyJSON).count
  }

  func assertOneSentence(
    _ result: (status: Int32, out: String, err: String), status: Int32 = 2,
    saying expected: [String], file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertEqual(result.status, status, result.err, file: file, line: line)
    for text in expected {
      XCTAssertTrue(result.err.contains(text), "\(text) in: \(result.err)", file: file, line: line)
    }
    XCTAssertEqual(result.err.split(separator: "\n").count, 1, result.err, file: file, line: line)
  }
}
