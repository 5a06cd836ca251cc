import Foundation
import TestSupport
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
