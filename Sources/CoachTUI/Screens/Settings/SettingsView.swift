import CoachCore

extension SettingsScreen {
  static let intro = "What the app remembers between runs; `career-coach config` shows the same."
  /// The width of the key column: the longest key and two spaces.
  static let keyWidth = (ConfigKey.allCases.map { $0.rawValue.count }.max() ?? 0) + 2

  /// "years              4.5", "market             not set".
  func rows(_ config: UserConfig) -> [String] {
    keys.map { key in
      let name = key.rawValue.padding(toLength: Self.keyWidth, withPad: " ", startingAt: 0)
      return name + (key.value(in: config) ?? "not set")
    }
  }

  public func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext, data: AppData) {
    let theme = context.theme
    let area = rect.inset(horizontal: 1, vertical: 0)
    guard let config, let pack = data.pack else {
      canvas.put("Loading your settings…", x: area.x, y: area.y, style: theme.muted, clip: area)
      return
    }
    let used = canvas.paragraph(Self.intro, in: area, style: theme.muted)
    let (_, rest) = area.splitTop(used + 1)
    if case .choice(let choices, _) = editor {
      let prompt = "Choose the \(selectedKey.rawValue):"
      canvas.put(prompt, x: rest.x, y: rest.y, style: theme.title, clip: rest)
      let (_, below) = rest.splitTop(1)
      let (listArea, after) = below.splitTop(max(1, below.height - (problem == nil ? 0 : 2)))
      canvas.list(choices, in: listArea, context: context)
      if let problem {
        canvas.paragraph(problem, in: after.splitTop(1).1, style: theme.warning)
      }
      return
    }
    let shown = ListView(rows: rows(config), selected: list.selected)
    let (listArea, below) = rest.splitTop(min(shown.rows.count, rest.height))
    canvas.list(shown, in: listArea, context: context)
    var lines = below.splitTop(1).1
    if case .text(let field) = editor {
      let label = "New \(selectedKey.rawValue): "
      canvas.put(label, x: lines.x, y: lines.y, style: theme.title, clip: lines)
      let fieldX = lines.x + DisplayWidth.of(label)
      canvas.textField(
        field, in: Rect(x: fieldX, y: lines.y, width: lines.maxX - fieldX, height: 1),
        context: context)
      lines = lines.splitTop(1).1
    }
    // The problem says what the setting takes, so it stands in for the line that does.
    if let problem {
      canvas.paragraph(problem, in: lines, style: theme.warning)
      return
    }
    let accepts = "Takes " + selectedKey.accepts(in: pack) + "."
    canvas.paragraph(accepts, in: lines, style: theme.muted, ellipsis: context.glyphs.ellipsis)
  }
}
