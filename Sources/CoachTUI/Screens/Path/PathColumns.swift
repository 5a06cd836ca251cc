import CoachCore

extension PathView {
  /// Where the trunk and the tracks drawn beside it go on a row: one column each, the trunk
  /// first, each as wide as its longest name where the area allows.
  struct Columns: Equatable {
    var tracks: [String]
    var widths: [Int]

    /// The column's left edge, from the area's left.
    func x(of column: Int) -> Int { widths.prefix(column).reduce(0, +) }

    /// The track whose column holds `column` (from the area's left); nil past the last.
    func track(atColumn column: Int) -> String? {
      guard column >= 0 else { return nil }
      var right = 0
      for (index, width) in widths.enumerated() {
        right += width
        if column < right { return tracks[index] }
      }
      return nil
    }
  }

  /// The columns of a ladder with tracks beside its trunk in an area `width` wide; nil when
  /// every track has rows of its own. A column needs room for its longest level or track
  /// name, a pointer and a mark; when they do not all fit, the widest give way first.
  static func columns(_ ladder: CareerLadder, pack: Pack, width: Int) -> Columns? {
    let parallel = ladder.parallel
    guard !parallel.isEmpty else { return nil }
    let tracks = [ladder.trunk.id] + parallel
    var widths = tracks.map { track in
      let names =
        (pack.track(track)?.levels ?? []).map { DisplayWidth.of(pack.levelName($0)) + 2 }
        + [DisplayWidth.of(pack.trackName(track))]
      return (names.max() ?? 8) + 3
    }
    let floor = 8
    while widths.reduce(0, +) > width,
      let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
      widths[widest] > floor
    {
      widths[widest] -= 1
    }
    return Columns(tracks: tracks, widths: widths)
  }

  /// The track names over their columns.
  func drawColumnHeadings(
    _ canvas: inout Canvas, columns: Columns, y: Int, area: Rect, context: DrawContext
  ) {
    for (column, track) in columns.tracks.enumerated() {
      canvas.put(
        pack.trackName(track).truncated(
          toWidth: columns.widths[column] - 3, ellipsis: context.glyphs.ellipsis),
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
        &canvas, stop: index, x: area.x + columns.x(of: column), width: columns.widths[column],
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
