import CoachCore

/// Checks the user's own CV file: type its path, press Enter, read what it shows, what it
/// misses and which common mistakes it makes, line by line.
public struct CVCheckScreen: DocumentScreen {
  public enum Action: Sendable {
    case run
    case edit
    case scroll(ScrollAction)
  }

  /// A finished check.
  public struct Result: Sendable {
    public var path: String
    public var text: String
    public var report: CVReport
  }

  public private(set) var field = TextField()
  /// True while the path field has focus; false while the result does.
  public private(set) var editing = true
  public private(set) var result: Result?
  public private(set) var problem: String?
  public var document = ScrollingDocument()

  public init() {}

  public var title: String { "Check my CV" }
  public var capturesText: Bool { editing }

  public var keyTable: KeyTable<Action> {
    if editing {
      return KeyTable([KeyBinding([.enter], "Enter", "Check the file", .run)])
    }
    return KeyTable(
      [KeyBinding([.character("e"), .tab], "e", "Edit path", .edit)]
        + ScrollingDocument.keys({ .scroll($0) }, footer: false))
  }

  /// The result starts below the field, its hint and a blank line.
  static let resultTop = 3

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    switch action {
    case .run: return [.effect(.readCV(path: field.text))]
    case .edit: editing = true
    case .scroll(let move):
      scrollDocument(move, data: data)
    }
    return []
  }

  public mutating func receiveText(_ key: Key, data: AppData) -> [Command] {
    if key == .escape { return [.pop] }
    _ = field.edit(key)
    return []
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    switch reply {
    case .cvChecked(let path, let text, let report):
      result = Result(path: path, text: text, report: report)
      problem = nil
      editing = false
      document = ScrollingDocument()
      return [.effect(.remember(.cvPath(path)))]
    case .config(let stored):
      // The CV checked last time, unless the user has typed another path already.
      if field.text.isEmpty, let path = stored.settings.cvPath {
        field = TextField(text: path, replacesOnType: true)
      }
    case .failure(let sentence):
      problem = sentence
    default: break
    }
    return []
  }

  public func documentArea(in body: Rect, data: AppData) -> Rect { body.splitTop(Self.resultTop).1 }

  public func documentLines(width: Int, data: AppData, glyphs: Glyphs) -> [DocLine] {
    guard let pack = data.pack, let result else { return [] }
    return CVCheckLines(
      pack: pack, path: result.path, text: result.text, report: result.report, width: width
    ).all
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    let theme = context.theme
    let area = rect.inset(horizontal: 1, vertical: 0)
    let hints =
      problem.map { [$0] }
      ?? (editing
        ? [
          "Path of a .txt or .md CV (~ is your home folder), then Enter.",
          "Path of a .txt or .md CV (~ is home), then Enter.",
        ]
        : ["e edits the path; ↑ ↓ PgUp PgDn scroll the result."])
    canvas.pathField(
      label: "CV file: ", field: field, editing: editing, hints: hints, warning: problem != nil,
      in: area, context: context)
    let (_, body) = rect.splitTop(Self.resultTop)
    if result == nil {
      // The pack's own checks name what is looked for: "measurable impact, systems at scale".
      let checks = data.pack?.cvChecks.map { $0.title.lowercased() } ?? []
      let examples =
        checks.isEmpty
        ? ""
        : " (" + checks.prefix(4).joined(separator: ", ") + (checks.count > 4 ? " and more)" : ")")
      let role = data.pack?.role.title ?? ""
      let intro =
        "The check looks for what a strong \(role) CV shows\(examples) and for common mistakes, "
        + "and says on which lines it found each, with a concrete suggestion for what is missing."
      canvas.paragraph(intro, in: body.inset(horizontal: 1, vertical: 0), style: theme.text)
      return
    }
    drawDocument(&canvas, in: rect, context: context, data: data)
  }
}
