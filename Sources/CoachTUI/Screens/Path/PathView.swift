import CoachCore

/// How the career path screen looks: a heading, the ladder as a diagram with its branches, and
/// the selected level's overview under it.
struct PathView {
  let screen: PathScreen
  let pack: Pack
  let ladder: CareerLadder

  /// The diagram starts below two lines of heading and a blank line.
  static let diagramTop = 3

  /// One row of the diagram: a level (by its index in the stops) or a connector.
  enum Row: Equatable {
    case stop(Int, branch: Branch)
    case connector
    /// The name of a track that shares no level with the ladder, above its levels.
    case heading(track: String)
    /// The names of the trunk and the tracks drawn beside it, above their columns.
    case columnHeadings

    enum Branch { case trunk, middle, last, detached }
  }

  /// Trunk levels joined by vertical lines; a branch's levels hang off the trunk level they
  /// leave from. The levels of a track drawn beside the trunk have no rows of their own: they
  /// sit on the row of the trunk level they are ranked with.
  static func rows(_ stops: [CareerLadder.Stop], beside: [String: String] = [:]) -> [Row] {
    var rows: [Row] = beside.isEmpty ? [] : [.columnHeadings]
    for (index, stop) in stops.enumerated() where beside[stop.level] == nil {
      if !stop.isBranch {
        if rows.count > (beside.isEmpty ? 0 : 1) { rows.append(.connector) }
        rows.append(.stop(index, branch: .trunk))
      } else if stop.branchesFrom != nil {
        let trunkFollows = stops[(index + 1)...].contains { !$0.isBranch }
        let branchFollows = index + 1 < stops.count && stops[index + 1].isBranch
        rows.append(.stop(index, branch: trunkFollows || branchFollows ? .middle : .last))
      } else {
        if index == 0 || stops[index - 1].track != stop.track {
          rows.append(.heading(track: stop.track))
        }
        rows.append(.stop(index, branch: .detached))
      }
    }
    return rows
  }

  /// The stop at a line of the body: on a row with tracks side by side, the one under
  /// `column`.
  static func stop(
    atLine line: Int, column: Int, ladder: CareerLadder, selected: Int, height: Int,
    layout: Columns?
  ) -> Int? {
    let stops = ladder.stops
    let rows = rows(stops, beside: ladder.beside)
    let selectedLine = self.line(of: selected, in: rows, stops: stops, beside: ladder.beside)
    let window = window(rows: rows, line: selectedLine, height: height)
    let index = line - diagramTop + window.lowerBound
    guard window.contains(index), case .stop(let stop, _) = rows[index] else { return nil }
    guard let layout, let track = layout.track(atColumn: column) else { return stop }
    return stops.firstIndex { $0.track == track && ladder.beside[$0.level] == stops[stop].level }
      ?? stop
  }

  /// The row of a stop: its own, or the trunk level's it is drawn beside.
  static func line(
    of stop: Int, in rows: [Row], stops: [CareerLadder.Stop], beside: [String: String]
  ) -> Int {
    guard stops.indices.contains(stop) else { return 0 }
    let onRow = beside[stops[stop].level].flatMap { trunk in stops.firstIndex { $0.level == trunk }
    }
    let shown = onRow ?? stop
    return rows.firstIndex { row in
      if case .stop(let index, _) = row { return index == shown }
      return false
    } ?? 0
  }

  /// The lines the selected level's overview keeps under the diagram when the diagram is
  /// longer than the screen.
  static let overviewRoom = 5

  /// The diagram rows in view in a body `height` lines high: all of them when they fit,
  /// else a window that keeps the selected level in view, near its middle.
  static func window(rows: [Row], line: Int, height: Int) -> Range<Int> {
    let room = max(3, height - diagramTop - overviewRoom)
    guard rows.count > room else { return rows.indices }
    let start = min(max(0, line - room / 2), rows.count - room)
    return start..<(start + room)
  }

  /// Levels where the user is placed on some track, and their target.
  var placed: Set<String> {
    Set(screen.load.loaded?.report.placement.tracks.compactMap(\.level) ?? [])
  }

  func years(_ level: Level) -> String {
    let figures = level.typicalYears.map(\.text)
    return figures.isEmpty ? "" : figures.joined(separator: " or ") + " years"
  }

