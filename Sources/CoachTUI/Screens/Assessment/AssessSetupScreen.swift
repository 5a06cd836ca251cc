import CoachCore
import CoachStore
import Foundation

/// The opening questions of an assessment (resume or start, quick or full, years, market, the
/// languages, databases and cloud the user works with), then the assessment itself. The pick
/// of the latest finished assessment is offered again.
public struct AssessSetupScreen: ScreenModel {
  public enum Step: Sendable, Equatable {
    case resume, mode, years, market, languages, databases, cloud
  }
  public enum Action: Sendable {
    case move(Int)
    case first, last
    case choose, toggle, back
  }

  public private(set) var step: Step = .mode
  public private(set) var unfinished: Assessment?
  /// The latest finished assessment when it is a quick one: it can be deepened into a full one.
  public private(set) var deepenable: Assessment?
  public private(set) var list = ListView(rows: [])
  public private(set) var mode: AssessmentMode = .quick
  public private(set) var years = TextField(limit: 4)
  /// Why the typed years were not taken; nil when they were, or nothing was typed yet.
  public private(set) var yearsProblem: String?
  public private(set) var market: String?
  /// The languages, databases and cloud picked so far.
  public private(set) var pick = StackPick()
  public var languages: [String] { pick.languages }
  private let pack: Pack
  /// For the date of the assessment to deepen.
  private let calendar: Calendar

  public init(pack: Pack, calendar: Calendar) {
    self.pack = pack
    self.calendar = calendar
    list = ListView(rows: rows(for: .mode))
  }

  public var title: String { "Assess" }
  public var capturesText: Bool { step == .years }

  public var keyTable: KeyTable<Action> {
    var bindings: [KeyBinding<Action>] = []
    if step != .years {
      bindings += ListKeys.bindings(move: Action.move, first: .first, last: .last)
    }
    if pickKind != nil { bindings.append(KeyBinding([.space], "Space", "Pick", .toggle)) }
    let enter = step == .cloud ? "Start" : pickKind != nil ? "Next" : "Choose"
    bindings.append(KeyBinding([.enter], "Enter", enter, .choose))
    if step != .mode && step != .resume {
      bindings.append(KeyBinding([.left, .backTab], "←", "Previous", .back))
    }
    if step == .years {
      bindings.append(KeyBinding([.escape], "Esc", "Back", footer: false, .back))
    }
    return KeyTable(bindings)
  }

  private func rows(for step: Step) -> [String] {
    switch step {
    case .resume:
      let answered = unfinished.map { assessmentProgress($0) } ?? ""
      return ["Resume where you left off (\(answered))", "Start a new assessment"]
    case .mode:
      let skills = pack.skills.count
      return [
        "Quick: one answer per skill area (\(pack.categories.count) answers, a few minutes)",
        "Full: every skill you work with on its own (up to \(skills) answers)",
      ]
        + (deepenable.map {
          [
            "Deepen your quick assessment of \(Format.date($0.startedAt, in: calendar)) into a full one"
          ]
        } ?? [])
    case .years: return []
    case .market: return pack.markets.map { "\($0.name) (\($0.currency))" } + ["Skip"]
    case .languages, .databases, .cloud:
      let kind = pickKind ?? .languages
      return choices(kind).map { skill in
        (pick[kind].contains(skill.id) ? "[x] " : "[ ] ") + skill.name
      }
    }
  }

  /// The kind of technology the step on screen picks; nil for the other steps.
  private var pickKind: StackKind? { Self.pickKind(of: step) }

  private static func pickKind(of step: Step) -> StackKind? {
    switch step {
    case .languages: return .languages
    case .databases: return .databases
    case .cloud: return .cloud
    default: return nil
    }
  }

  private func choices(_ kind: StackKind) -> [Skill] { StackPick.choices(kind, in: pack) }

  /// The setup's steps in order, after resume and mode.
  private static let questions: [Step] = [.years, .market, .languages, .databases, .cloud]

  /// True for a question the pack gives nothing to answer with: no typical years to set the
  /// user's beside, no markets, or no category that picks languages, databases or cloud.
  private func isEmpty(_ step: Step) -> Bool {
    if step == .years { return !pack.has(.typicalYears) }
    if step == .market { return pack.markets.isEmpty }
    return Self.pickKind(of: step).map { choices($0).isEmpty } ?? false
  }

  /// The next question with something to answer; nil after the last.
  private func question(after step: Step, by direction: Int) -> Step? {
    guard var index = Self.questions.firstIndex(of: step) else { return nil }
    repeat {
      index += direction
      guard Self.questions.indices.contains(index) else { return nil }
    } while isEmpty(Self.questions[index])
    return Self.questions[index]
  }

  /// On to the next question, or, after the last, the assessment starts.
  private mutating func goForward() -> [Command] {
    guard let next = question(after: step, by: 1) else { return start() }
    go(to: next)
    return []
  }

  private mutating func start() -> [Command] {
    let years = (try? Experience.parseYears(years.text).get()) ?? nil
    return [
      .effect(.remember(.assessment(years: years, market: market, pick: pick))),
      .effect(.startAssessment(mode: mode, years: years, market: market, pick: pick)),
    ]
  }

  private func assessmentProgress(_ assessment: Assessment) -> String {
    let questions = AssessmentQuestion.all(for: assessment, pack: pack)
    return
      "\(assessment.mode.rawValue), \(assessment.answeredCount(of: questions)) of \(questions.count) answered"
  }

