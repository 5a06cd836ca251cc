import CoachCore
import Foundation
import XCTest

/// The promotion packet: each requirement of the target level with its rating and the
/// evidence behind it, the gaps still open, and the summary a manager reads first.
final class PromotionPacketTests: XCTestCase {
  let profile = Profile(ratings: [
    "go": 3, "rest-apis": 3, "sql": 4, "caching": 2, "system-design": 3, "communication": 3,
  ])
  let evidence = [
    EvidenceEntry(id: "evidence-2", day: "2026-05-01", skills: ["sql", "caching"], text: "Cache"),
    EvidenceEntry(id: "evidence-1", day: "2026-03-01", skills: ["go"], text: "Retry library"),
    EvidenceEntry(id: "evidence-3", day: "2026-04-01", skills: ["leadership"], text: "Led"),
    EvidenceEntry(id: "evidence-4", day: "2026-02-01", skills: ["sql"], text: "Index"),
  ]

  func packet() throws -> PromotionPacket {
    PromotionPacket(
      level: try XCTUnwrap(TestPack.pack.level("senior")), pack: TestPack.pack,
      profile: profile, evidence: evidence)
  }

  func testEachRequirementCarriesTheEntriesThatNameAnyOfItsSkills() throws {
    let packet = try packet()
    XCTAssertEqual(
      packet.lines.map { $0.result.requirement.key },
      ["python|java|go", "rest-apis", "sql", "caching", "system-design", "communication"])
    XCTAssertEqual(
      packet.lines.map { $0.evidence.map(\.id) },
      [["evidence-1"], [], ["evidence-4", "evidence-2"], ["evidence-2"], [], []])
    XCTAssertEqual(packet.lines.map(\.isUnbacked), [false, true, false, false, true, true])
    XCTAssertEqual(packet.metCount, 4)
    XCTAssertEqual(packet.evidenceCount, 3)
  }

  func testStoriesToldForAQuestionOnARequirementsSkillStandBesideIt() throws {
    let question = try XCTUnwrap(TestPack.pack.questions.first { $0.skills == ["caching"] })
    let story = SavedStarAnswer(
      id: 4, questionID: question.id, answer: StarAnswer(action: "Added a cache."),
      savedAt: Date(timeIntervalSince1970: 0))
    let other = SavedStarAnswer(
      id: 5, questionID: "no-such-question", answer: StarAnswer(action: "Lost."),
      savedAt: Date(timeIntervalSince1970: 0))
    let packet = PromotionPacket(
      level: try XCTUnwrap(TestPack.pack.level("senior")), pack: TestPack.pack,
      profile: profile, evidence: [], stories: [other, story])
    XCTAssertEqual(packet.lines.map { $0.stories.map(\.id) }, [[], [], [], [4], [], []])
  }

  func testCVBulletsComeFromTheEvidenceBehindRequirementsMetEachOnce() throws {
    // evidence-2 also names caching, which is not met; it still backs SQL, which is.
    XCTAssertEqual(try packet().cvBullets, ["Index.", "Retry library.", "Cache."])
  }

  func testTheGapsAreTheUnmetRequirementsMostImportantFirst() throws {
    let gaps = try packet().gaps
    XCTAssertEqual(gaps.map(\.skill), ["caching", "rest-apis"])
    XCTAssertEqual(gaps.map(\.steps), [1, 1])
  }

  func testTheSummarySaysWhatIsMetBackedAndOpen() throws {
    XCTAssertEqual(
      try packet().summary(in: TestPack.pack),
      "Against Senior, 4 of 6 requirements are met. Central and not met yet: "
        + "Caching (Redis, Memcached). 3 evidence entries back 2 of the 4 requirements met; "
        + "3 ratings of Proficient or more have none yet. 2 gaps are open (2 rating steps), "
        + "the most important Caching (Redis, Memcached), REST APIs.")
  }

  func testAFullyMetAndBackedLevelSaysSo() throws {
    let junior = try XCTUnwrap(TestPack.pack.level("junior"))
    let strong = TestPack.uniform(2)
    let all = [
      EvidenceEntry(
        id: "evidence-1", day: "2026-01-01",
        skills: TestPack.skillIDs, text: "Everything at once")
    ]
    let packet = PromotionPacket(level: junior, pack: TestPack.pack, profile: strong, evidence: all)
    XCTAssertEqual(
      packet.summary(in: TestPack.pack),
      "Against Junior, 5 of 5 requirements are met. Every central requirement is met. "
        + "1 evidence entry backs 5 of the 5 requirements met. No gap is open.")
  }
}
