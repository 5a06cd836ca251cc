import CoachCore
import Foundation

/// A flashcard drill: the question, then its key points, hint and follow-ups, then a grade
/// from 1 (Again) to 4 (Easy). Each grade is stored with the time spent, and the card's next
/// review is shown while the next card comes up. A card answered Again comes back in the same
/// drill (`DrillSession`). The drill ends with a summary, when no card is left or on Esc.
public struct DrillScreen: DocumentScreen {
  public enum Action: Sendable {
    case revealOrGood
    case grade(FSRSGrade)
    case scroll(ScrollAction)
    case end, back
  }

  public let filter: DrillFilter
  public private(set) var plan: DrillPlan?
  public private(set) var revealed = false
  /// When the card on screen was shown: the time spent runs from here to the grade.
  public private(set) var shownAt: Date?
  /// The last grade and when that card comes back.
  public private(set) var lastGraded: GradedCard?
  public private(set) var session = DrillSession()
  /// The id of the question on screen; nil when none is left.
  public private(set) var current: String?
  /// True once the user ended the drill early: the summary shows.
  public private(set) var ended = false
  public private(set) var notice: String?
  public var document = ScrollingDocument()

  public static func loading(_ filter: DrillFilter) -> DrillScreen { DrillScreen(filter: filter) }

  public var title: String { "Drill" }

  /// Grades given in this drill, index = grade - 1.
  public var counts: [Int] { session.counts }
  public var reviewed: Int { session.reviewed }
  /// True while the summary shows: the drill ended, or no card is left.
  public var showsSummary: Bool { plan != nil && (ended || current == nil) }

  public var keyTable: KeyTable<Action> {
    if showsSummary {
      return KeyTable(
        ScrollingDocument.keys(
          Action.scroll, letterJumps: false, spacePages: false, footer: false)
          + [KeyBinding([.escape, .backspace, .enter], "Esc", "Back to the focus", .back)])
    }
    var bindings: [KeyBinding<Action>] = [
      KeyBinding(
        [.character(" "), .enter], "Space", revealed ? "Good" : "Show answer", .revealOrGood)
    ]
    for grade in FSRSGrade.allCases {
      bindings.append(
        KeyBinding(
          [.character(Character("\(grade.rawValue)"))], "\(grade.rawValue)",
          "Grade \(grade.name)", footer: false, .grade(grade)))
    }
    bindings +=
      ScrollingDocument.keys(
        Action.scroll, letterJumps: false, spacePages: false, footer: false)
      + [KeyBinding([.escape, .backspace], "Esc", "End the drill", .end)]
    return KeyTable(bindings)
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    notice = nil
    switch action {
    case .revealOrGood:
      guard current != nil, !ended else { return [] }
      if revealed { return grade(.good) }
      revealed = true
    case .grade(let grade):
      guard current != nil, !ended else { return [] }
      guard revealed else {
        notice = "Show the answer first (Space), then grade how well you knew it."
        return []
      }
      return self.grade(grade)
    case .scroll(let move): scrollDocument(move, data: data)
    case .end:
      // Someone who reviewed nothing has nothing to sum up.
      guard reviewed == 0 else {
        ended = true
        document = ScrollingDocument()
        return []
      }
      return [.pop, .effect(.loadDrillPlan(filter))]
    case .back:
      // The setup screen below refreshes its counts.
      return [.pop, .effect(.loadDrillPlan(filter))]
    }
    return []
  }

  private func grade(_ grade: FSRSGrade) -> [Command] {
    guard let question = current, let shownAt, let plan else { return [] }
    return [
      .effect(
        .gradeCard(
          question: question, grade: grade, shownAt: shownAt, filter: filter,
          basis: plan.basis))
    ]
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    switch reply {
    case .drillPlan(let plan):
      self.plan = plan
      shownAt = plan.at
      current = session.next(in: plan.queue.ids, now: plan.at)
    case .cardGraded(let graded, let plan):
      lastGraded = graded
      session.record(
        question: graded.question, grade: graded.grade, due: graded.card.card.due,
        secondsSpent: graded.secondsSpent)
      self.plan = plan
      shownAt = plan.at
      current = session.next(in: plan.queue.ids, now: plan.at)
      revealed = false
      document = ScrollingDocument()
    default: break
    }
    return []
  }

  public func documentArea(in body: Rect, data: AppData) -> Rect {
    DrillView.documentArea(in: body)
  }

  public func documentLines(width: Int, data: AppData, glyphs: Glyphs) -> [DocLine] {
    guard let pack = data.pack else { return [] }
    return DrillView(screen: self, pack: pack, calendar: data.calendar).documentLines(width: width)
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    guard let pack = data.pack, plan != nil else {
      canvas.put(
        "Loading your flashcards…", x: rect.x + 1, y: rect.y + 1, style: context.theme.muted)
      return
    }
    DrillView(screen: self, pack: pack, calendar: data.calendar).draw(
      &canvas, in: rect, context: context)
    drawDocument(&canvas, in: rect, context: context, data: data)
  }
}
