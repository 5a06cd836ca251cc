import Foundation
import XCTest

/// The two builds of the app a user can run: `swift run` gives the debug build, the README
/// installs the release build linked statically. The journeys that guard the terminal and the
/// user's data run on both, since a bug may show only with optimisation; the journeys through
/// a feature run on the release build the README installs (the in-memory screen tests and the
/// commands' tests cover the debug build), to keep the suite inside its ten minutes.
enum AppBuild: String, CaseIterable, Sendable {
  case debug, release

  /// The binary of this build; the release build is made on first use (once per test run).
  func binary() throws -> String {
    switch self {
    case .debug: return try binaryPath()
    case .release: return try ReleaseBuild.shared.get()
    }
  }
}

extension XCTestCase {
  /// Runs `body` once for each build in `builds` (both by default); a failure says which build
  /// it was in.
  func forEachBuild(
    on builds: [AppBuild] = AppBuild.allCases, file: StaticString = #filePath, line: UInt = #line,
    _ body: (AppBuild) throws -> Void
  ) throws {
    for build in builds {
      let before = testRun?.totalFailureCount ?? 0
      do {
        try body(build)
      } catch let skip as XCTSkip {
        throw skip
      } catch {
        XCTFail("in the \(build.rawValue) build: \(error)", file: file, line: line)
        throw error
      }
      if (testRun?.totalFailureCount ?? 0) > before {
        XCTFail("the failures above are in the \(build.rawValue) build", file: file, line: line)
      }
    }
  }
}

/// The README's release build, made by `swift build` into a folder of its own so it never
/// waits on the debug build's lock. `CAREER_COACH_RELEASE_BINARY` names one already built.
final class ReleaseBuild: @unchecked Sendable {
  static let shared = ReleaseBuild()
  private let lock = NSLock()
  private var result: Result<String, Error>?

  func get() throws -> String {
    lock.lock()
    defer { lock.unlock() }
    if result == nil { result = Result { try Self.build() } }
    return try result!.get()
  }

  private static func build() throws -> String {
    if let given = ProcessInfo.processInfo.environment["CAREER_COACH_RELEASE_BINARY"] {
      return given
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let scratch = root.appendingPathComponent(".build-e2e-release")
    let result = try shell(
      [
        "swift", "build", "-c", "release", "--static-swift-stdlib", "-Xswiftc",
        "-static-executable", "--product", "career-coach", "--package-path", root.path,
        "--scratch-path", scratch.path,
      ])
    guard result.status == 0 else {
      throw BuildFailure(output: result.out + result.err)
    }
    let binary = scratch.appendingPathComponent("release/career-coach").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      throw BuildFailure(output: "no binary at \(binary)")
    }
    return binary
  }
}

struct BuildFailure: Error, CustomStringConvertible {
  let output: String
  var description: String { "the release build failed:\n" + output.suffix(4000) }
}
