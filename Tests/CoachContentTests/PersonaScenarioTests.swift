import CoachContent
import CoachCore
import XCTest

/// The personas of `Personas` against the shipped pack: placement on each track, the first gaps
/// to the next level and the study plan an experienced hiring manager would accept.
final class PersonaScenarioTests: XCTestCase {
  private static let pack: Pack? = try? PackLoader.load(from: PackLoader.shippedFolder())

  private func shipped() throws -> Pack {
    try XCTUnwrap(Self.pack, "the shipped pack loads")
  }

  private func check(_ persona: Persona, file: StaticString = #filePath, line: UInt = #line)
    throws
  {
    let pack = try shipped()
    XCTAssertEqual(
      Set(persona.ratings.keys), Set(pack.skills.map(\.id)),
      "\(persona.name) rates every skill of the pack", file: file, line: line)
    let report = CareerReport.make(
      pack: pack, profile: persona.profile, targetLevel: persona.target)
    for (track, expected) in persona.placed {
      let placement = try XCTUnwrap(report.placement.track(track), file: file, line: line)
      let fits = placement.fits.map { "\($0.level) \(Int(($0.fit * 100).rounded()))%" }
      XCTAssertEqual(
        placement.level, expected,
        "\(persona.name) on \(track): \(fits.joined(separator: ", "))", file: file, line: line)
    }
    let first = report.gaps.prefix(persona.topGapCount).flatMap(\.requirement.skills)
    let shown = report.gaps.map { "\($0.skill) \($0.rating)->\($0.required)" }
    for skill in persona.topGaps {
      XCTAssertTrue(
        first.contains(skill),
        "\(persona.name): \(skill) among the first \(persona.topGapCount) gaps to "
          + "\(report.target ?? "-"): \(shown)", file: file, line: line)
    }
    let all = Set(report.gaps.flatMap(\.requirement.skills))
    for skill in persona.notGaps {
      XCTAssertFalse(
        all.contains(skill), "\(persona.name): \(skill) is no gap: \(shown)", file: file,
        line: line)
    }
    let planned = Set(report.plan.gaps.map(\.skill))
    for gap in report.gaps.prefix(3) {
      XCTAssertTrue(
        planned.contains(gap.skill), "\(persona.name): the plan works on \(gap.skill)",
        file: file, line: line)
    }
  }

  func testJuniorPythonDeveloper() throws { try check(Personas.juniorPython) }
  func testMidJavaDeveloper() throws { try check(Personas.midJava) }
  func testSeniorGoDeveloper() throws { try check(Personas.seniorGo) }
  func testStaffPlatformEngineer() throws { try check(Personas.staffPlatform) }
  func testEngineeringManagerGoingToLead() throws { try check(Personas.managerToLead) }

  func testEveryTechnicalSkillAtAwarePlacesJunior() throws {
    let pack = try shipped()
    try check(Personas.awareEverywhere(skills: pack.skills.map(\.id)))
  }
}
