import CoachContent
import CoachCore
import XCTest

/// Measures the key points the mock interview suggests against answers labelled by hand
/// (`LabelledAnswers/`), per kind of question, and holds them to the goals of
/// docs/mock-scoring.md.
final class SuggestionQualityTests: XCTestCase {
  private func shippedPack() throws -> Pack { try PackLoader.shipped() }

  func testTheLabelledSetIsSoundAndBigEnough() throws {
    let pack = try shippedPack()
    var perKind: [QuestionKind: Int] = [:]
    for answer in LabelledAnswer.all {
      let question = try XCTUnwrap(
        pack.questions.first { $0.id == answer.question }, "unknown question \(answer.question)")
      perKind[question.kind, default: 0] += 1
      XCTAssertTrue(
        answer.covers.allSatisfy { question.keyPoints.indices.contains($0) }, answer.question)
      switch answer.grade {
      case .strong, .partial: XCTAssertFalse(answer.covers.isEmpty, answer.question)
      case .offTopic: XCTAssertTrue(answer.covers.isEmpty, answer.question)
      }
      if answer.grade == .partial {
        XCTAssertLessThan(answer.covers.count, question.keyPoints.count, answer.question)
      }
    }
    XCTAssertGreaterThanOrEqual(LabelledAnswer.all.count, 60)
    for kind in QuestionKind.builtIn {
      XCTAssertGreaterThanOrEqual(perKind[kind] ?? 0, 15, kind.id)
    }
  }

  func testSuggestionsMeetTheGoalsForEveryKind() throws {
    let pack = try shippedPack()
    let figures = SuggestionFigures.measure(LabelledAnswer.all, in: pack) { question, text in
      KeyPointMatch.covered(question, by: text, synonyms: pack.synonyms)
    }
    for kind in QuestionKind.builtIn {
      let measured = try XCTUnwrap(figures[kind])
      print("\(kind.id): \(measured)")
      XCTAssertGreaterThanOrEqual(measured.precision, 0.9, "\(kind.id): \(measured)")
      XCTAssertGreaterThanOrEqual(measured.recall, 0.8, "\(kind.id): \(measured)")
      XCTAssertLessThanOrEqual(measured.partialFalseTicks, 0.05, "\(kind.id): \(measured)")
      XCTAssertLessThanOrEqual(measured.offTopicTicks, 0.05, "\(kind.id): \(measured)")
    }
  }
}
