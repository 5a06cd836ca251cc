import CoachCore

/// A team's skills matrix, from a folder of exports or review files (one per person): type
/// the folder's path, press Enter, read who rates what, the skills the team is thin in, who
/// could mentor whom and where each person stands.
public struct TeamScreen: DocumentScreen {
  public enum Action: Sendable {
    case run
    case edit
    /// Shows the people a column further right (+1) or left (-1).
    case columns(Int)
    case scroll(ScrollAction)
  }

  public private(set) var field = TextField()
  /// True while the path field has focus; false while the matrix does.
  public private(set) var editing = true
  public private(set) var reading: TeamFolder.Reading?
  public private(set) var problem: String?
  /// The first person shown in the matrix.
  public private(set) var firstPerson = 0
  /// True when the window is too narrow for every person's column, so ← → have people to
  /// show; known after each key, reply and resize.
  public private(set) var peopleHidden = false
  public var document = ScrollingDocument()

  public init() {}

  /// The screen, with the folder read last filled in once the settings arrive.
  public static func opening() -> [Command] { [.push(TeamScreen()), .effect(.loadConfig)] }

  public var title: String { "Team" }
  public var capturesText: Bool { editing }

  public var keyTable: KeyTable<Action> {
    if editing {
      return KeyTable([KeyBinding([.enter], "Enter", "Read the folder", .run)])
    }
    return KeyTable(
      [
        KeyBinding([.character("e"), .tab], "e", "Edit folder", .edit)
      ]
        + (peopleHidden
          ? [
            KeyBinding([.right, .character("l")], "→/l", "Next people", .columns(1)),
            KeyBinding(
              [.left, .character("h")], "←/h", "Earlier people", footer: false, .columns(-1)),
          ] : [])
        + ScrollingDocument.keys({ .scroll($0) }, footer: false))
  }

  /// The matrix starts below the field, its hint and a blank line.
  static let resultTop = 3

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    defer { notePeopleHidden(data: data) }
    switch action {
    case .run: return [.effect(.readTeam(folder: field.text))]
    case .edit: editing = true
    case .columns(let delta):
      guard let lines = lines(data: data) else { break }
      firstPerson = min(max(0, lines.shown.lowerBound + delta), lines.lastFirst)
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

  public mutating func resized(data: AppData) -> [Command] {
    notePeopleHidden(data: data)
    return []
  }

  private mutating func notePeopleHidden(data: AppData) {
    peopleHidden = lines(data: data).map { $0.shown.count < $0.matrix.people.count } ?? false
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    defer { notePeopleHidden(data: data) }
    switch reply {
    case .teamRead(let read):
      reading = read
      problem =
        read.members.isEmpty
        ? "No file in the folder \(read.folder) could be read as an export or a review file."
        : nil
      editing = read.members.isEmpty
      firstPerson = 0
      document = ScrollingDocument()
      if !read.members.isEmpty { return [.effect(.remember(.teamFolder(read.folder)))] }
    case .config(let stored):
      // The folder read last time, unless the user has typed another already.
      if field.text.isEmpty, let folder = stored.settings.teamFolder {
        field = TextField(text: folder, replacesOnType: true)
      }
    case .failure(let sentence):
      problem = sentence
      reading = nil
    default: break
    }
    return []
  }

  private func lines(data: AppData) -> TeamLines? {
    guard let pack = data.pack, let reading else { return nil }
    let area = documentArea(
      in: Rect(x: 0, y: 0, width: data.body.width, height: data.body.height), data: data)
    return TeamLines(
      say: TeamSentences(reading: reading, pack: pack), width: area.width,
      firstPerson: firstPerson)
  }

  public func documentArea(in body: Rect, data: AppData) -> Rect {
    body.splitTop(Self.resultTop).1.inset(horizontal: 1, vertical: 0)
  }

  public func documentLines(width: Int, data: AppData, glyphs: Glyphs) -> [DocLine] {
    guard let pack = data.pack, let reading else { return [] }
    return TeamLines(
      say: TeamSentences(reading: reading, pack: pack), width: width, firstPerson: firstPerson
    ).all
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    let theme = context.theme
    let area = rect.inset(horizontal: 1, vertical: 0)
    let hints =
      editing
      ? [
        "Path of a folder of exports or review files (~ is home), then Enter.",
        "Folder of exports or review files, then Enter.",
      ]
      : peopleHidden
        ? [
          "e edits the folder; ← → show more people; ↑ ↓ PgUp PgDn scroll.",
          "e edits the folder; ← → people; ↑ ↓ scroll.",
        ]
        : ["e edits the folder; ↑ ↓ PgUp PgDn scroll."]
    canvas.pathField(
      label: "Team folder: ", field: field, editing: editing, hints: hints, in: area,
      context: context)
    let (_, body) = rect.splitTop(Self.resultTop)
    guard reading.map({ !$0.members.isEmpty }) ?? false else {
      let intro =
        "Put one file per person in a folder: the export each person writes with "
        + "career-coach export --for-team, or a review file their reviewer filled in. The matrix shows "
        + "who rates what, the skills one person or nobody is strong in, who could mentor "
        + "whom and where each person stands on the ladder. Nothing from the files is stored."
      // What went wrong comes first, in full however long the folder's path, then the
      // files left out and why, then what the screen wants.
      var text = body.inset(horizontal: 1, vertical: 0)
      var warnings = problem.map { [$0] } ?? []
      if let reading, let pack = data.pack {
        warnings += TeamSentences(reading: reading, pack: pack).unreadableSentences
      }
      for warning in warnings {
        text = text.splitTop(canvas.paragraph(warning, in: text, style: theme.warning)).1
      }
      if !warnings.isEmpty { text = text.splitTop(1).1 }
      canvas.paragraph(intro, in: text, style: theme.text)
      return
    }
    drawDocument(&canvas, in: rect, context: context, data: data)
  }
}
