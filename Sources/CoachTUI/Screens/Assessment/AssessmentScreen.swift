import CoachCore
import CoachStore
import Foundation

/// Rating one skill (or, in a quick assessment, one category) after another. Every answer is
/// saved the moment it is given, so leaving and coming back resumes exactly here.
public struct AssessmentScreen: ScreenModel {
  public enum Action: Sendable {
    case rate(Int)
    case move(Int)
    case choose, skip, note, back, saveNote, cancelNote, addEvidence
  }

  public private(set) var assessment: Assessment
  public private(set) var questions: [AssessmentQuestion]
  public private(set) var position: Int
  public private(set) var highlighted: Int
  public private(set) var note: TextField?
  /// The pack's rating scale: its digits rate, its top is the last option.
  public let scale: RatingScale
  /// The screen as it was before the latest answer went to be saved: a save that fails puts
  /// it back, so the screen never counts an answer the store does not hold.
  private var beforeSave: Restore?
  /// Set when the screen rates someone else's skills for a review file: answers go into the
  /// review, never the store.
  public private(set) var review: Review?

  private struct Restore: Sendable {
    var review: Review?
    var assessment: Assessment
    var position: Int
    var highlighted: Int
    var note: TextField?
  }

  public init(assessment: Assessment, pack: Pack) {
    self.assessment = assessment
    scale = pack.scale
    questions = AssessmentQuestion.all(for: assessment, pack: pack)
    position = min(max(0, assessment.position), max(0, questions.count - 1))
    highlighted = 0
    highlighted = currentRating ?? 0
  }

  /// A reviewer's screen: the skills `review` asks about, in the pack's order, with the
  /// ratings and comments already in the file; it opens at the first skill not yet rated.
  public init(review: Review, pack: Pack) {
    let asked = Set(review.skills)
    var answers: [String: SkillAnswer] = [:]
    for skill in review.skills where review.ratings[skill] != nil || review.comments[skill] != nil {
      answers[skill] = SkillAnswer(rating: review.ratings[skill], note: review.comments[skill])
    }
    self.init(
      assessment: Assessment(
        mode: .full, startedAt: Date(timeIntervalSince1970: 0), answers: answers),
      pack: pack)
    self.review = review
    questions = AssessmentQuestion.all(for: .full, pack: pack).filter { asked.contains($0.id) }
    position = questions.firstIndex { review.ratings[$0.id] == nil } ?? 0
    highlighted = currentRating ?? 0
  }

  public var title: String {
    if let review { return review.title }
    return assessment.mode == .quick ? "Quick assessment" : "Full assessment"
  }

  /// In a review that shows them, the rating the person gave themselves for `question`.
  public func selfRating(of question: AssessmentQuestion) -> Rating? {
    review?.selfRatings?[question.id]
  }
  public var capturesText: Bool { note != nil }
  public var hasUnsavedInput: Bool { !(note?.text.isEmpty ?? true) }

  public var current: AssessmentQuestion? {
    questions.indices.contains(position) ? questions[position] : nil
  }

  private var currentRating: Int? {
    current.flatMap { assessment.answer(to: $0)?.rating }
  }

  public var keyTable: KeyTable<Action> {
    if note != nil {
      return KeyTable([
        KeyBinding([.enter], "Enter", "Save note", .saveNote),
        KeyBinding([.escape], "Esc", "Cancel note", .cancelNote),
      ])
    }
    return KeyTable(
      [
        KeyBinding(eachOf: digits, scale.numbers, "Rate") { [digits] key in
          .rate(digits.firstIndex(of: key) ?? 0)
        }
      ]
        + ListKeys.bindings(
          move: Action.move, first: .move(-scale.top), last: .move(scale.top)) + [
          KeyBinding([.enter], "Enter", "Rate", footer: false, .choose),
          KeyBinding([.character("n")], "n", "Note", .note),
          KeyBinding([.character("s")], "s", "Skip", .skip),
          KeyBinding([.backspace, .left], "←", "Back", .back),
        ]
        // A reviewer keeps no evidence: nothing of theirs is stored.
        + (review == nil ? [KeyBinding([.character("e")], "e", "Evidence", .addEvidence)] : []))
  }

