import Foundation

/// The README's release build, made by `swift build` into a folder of its own so it never
/// waits on the debug build's lock; made once per test run, and started as soon as a whole run
/// begins, so that it compiles while the unit tests run instead of after them.
/// `CAREER_COACH_RELEASE_BINARY` names one already built.
public final class ReleaseBuild: @unchecked Sendable {
  public static let shared = ReleaseBuild()
  private let lock = NSLock()
  private let done = DispatchGroup()
  private var started = false
  private var result: Result<String, any Error>?

  /// Starts the build when this process runs every test (no test named on its command line):
  /// the journeys that need it come later in the same run. A run of a few tests builds on
  /// first use only, so it never leaves a build behind.
  public func startForWholeRun() {
    guard CommandLine.arguments.count == 1 else { return }
    start()
  }

  /// The path of the built binary, waiting for the build if it is under way.
  public func get() throws -> String {
    start()
    done.wait()
    lock.lock()
    defer { lock.unlock() }
    return try result!.get()
  }

  private func start() {
    lock.lock()
    defer { lock.unlock() }
    guard !started else { return }
    started = true
    done.enter()
    Thread.detachNewThread { [self] in
      let built = Result { try Self.build() }
      lock.lock()
      result = built
      lock.unlock()
      done.leave()
    }
  }

  private static func build() throws -> String {
    if let given = ProcessInfo.processInfo.environment["CAREER_COACH_RELEASE_BINARY"] {
      return given
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let scratch = root.appendingPathComponent(".build-e2e-release")
    // The output goes to a file: a pipe nobody reads while the build runs could fill and stop it.
    let log = TestFolders.fresh("release-build-log")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: log) }
    let output = try FileHandle(forWritingTo: log)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "swift", "build", "-c", "release", "--static-swift-stdlib", "-Xswiftc",
      "-static-executable", "--product", "career-coach", "--package-path", root.path,
      "--scratch-path", scratch.path,
    ]
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try? output.close()
    guard process.terminationStatus == 0 else {
      let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
      throw BuildFailure(output: text)
    }
    let binary = scratch.appendingPathComponent("release/career-coach").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      throw BuildFailure(output: "no binary at \(binary)")
    }
    return binary
  }
}

/// The release build's failure, with the end of what it printed.
public struct BuildFailure: Error, CustomStringConvertible {
  public let output: String
  public var description: String { "the release build failed:\n" + output.suffix(4000) }
}
