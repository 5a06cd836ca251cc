import CoachCore

/// The job ads the user saved: ↑/↓ choose, Enter shows a job's fit (its level, the skills it
/// asks against your ratings, your gaps for it, the questions to drill), `a` pastes a new ad,
/// `d` removes one, `t` marks the job you prepare for. The same store as `career-coach job`.
public struct JobsScreen: DocumentScreen {
  public enum Action: Sendable {
    case move(Int)
    case first, last, open, add, remove, target, save, back
    case scroll(ScrollAction)
  }

  /// What the screen shows: the list, a job's fit, or the ad being pasted.
  public enum Mode: Sendable, Equatable {
    case list
    case fit(String)
    case adding(TextArea)
  }

  /// Nil until the store has answered.
  public private(set) var saved: SavedJobs?
  public private(set) var list = ListView(rows: [])
  public private(set) var mode: Mode = .list
  public var document = ScrollingDocument()
  /// Why the last change was not made; one sentence.
  public private(set) var problem: String?

  public init() {}

  /// The screen, and the effect that fills it.
  public static func opening() -> [Command] { [.push(JobsScreen()), .effect(.loadJobs)] }

  public var title: String {
    switch mode {
    case .list: return "Jobs"
    case .fit(let id): return "Jobs › \(id)"
    case .adding: return "Jobs › New ad"
    }
  }

  public var capturesText: Bool {
    if case .adding = mode { return true }
    return false
  }

  public var hasUnsavedInput: Bool {
    if case .adding(let area) = mode { return !area.isEmpty }
    return false
  }

  var jobs: [SavedJob] { saved?.jobs ?? [] }
  var selectedJob: SavedJob? { jobs.indices.contains(list.selected) ? jobs[list.selected] : nil }

  public var keyTable: KeyTable<Action> {
    switch mode {
    case .list:
      return KeyTable(
        ListKeys.bindings(move: Action.move, first: .first, last: .last) + [
          KeyBinding([.enter], "Enter", "Show its fit", .open),
          KeyBinding([.character("a")], "a", "Paste an ad", .add),
          KeyBinding([.character("d")], "d", "Remove", .remove),
          KeyBinding([.character("t")], "t", "Target (again: clear)", .target),
        ])
    case .fit:
      return KeyTable(
        [KeyBinding([.escape], "Esc", "Back to the jobs", .back)]
          + ScrollingDocument.keys({ .scroll($0) }, footer: false))
    case .adding:
      return KeyTable([
        KeyBinding([.control("d")], "C-d", "Save the ad", .save),
        KeyBinding([.escape], "Esc", "Back without saving", .back),
      ])
    }
  }

  public mutating func perform(_ action: Action, data: AppData) -> [Command] {
    switch action {
    case .move(let delta):
      list.move(by: delta)
      problem = nil
    case .first: list.moveToStart()
    case .last: list.moveToEnd()
    case .open:
      guard let job = selectedJob else { return [] }
      mode = .fit(job.id)
      document = ScrollingDocument()
    case .add:
      problem = nil
      mode = .adding(TextArea(limit: 64 * 1024))
    case .remove:
      guard let job = selectedJob else { return [] }
      return [
        .confirm(
          ConfirmDialog(
            title: "Remove this job?",
            message: "\(job.id), “\(job.title)”, will be gone for good.",
            onConfirm: [.effect(.removeJob(id: job.id))]))
      ]
    case .target:
      guard let job = selectedJob else { return [] }
      return [.effect(.setTargetJob(saved?.target == job.id ? nil : job.id))]
    case .save:
      guard case .adding(let area) = mode else { return [] }
      guard area.text.contains(where: { !$0.isWhitespace }) else {
        problem = "The ad is empty: paste its text, then C-d saves it."
        return []
      }
      problem = nil
      return [.effect(.addJob(text: area.text))]
    case .back:
      if case .adding = mode, hasUnsavedInput {
        return [
          .confirm(
            ConfirmDialog(
              title: "Discard the ad?",
              message: "The text you pasted will not be saved.",
              onConfirm: [.effect(.loadJobs)]))
        ]
      }
      if mode == .list { return [.pop] }
      mode = .list
      problem = nil
    case .scroll(let move):
      scrollDocument(move, data: data)
    }
    return []
  }

