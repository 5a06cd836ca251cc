import CoachCore

/// How well the suggested key points agree with the labels, for one kind of question.
struct SuggestionFigures: CustomStringConvertible {
  var suggested = 0
  var correct = 0
  var labelled = 0
  /// Points missing from partial answers, and how many of them were suggested.
  var missedOnPartial = 0
  var missedOnPartialSuggested = 0
  /// Points of off-topic answers, and how many of them were suggested.
  var pointsOffTopic = 0
  var suggestedOffTopic = 0

  /// Suggested points that the answer covers, over all suggested points; 1 when none.
  var precision: Double { suggested == 0 ? 1 : Double(correct) / Double(suggested) }
  /// Covered points that were suggested, over all covered points; 1 when none.
  var recall: Double { labelled == 0 ? 1 : Double(correct) / Double(labelled) }
  var partialFalseTicks: Double {
    missedOnPartial == 0 ? 0 : Double(missedOnPartialSuggested) / Double(missedOnPartial)
  }
  var offTopicTicks: Double {
    pointsOffTopic == 0 ? 0 : Double(suggestedOffTopic) / Double(pointsOffTopic)
  }

  mutating func add(_ answer: LabelledAnswer, suggested found: Set<Int>, points: Int) {
    suggested += found.count
    correct += found.intersection(answer.covers).count
    labelled += answer.covers.count
    switch answer.grade {
    case .strong: break
    case .partial:
      missedOnPartial += points - answer.covers.count
      missedOnPartialSuggested += found.subtracting(answer.covers).count
    case .offTopic:
      pointsOffTopic += points
      suggestedOffTopic += found.count
    }
  }

  var description: String {
    "precision \(percent(precision)), recall \(percent(recall)), "
      + "missed points ticked on partial answers \(percent(partialFalseTicks)), "
      + "points ticked on off-topic answers \(percent(offTopicTicks))"
  }

  private func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }

  /// The figures of each kind over the labelled answers, with `suggest` giving the indices.
  static func measure(
    _ answers: [LabelledAnswer], in pack: Pack, suggest: (Question, String) -> Set<Int>
  ) -> [QuestionKind: SuggestionFigures] {
    var figures: [QuestionKind: SuggestionFigures] = [:]
    for answer in answers {
      guard let question = pack.questions.first(where: { $0.id == answer.question }) else {
        continue
      }
      figures[question.kind, default: SuggestionFigures()].add(
        answer, suggested: suggest(question, answer.text), points: question.keyPoints.count)
    }
    return figures
  }
}
