/// Which lines of the rating options fit in the rows left for them. Every option is shown in
/// full when there is room; otherwise the highlighted one stays whole and the others take one
/// line each, and when even that does not fit, the options around the highlighted one show.
struct RatingOptions {
  struct Line: Equatable {
    var rating: Int
    var text: String
    /// The option's first line, which carries its label.
    var first: Bool
  }

  let anchors: [String]
  let highlighted: Int
  let width: Int
  let ellipsis: String

  func lines(rows: Int) -> [Line] {
    let full = anchors.map { TextWrap.lines($0, width: width) }
    if full.map(\.count).reduce(0, +) <= rows { return lines(full) }
    let compact = full.indices.map { rating in
      rating == highlighted
        ? Array(full[rating].prefix(max(1, rows - (anchors.count - 1))))
        : [anchors[rating].truncatedAtWord(toWidth: width, ellipsis: ellipsis)]
    }
    var shown = highlighted...highlighted
    var used = compact[highlighted].count
    // Widen the window one option at a time, below then above, while it fits.
    while true {
      var grew = false
      if shown.upperBound + 1 < compact.count, used + 1 <= rows {
        shown = shown.lowerBound...(shown.upperBound + 1)
        used += 1
        grew = true
      }
      if shown.lowerBound > 0, used + 1 <= rows {
        shown = (shown.lowerBound - 1)...shown.upperBound
        used += 1
        grew = true
      }
      if !grew { break }
    }
    return lines(Array(compact[shown]), from: shown.lowerBound)
  }

  private func lines(_ options: [[String]], from start: Int = 0) -> [Line] {
    options.enumerated().flatMap { offset, texts in
      texts.enumerated().map { row, text in
        Line(rating: start + offset, text: text, first: row == 0)
      }
    }
  }
}