  /// The digit keys of the scale's numbers (0 to 4, or 1 to 5), each giving its own rating.
  var digits: [Key] { scale.range.map { .character(Character("\(scale.number($0))")) } }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    switch action {
    case .rate(let value):
      highlighted = value
      return answer(SkillAnswer(rating: value, note: currentNote))
    case .move(let delta): highlighted = min(scale.top, max(0, highlighted + delta))
    case .choose: return answer(SkillAnswer(rating: highlighted, note: currentNote))
    case .skip: return answer(SkillAnswer.skip(note: currentNote))
    case .note: note = TextField(text: currentNote ?? "", limit: TextLimits.note)
    case .cancelNote: note = nil
    case .saveNote: return saveNote()
    case .addEvidence:
      return EvidenceFormScreen.opening(suggesting: evidenceSkills(data), data: data)
    case .back:
      guard position > 0 else { return [.pop] }
      position -= 1
      highlighted = currentRating ?? 0
      if review != nil { return [] }
      return [.effect(.savePosition(assessment: assessment.id, position: position))]
    }
    return []
  }

  public mutating func receiveText(_ key: Key, data: AppData) -> [Command] {
    _ = note?.edit(key)
    return []
  }

  /// The skill being rated, or for a quick question on an area the skills it stands for.
  private func evidenceSkills(_ data: AppData) -> [String] {
    guard let question = current else { return [] }
    guard question.isCategory else { return [question.id] }
    return data.pack?.skills.filter { $0.category == question.id }.map(\.id) ?? []
  }

  private var currentNote: String? {
    current.flatMap { assessment.answer(to: $0)?.note }
  }

  private mutating func saveNote() -> [Command] {
    guard let question = current, let field = note else { return [] }
    note = nil
    let text = field.text.trimmingCharacters(in: .whitespaces)
    var answer = assessment.answer(to: question) ?? SkillAnswer(rating: nil)
    answer.note = text.isEmpty ? nil : text
    let commands = store(answer, for: question, position: position)
    // A note that fails to save opens again with what was typed.
    beforeSave?.note = field
    return commands
  }

  /// Records the answer to the current question and moves on; after the last, finishes.
  private mutating func answer(_ answer: SkillAnswer) -> [Command] {
    guard let question = current else { return [] }
    let next = position + 1
    var commands = store(answer, for: question, position: min(next, questions.count))
    if next >= questions.count, let review {
      commands = [.effect(.saveReview(review, finished: true))]
    } else if next >= questions.count {
      commands.append(.effect(.finish(assessment: assessment.id)))
    } else {
      position = next
      highlighted = currentRating ?? 0
    }
    return commands
  }

  private mutating func store(
    _ answer: SkillAnswer, for question: AssessmentQuestion, position: Int
  )
    -> [Command]
  {
    beforeSave = Restore(
      review: review, assessment: assessment, position: self.position, highlighted: highlighted,
      note: nil)
    assessment.record(answer, for: question)
    assessment.position = position
    if var review {
      review.ratings[question.id] = answer.effectiveRating
      review.comments[question.id] = answer.note
      self.review = review
      return [.effect(.saveReview(review, finished: false))]
    }
    let effect: Effect =
      question.isCategory
      ? .saveCategoryAnswer(
        assessment: assessment.id, category: question.id, answer: answer, position: position)
      : .saveAnswer(
        assessment: assessment.id, skill: question.id, answer: answer, position: position)
    return [.effect(effect)]
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    switch reply {
    case .finished:
      return [.replace(ResultsScreen.loading()), .effect(.loadLatest)]
    case .reviewSaved:
      return [.quit]
    case .failure:
      // The status line says why; the answer is asked again.
      if let restore = beforeSave {
        if review != nil { review = restore.review }
        assessment = restore.assessment
        position = restore.position
        highlighted = restore.highlighted
        note = restore.note
        beforeSave = nil
      }
      return []
    default:
      return []
    }
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    AssessmentView(screen: self).draw(&canvas, in: rect, context: context)
  }
}

extension AssessmentScreen {
  /// Every key starts afresh: a failed save answers the key that asked for it.
  public mutating func handle(_ key: Key, data: AppData) -> [Command]? {
    // A failure answers the key that asked for it; only an answer can be put back.
    beforeSave = nil
    guard let action = keyTable.action(for: key) else { return nil }
    return perform(action, data: data)
  }
}
