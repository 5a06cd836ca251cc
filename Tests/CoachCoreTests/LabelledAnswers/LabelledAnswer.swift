/// An answer to a question of the shipped pack, as a candidate might type it, with the key
/// points an experienced interviewer would say it covers.
struct LabelledAnswer {
  enum Grade: String, CaseIterable {
    case strong, partial
    case offTopic = "off-topic"
  }

  let question: String
  let grade: Grade
  /// The indices of the question's key points the answer truly covers.
  let covers: Set<Int>
  let text: String

  init(_ question: String, _ grade: Grade, _ covers: Set<Int>, _ text: String) {
    self.question = question
    self.grade = grade
    self.covers = covers
    self.text = text
  }

  /// Every labelled answer, of every kind.
  static let all = technical + systemDesign + behavioural
}