  public mutating func receiveText(_ key: Key, data: AppData) -> [Command] {
    guard case .adding(var area) = mode else { return [] }
    problem = nil
    _ = area.edit(key, size: Self.areaSize(body: data.body))
    mode = .adding(area)
    return []
  }

  public mutating func respond(to reply: EffectReply, data: AppData) -> [Command] {
    switch reply {
    case .jobs(let stored):
      saved = stored
      list = ListView(
        rows: stored.jobs.map(\.id), selected: min(list.selected, stored.jobs.count - 1))
      if let added = stored.added {
        list.selected = stored.jobs.firstIndex { $0.id == added } ?? list.selected
        mode = .fit(added)
        document = ScrollingDocument()
      } else if case .adding = mode {
        // The discard dialog reloads; the pasted text goes.
        mode = .list
      } else if case .fit(let id) = mode, !stored.jobs.contains(where: { $0.id == id }) {
        mode = .list
      }
    case .failure(let sentence):
      problem = sentence
    default: break
    }
    return []
  }

  /// Another screen (an assessment) may have changed the fit.
  public mutating func appeared(data: AppData) -> [Command] { [.effect(.loadJobs)] }

  static func areaSize(body: Size) -> Size {
    Size(width: max(1, body.width - 2), height: max(1, body.height - 4))
  }

  public func documentLines(width: Int, data: AppData, glyphs: Glyphs = .unicode) -> [DocLine] {
    guard case .fit(let id) = mode, let pack = data.pack,
      let job = jobs.first(where: { $0.id == id })
    else { return [] }
    return JobLines(job: job, pack: pack, latest: saved?.latest, width: width).all
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    let theme = context.theme
    switch mode {
    case .fit:
      drawDocument(&canvas, in: rect, context: context, data: data)
    case .adding(let area):
      canvas.put(
        "Paste the job ad below.", x: rect.x + 1, y: rect.y, style: theme.text, clip: rect)
      let size = Self.areaSize(body: rect.size)
      canvas.textArea(
        area, in: Rect(x: rect.x + 1, y: rect.y + 2, width: size.width, height: size.height),
        context: context)
      canvas.put(
        problem ?? "Enter starts a new line; C-d saves; Esc goes back.", x: rect.x + 1,
        y: rect.maxY - 1, style: problem == nil ? theme.muted : theme.warning, clip: rect)
    case .list:
      drawList(&canvas, in: rect, context: context, data: data)
    }
  }

  private func drawList(
    _ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData
  ) {
    let theme = context.theme
    guard let saved else {
      canvas.put("Loading…", x: rect.x + 1, y: rect.y, style: theme.muted, clip: rect)
      return
    }
    guard !saved.jobs.isEmpty else {
      let lines = TextWrap.lines(
        "No job ads saved yet: press a to paste one, or run career-coach job add FILE.",
        width: max(1, rect.width - 2))
      for (row, line) in lines.enumerated() {
        canvas.put(line, x: rect.x + 1, y: rect.y + row, style: theme.text, clip: rect)
      }
      return
    }
    let rows = saved.jobs.map { job in
      let levelName =
        data.pack.map { pack in
          JobMatch.match(job.text, pack: pack).level.map { pack.levelName($0) }
            ?? "level not clear"
        } ?? "–"
      let mark = job.id == saved.target ? "★ " : "  "
      let day = Format.day(job.addedAt, in: data.calendar)
      return "\(mark)\(job.id)  \(day)  \(levelName): \(job.title)"
    }
    let height = max(1, rect.height - 2)
    canvas.list(
      ListView(rows: rows, selected: list.selected),
      in: Rect(x: rect.x, y: rect.y, width: rect.width, height: height), context: context)
    if let problem {
      canvas.put(problem, x: rect.x + 1, y: rect.maxY - 1, style: theme.warning, clip: rect)
    } else if saved.target != nil {
      canvas.put(
        "★ the job you prepare for", x: rect.x + 1, y: rect.maxY - 1, style: theme.muted,
        clip: rect)
    }
  }
}