  private mutating func go(to next: Step) {
    step = next
    // The market chosen before (or remembered) stays under the cursor.
    let selected = next == .market ? pack.markets.firstIndex { $0.id == market } ?? 0 : 0
    list = ListView(rows: rows(for: next), selected: selected)
  }

  private mutating func receive(_ reply: EffectReply) {
    switch reply {
    case .unfinished(let assessment?):
      unfinished = assessment
      go(to: .resume)
    case .latest(let assessment, let settings):
      remember(settings)
      guard let assessment else { break }
      if pick.isEmpty { pick = assessment.pick }
      guard assessment.mode == .quick else { break }
      deepenable = assessment
      if step == .mode { list = ListView(rows: rows(for: .mode), selected: list.selected) }
    default: break
    }
  }

  /// The answers stored last time are offered again, before the pick of the latest assessment.
  private mutating func remember(_ settings: Settings) {
    if years.text.isEmpty, let stored = settings.years {
      years = TextField(text: Experience.format(stored), limit: years.limit, replacesOnType: true)
    }
    if market == nil { market = settings.market }
    if pick.isEmpty { pick = settings.stack }
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    if case .started(let assessment) = reply {
      return [.replace(AssessmentScreen(assessment: assessment, pack: pack))]
    }
    receive(reply)
    return []
  }

  public mutating func receiveText(_ key: Key, data: AppData) -> [Command] {
    if case .character(let c) = key, !(c.isNumber || c == "." || c == ",") { return [] }
    _ = years.edit(key)
    yearsProblem = nil
    return []
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    switch action {
    case .move(let delta): list.move(by: delta)
    case .first: list.moveToStart()
    case .last: list.moveToEnd()
    case .toggle:
      guard let kind = pickKind, choices(kind).indices.contains(list.selected) else { break }
      let id = choices(kind)[list.selected].id
      if let index = pick[kind].firstIndex(of: id) {
        pick[kind].remove(at: index)
      } else {
        pick[kind].append(id)
      }
      list = ListView(rows: rows(for: step), selected: list.selected)
    case .back:
      switch step {
      case .years: go(to: .mode)
      case .market, .languages, .databases, .cloud: go(to: question(after: step, by: -1) ?? .mode)
      case .mode, .resume: return [.pop]
      }
    case .choose: return choose()
    }
    return []
  }

  private mutating func choose() -> [Command] {
    switch step {
    case .resume:
      if list.selected == 0, let unfinished {
        return [.replace(AssessmentScreen(assessment: unfinished, pack: pack))]
      }
      go(to: .mode)
    case .mode:
      if list.selected == 2, let deepenable {
        return [.effect(.deepen(assessment: deepenable.id))]
      }
      mode = list.selected == 0 ? .quick : .full
      guard let first = Self.questions.first(where: { !isEmpty($0) }) else { return start() }
      go(to: first)
    case .years:
      switch Experience.parseYears(years.text) {
      case .success: yearsProblem = nil
      case .failure(let problem):
        yearsProblem =
          problem.description.prefix(1).uppercased() + problem.description.dropFirst() + "."
        return []
      }
      return goForward()
    case .market:
      market = pack.markets.indices.contains(list.selected) ? pack.markets[list.selected].id : nil
      return goForward()
    case .languages, .databases, .cloud: return goForward()
    }
    return []
  }

  private var question: String {
    switch step {
    case .resume: return "You have an assessment in progress."
    case .mode: return "How thorough should this assessment be?"
    case .years: return "How many years have you worked as a developer? (type a number, Enter)"
    case .market: return "Which job market do you want salaries for?"
    case .languages:
      return "Which server-side languages do you work with? (Space picks, Enter goes on)"
    case .databases:
      return "Which databases do you work with? (Space picks, Enter goes on)"
    case .cloud:
      return "Which cloud platforms do you work with? (Space picks, Enter starts)"
    }
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    let area = rect.inset(horizontal: 1, vertical: 1)
    let used = canvas.paragraph(question, in: area, style: context.theme.title)
    let (_, rest) = area.splitTop(used + 1)
    if step == .years {
      canvas.textField(
        years, in: Rect(x: rest.x, y: rest.y, width: min(10, rest.width), height: 1),
        context: context)
      if let yearsProblem {
        canvas.paragraph(
          yearsProblem, in: Rect(x: rest.x, y: rest.y + 2, width: rest.width, height: 2),
          style: context.theme.warning)
      } else {
        canvas.paragraph(
          "Leave it empty to skip; 4.5 is fine. Shown beside the years the sources give for "
            + "each level; it never changes your placement.",
          in: Rect(x: rest.x, y: rest.y + 2, width: rest.width, height: rest.height - 2),
          style: context.theme.muted)
      }
    } else {
      drawChoices(&canvas, in: rest, context: context)
    }
  }

  /// The choices; on a screen too narrow for the highlighted one, it shows whole below them.
  private func drawChoices(_ canvas: inout Canvas, in rect: Rect, context: DrawContext) {
    let rows = min(list.rows.count, rect.height)
    canvas.list(
      list, in: Rect(x: rect.x, y: rect.y, width: rect.width, height: rows), context: context)
    guard list.rows.indices.contains(list.selected) else { return }
    let text = list.rows[list.selected]
    // The list's rows start after a two-column pointer.
    guard DisplayWidth.of(text) + 2 > rect.width, rect.height > rows + 1 else { return }
    canvas.paragraph(
      text,
      in: Rect(
        x: rect.x + 2, y: rect.y + rows + 1, width: rect.width - 2, height: rect.height - rows - 1),
      style: context.theme.muted, ellipsis: context.glyphs.ellipsis)
  }
}