  func draw(_ canvas: inout Canvas, in rect: Rect, context: DrawContext) {
    let theme = context.theme
    let area = rect.inset(horizontal: 1, vertical: 0)
    let g = context.glyphs
    let intro =
      ladder.parallel.isEmpty
      ? "The career path and the tracks that branch off it."
      : "The tracks side by side: levels on one row rank the same."
    // The footer names Enter too, so a narrow screen leaves its sentence out.
    let enter = intro + " Enter opens a level."
    for (row, text) in [(0, DisplayWidth.of(enter) <= area.width ? enter : intro), (1, standing)] {
      canvas.put(
        text.truncatedAtWord(toWidth: area.width, ellipsis: g.ellipsis), x: area.x, y: area.y + row,
        style: row == 0 ? theme.muted : theme.text, clip: area)
    }
    let stops = ladder.stops
    let rows = Self.rows(stops, beside: ladder.beside)
    let selectedLine = Self.line(
      of: screen.selected, in: rows, stops: stops, beside: ladder.beside)
    let window = Self.window(rows: rows, line: selectedLine, height: area.height)
    let columns = Self.columns(ladder, pack: pack, width: area.width)
    // Names come first, as wide as the longest where there is room; typical years show when
    // there is room for them too.
    let markWidth = 13
    let yearsText = stops.map { pack.level($0.level).map(years) ?? "" }
    let widestYears = yearsText.map { DisplayWidth.of($0) }.max() ?? 0
    let yearsWidth = widestYears == 0 ? 0 : widestYears + 2
    let longest = stops.map { DisplayWidth.of(pack.levelName($0.level)) + 6 }.max() ?? 20
    let shownYears = area.width >= 2 + 40 + yearsWidth + markWidth ? yearsWidth : 0
    let nameWidth = max(20, min(longest, area.width - 2 - shownYears - markWidth))
    let target = screen.load.loaded?.report.target
    let ascii = g == .ascii
    for (line, row) in rows[window].enumerated() {
      let y = area.y + Self.diagramTop + line
      guard y < area.maxY else { break }
      if case .heading(let track) = row {
        canvas.put(pack.trackName(track) + ":", x: area.x + 2, y: y, style: theme.muted, clip: area)
        continue
      }
      if let columns {
        switch row {
        case .columnHeadings:
          drawColumnHeadings(&canvas, columns: columns, y: y, area: area, context: context)
          continue
        case .stop(let index, .trunk):
          drawRank(
            &canvas, trunkStop: index, columns: columns, y: y, area: area, context: context)
          continue
        default: break
        }
      }
      guard case .stop(let index, let branch) = row else {
        if row == .columnHeadings { continue }
        canvas.put(g.vertical, x: area.x + 2, y: y, style: theme.border, clip: area)
        continue
      }
      let stop = stops[index]
      let level = pack.level(stop.level)
      let connector: String
      switch branch {
      case .trunk: connector = ""
      // The ASCII arrow "->" already starts with a dash.
      case .middle: connector = (ascii ? "+" : "├" + g.horizontal) + g.arrow + " "
      case .last: connector = (ascii ? "`" : "└" + g.horizontal) + g.arrow + " "
      case .detached: connector = g.bullet + " "
      }
      let isSelected = index == screen.selected
      let style = isSelected ? theme.selected : (branch == .trunk ? theme.title : theme.text)
      let name = pack.levelName(stop.level)
      let label = (isSelected ? g.pointer + " " : "  ")
      if isSelected {
        canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
      }
      var x = canvas.put(label, x: area.x, y: y, style: style, clip: area)
      x = canvas.put(connector, x: x, y: y, style: isSelected ? style : theme.border, clip: area)
      let room = nameWidth - DisplayWidth.of(connector)
      canvas.put(
        name.truncated(toWidth: room - 1, ellipsis: g.ellipsis), x: x, y: y, style: style,
        clip: area)
      let yearsX = area.x + 2 + nameWidth
      if shownYears > 0 {
        canvas.put(
          level.map(years) ?? "", x: yearsX, y: y, style: isSelected ? style : theme.muted,
          clip: area)
      }
      let mark =
        placed.contains(stop.level) ? "you are here" : stop.level == target ? "your target" : ""
      canvas.put(
        mark, x: yearsX + shownYears, y: y,
        style: isSelected ? style : placed.contains(stop.level) ? theme.good : theme.accent,
        clip: area)
      if isSelected { canvas.cursor = (area.x, y) }
    }
    if window.count < rows.count {
      let above = window.lowerBound > 0 ? g.up : ""
      let below = window.upperBound < rows.count ? g.down : ""
      let marker = " \(above)\(below) more "
      canvas.put(
        marker, x: area.maxX - DisplayWidth.of(marker), y: area.y + Self.diagramTop + window.count,
        style: theme.muted, clip: area)
    }
    drawSelection(
      &canvas, below: area.y + Self.diagramTop + window.count + 1, area: area,
      stops: stops, context: context)
  }

  /// One line on where the user stands, or how to find out.
  var standing: String {
    guard pack.has(.placement) else {
      return "The levels are described in words only, so the app does not place you on them."
    }
    switch screen.load {
    case .loading: return "Loading your latest assessment…"
    case .noAssessment:
      return "Assess yourself (Home, Assess my skills) to see where you stand."
    case .ready(let loaded):
      let report = loaded.report
      guard let ladderPlacement = report.ladder else { return "" }
      let at = CareerReport.placementName(ladderPlacement, in: pack)
      let target = report.target.map { "; target \(pack.levelName($0))" } ?? ""
      // "at least Mid", "not yet Junior" and "cannot place yet" do not follow "You are at".
      let decided = at.first?.isUppercase ?? false
      return (decided ? "You are at \(at)" : "Where you stand: \(at)") + "\(target)."

    }
  }

  private func drawSelection(
    _ canvas: inout Canvas, below top: Int, area: Rect, stops: [CareerLadder.Stop],
    context: DrawContext
  ) {
    guard stops.indices.contains(screen.selected), top < area.maxY,
      let level = pack.level(stops[screen.selected].level)
    else { return }
    let tracks = pack.tracks.filter { $0.levels.contains(level.id) }.map(\.name)
    // A level with no overview is named alone, with no colon left hanging.
    let heading =
      "\(level.name), on \(tracks.joined(separator: ", "))" + (level.overview == nil ? "." : ":")
    let used = canvas.paragraph(
      heading, in: Rect(x: area.x, y: top, width: area.width, height: area.maxY - top),
      style: context.theme.accent)
    guard let overview = level.overview else { return }
    canvas.paragraph(
      overview,
      in: Rect(x: area.x, y: top + used, width: area.width, height: area.maxY - top - used),
      style: context.theme.text)
  }
}
