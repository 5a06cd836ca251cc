import Foundation
import XCTest

/// Runs a command and returns its exit status and output.
@discardableResult
func shell(_ arguments: [String], input: FileHandle? = nil) throws -> (
  status: Int32, out: String, err: String
) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = arguments
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  if let input { process.standardInput = input }
  try process.run()
  // Both pipes are drained at once: a command writing a lot to stderr must not block on a
  // full pipe while stdout is read.
  let errReader = PipeReader(err.fileHandleForReading)
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  let errData = errReader.wait()
  process.waitUntilExit()
  return (
    process.terminationStatus, String(decoding: outData, as: UTF8.self),
    String(decoding: errData, as: UTF8.self)
  )
}

/// Reads a pipe to its end on a thread of its own.
final class PipeReader: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}

/// The built `career-coach` binary, next to this test bundle.
func binaryPath() throws -> String {
  var candidates: [URL] = []
  for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
    candidates.append(bundle.bundleURL.deletingLastPathComponent())
  }
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  candidates.append(root.appendingPathComponent(".build/debug"))
  for folder in candidates {
    let path = folder.appendingPathComponent("career-coach").path
    if FileManager.default.isExecutableFile(atPath: path) { return path }
  }
  throw XCTSkip("career-coach binary not found next to the tests; run `swift build` first")
}

/// Tests that run the built binary as a script would: each test has a temporary folder for the
/// files it writes, with the data folder inside it.
class CommandLineTestCase: XCTestCase {
  var folder: URL!
  var binary = ""
  var dataDir: String { folder.appendingPathComponent("data").path }

  override func setUpWithError() throws {
    binary = try binaryPath()
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cc-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  /// Runs career-coach with the test's data folder, or with `dataDir` when given.
  @discardableResult
  func run(_ arguments: String..., dataDir: String? = nil) throws -> (
    status: Int32, out: String, err: String
  ) {
    try shell([binary] + arguments + ["--data-dir", dataDir ?? self.dataDir])
  }

  /// Writes a file into the test's folder and returns its path.
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, Data(text.utf8))
  }

  func write(_ name: String, _ data: Data) throws -> String {
    let url = folder.appendingPathComponent(name)
    try data.write(to: url)
    return url.path
  }

  /// The JSON object printed by a command.
  func json(_ text: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try XCTUnwrap(object as? [String: Any], text)
  }
}
