import CoachCore
import CoachStore

/// The behavioural questions of the pack, to practise in STAR form, with how often each was
/// answered. A question with saved answers opens them to read; the others open a new answer.
public struct StarQuestionsScreen: ScreenModel {
  public enum Action: Sendable {
    case move(Int)
    case first, last, open
  }

  public let questions: [Question]
  public private(set) var saved: [SavedStarAnswer]?
  public private(set) var selected = 0
  private let pack: Pack
  /// Each question's level as the list shows it, padded to the widest: the same on every
  /// frame, so made once.
  private let levelColumn: [String]
  private let levelWidth: Int

  public init(pack: Pack) {
    self.pack = pack
    let order = Dictionary(uniqueKeysWithValues: pack.levels.enumerated().map { ($1.id, $0) })
    func rank(_ question: Question) -> Int { question.level.flatMap { order[$0] } ?? .max }
    let questions = pack.questions.filter(\.kind.star).enumerated()
      .sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
      .map(\.element)
    self.questions = questions
    let levels = questions.map { Self.shortLevel($0.level, in: pack) }
    let widest = levels.map { DisplayWidth.of($0) }.max() ?? 0
    let width = widest == 0 ? 0 : widest + 2
    levelWidth = width
    levelColumn = levels.map { $0.padded(toWidth: width) }
  }

  public static func loading(pack: Pack) -> [Command] {
    [.push(StarQuestionsScreen(pack: pack)), .effect(.loadStarAnswers)]
  }

  public var title: String { "STAR practice" }

  public var keyTable: KeyTable<Action> {
    KeyTable(
      ListKeys.bindings(move: Action.move, first: .first, last: .last, pages: true) + [
        KeyBinding([.enter], "Enter", "Answer or read", .open)
      ])
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    switch action {
    case .move(let delta): selected = min(max(0, selected + delta), max(0, questions.count - 1))
    case .first: selected = 0
    case .last: selected = max(0, questions.count - 1)
    case .open:
      guard questions.indices.contains(selected) else { return [] }
      let question = questions[selected]
      if let saved, saved.contains(where: { $0.questionID == question.id }) {
        return StarAnswersScreen.opening(question, saved: saved, pack: pack)
      }
      return StarPracticeScreen.opening(question, pack: pack)
    }
    return []
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    if case .starAnswers(let answers) = reply { saved = answers }
    return []
  }

  static let listTop = 2

  public mutating func click(row: Int, column: Int, body: Size, data: AppData) -> [Command] {
    if let index = ListView.row(
      atLine: row - Self.listTop, count: questions.count, selected: selected,
      height: body.height - Self.listTop)
    {
      selected = index
    }
    return []
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    let area = rect.inset(horizontal: 1, vertical: 0)
    let builtIn = pack.questionKinds.filter(\.star) == [.behavioural]
    let intro =
      "Pick a \(builtIn ? "behavioural " : "")question to answer as Situation, Task, Action, "
      + "Result."
    canvas.put(
      DisplayWidth.of(intro) <= area.width ? intro : "Pick a question to answer in STAR form.",
      x: area.x, y: area.y, style: context.theme.title, clip: area)
    let rows = zip(questions, levelColumn).map { question, level -> String in
      let count = saved?.filter { $0.questionID == question.id }.count ?? 0
      let note = count == 0 ? "" : "  (\(count) saved)"
      let room = max(10, area.width - levelWidth - 3 - DisplayWidth.of(note))
      let text = question.text.truncated(toWidth: room, ellipsis: context.glyphs.ellipsis)
      return level + text + note
    }
    let list = Rect(
      x: area.x - 1, y: area.y + Self.listTop, width: area.width + 1,
      height: area.height - Self.listTop)
    canvas.list(ListView(rows: rows, selected: selected), in: list, context: context)
  }

  /// The first word of a level's name, enough to tell the levels apart: "Mid-Level".
  private static func shortLevel(_ id: String?, in pack: Pack) -> String {
    guard let id else { return "" }
    return String(pack.levelName(id).split(separator: " ").first ?? Substring(id))
  }
}
