import CoachCore
import CoachStore

/// One question of an assessment: a skill (full) or a whole category (quick), with where it
/// sits, for the "category i of n, skill j of m" line.
public struct AssessmentQuestion: Sendable, Equatable {
  public var id: String
  public var isCategory: Bool
  public var name: String
  /// What the skill or area is; nil when the pack gives none.
  public var description: String?
  /// One description per step of the scale, empty where the pack gives none.
  public var anchors: [String]
  /// The steps' names: the area's own, else the scale's.
  public var stepNames: [String]
  public var categoryName: String
  public var categoryIndex: Int
  public var categoryCount: Int
  public var indexInCategory: Int
  public var countInCategory: Int
  /// For a quick question on the languages, databases or cloud: the names of the skills its
  /// rating stands for (the user's picks); nil for other questions.
  public var standsFor: [String]?

  /// The questions of an assessment in the order they are asked: categories in pack order,
  /// skills in each category in pack order. A full assessment leaves out the languages,
  /// databases and cloud platforms the user did not pick.
  public static func all(for assessment: Assessment, pack: Pack) -> [AssessmentQuestion] {
    let pick = assessment.judgedPick(in: pack)
    var questions = all(for: assessment.mode, pack: pack, leaving: pick.excluded(in: pack))
    for index in questions.indices where questions[index].isCategory {
      guard let category = pack.category(questions[index].id),
        category.pick != nil
      else { continue }
      questions[index].standsFor = pick.skills(ratedBy: category, in: pack).map(pack.skillName)
    }
    return questions
  }

  /// The questions of a mode, without the skills in `excluded`.
  public static func all(
    for mode: AssessmentMode, pack: Pack, leaving excluded: Set<String> = []
  ) -> [AssessmentQuestion] {
    let categories = pack.categories
    var questions: [AssessmentQuestion] = []
    for (index, category) in categories.enumerated() {
      if mode == .quick {
        questions.append(
          AssessmentQuestion(
            id: category.id, isCategory: true, name: category.name,
            description: category.description,
            anchors: stepTexts(pack.anchors(ofArea: category.id), pack),
            stepNames: stepNames(category, pack), categoryName: category.name, categoryIndex: index,
            categoryCount: categories.count,
            indexInCategory: 0, countInCategory: 1))
        continue
      }
      let skills = pack.skills(in: category.id).filter { !excluded.contains($0.id) }
      for (position, skill) in skills.enumerated() {
        questions.append(
          AssessmentQuestion(
            id: skill.id, isCategory: false, name: skill.name, description: skill.description,
            anchors: stepTexts(pack.anchors(of: skill), pack),
            stepNames: pack.scale.range.map { pack.stepName($0, ofSkill: skill.id) },
            categoryName: category.name, categoryIndex: index,
            categoryCount: categories.count, indexInCategory: position,
            countInCategory: skills.count))
      }
    }
    return questions
  }

  /// One text per step of the pack's scale, blank where `texts` has none.
  private static func stepTexts(_ texts: [String], _ pack: Pack) -> [String] {
    pack.scale.range.map { texts.indices.contains($0) ? texts[$0] : "" }
  }

  private static func stepNames(_ category: SkillCategory, _ pack: Pack) -> [String] {
    pack.scale.range.map { pack.stepName($0, inCategory: category.id) }
  }
}

extension Assessment {
  /// The answer already given to a question, if any.
  func answer(to question: AssessmentQuestion) -> SkillAnswer? {
    question.isCategory ? categoryAnswers[question.id] : answers[question.id]
  }

  mutating func record(_ answer: SkillAnswer, for question: AssessmentQuestion) {
    if question.isCategory {
      categoryAnswers[question.id] = answer
    } else {
      answers[question.id] = answer
    }
  }

  /// How many questions have an answer (a rating or a skip).
  func answeredCount(of questions: [AssessmentQuestion]) -> Int {
    questions.filter { answer(to: $0) != nil }.count
  }
}
