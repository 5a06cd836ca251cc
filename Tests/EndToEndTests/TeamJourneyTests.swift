import Foundation
import XCTest

/// A lead opens Team, types the folder of the team's exports and review files, and reads the
/// matrix and the thin skills, at 80x24 and at 200x60.
final class TeamJourneyTests: XCTestCase {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("TeamFolder").path

  func testTheLeadReadsTheTeamsMatrixAndItsThinSkills() throws {
    try forEachBuild(on: [.release]) { build in
      for (width, height) in [(80, 24), (200, 60)] {
        let pane = try TmuxPane.app(width: width, height: height, build: build)
        try pane.openHomeEntry("Team")
        pane.waitFor(text: "Team folder:")
        try pane.type(Self.folder)
        try pane.press(.enter)
        let matrix = pane.waitFor(text: "5 people, 4 with a finished assessment")
        XCTAssertTrue(matrix.contains("Arne Dahl"), matrix)
        // The thin skills follow the matrix: a page at a time until their heading shows.
        var screen = matrix
        for _ in 0..<12 where !screen.contains("Thin skills") {
          try pane.press(.space)
          let before = screen
          screen = pane.waitFor("the page to scroll", timeout: 2) {
            $0 != before || $0.contains("Thin skills")
          }
        }
        pane.waitFor(text: "Thin skills")
        try pane.quitApp()
      }
    }
  }
}
