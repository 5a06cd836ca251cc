import CoachCore

extension PathView {
  /// Where the trunk and the tracks drawn beside it go on a row: one column each, the trunk
  /// first, all as wide as the area allows.
  struct Columns: Equatable {
    var tracks: [String]
    var width: Int

    /// The column's left edge, from the area's left.
    func x(of column: Int) -> Int { column * width }

    /// The track whose column holds `column` (from the area's left); nil past the last.
    func track(atColumn column: Int) -> String? {
      guard column >= 0, width > 0 else { return nil }
      let index = column / width
      return tracks.indices.contains(index) ? tracks[index] : nil
    }
  }

  /// The columns of a ladder with tracks beside its trunk in an area `width` wide; nil when
  /// every track has rows of its own.
  static func columns(_ ladder: CareerLadder, width: Int) -> Columns? {
    let parallel = ladder.parallel
    guard !parallel.isEmpty else { return nil }
    let tracks = [ladder.trunk.id] + parallel
    return Columns(tracks: tracks, width: max(8, width / tracks.count))
  }

  /// The track names over their columns.
  func drawColumnHeadings(
    _ canvas: inout Canvas, columns: Columns, y: Int, area: Rect, context: DrawContext
  ) {
    for (column, track) in columns.tracks.enumerated() {
      canvas.put(
        pack.trackName(track).truncated(
          toWidth: columns.width - 3, ellipsis: context.glyphs.ellipsis),
        x: area.x + columns.x(of: column) + 2, y: y, style: context.theme.muted, clip: area)
    }
  }

  /// A trunk level's row: the level, and beside it the level each other track ranks the same.
  func drawRank(
    _ canvas: inout Canvas, trunkStop: Int, columns: Columns, y: Int, area: Rect,
    context: DrawContext
  ) {
    let stops = ladder.stops
    let trunkLevel = stops[trunkStop].level
    for (column, track) in columns.tracks.enumerated() {
      let index =
        column == 0
        ? trunkStop
        : stops.firstIndex { $0.track == track && ladder.beside[$0.level] == trunkLevel }
      guard let index else { continue }
      drawCell(
        &canvas, stop: index, x: area.x + columns.x(of: column), width: columns.width,
        trunk: column == 0, y: y, area: area, context: context)
    }
  }

  private func drawCell(
    _ canvas: inout Canvas, stop index: Int, x: Int, width: Int, trunk: Bool, y: Int,
    area: Rect, context: DrawContext
  ) {
    let theme = context.theme
    let level = ladder.stops[index].level
    let isSelected = index == screen.selected
    let style = isSelected ? theme.selected : (trunk ? theme.title : theme.text)
    let target = screen.load.loaded?.report.target
    let full = pack.levelName(level)
    var mark = placed.contains(level) ? " (you)" : level == target ? " (target)" : ""
    // A narrow column keeps the name and marks it with a glyph; the line above the diagram
    // names both levels in words.
    if !mark.isEmpty, DisplayWidth.of(full + mark) > width - 3 {
      mark = " " + (placed.contains(level) ? context.glyphs.check : context.glyphs.arrow)
    }
    let room = max(1, width - 3 - DisplayWidth.of(mark))
    let name = full.truncated(toWidth: room, ellipsis: context.glyphs.ellipsis)
    if isSelected {
      canvas.fill(Rect(x: x, y: y, width: width - 1, height: 1), style: style)
      canvas.cursor = (x, y)
    }
    var end = canvas.put(
      (isSelected ? context.glyphs.pointer + " " : "  ") + name, x: x, y: y, style: style,
      clip: area)
    end = canvas.put(
      mark, x: end, y: y,
      style: isSelected ? style : placed.contains(level) ? theme.good : theme.accent,
      clip: area)
  }
}
