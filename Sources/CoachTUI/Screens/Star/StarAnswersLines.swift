import CoachCore
import Foundation

/// The saved answers to one question as lines: the question, then each answer with its four
/// parts, the selected one marked.
struct StarAnswersLines {
  let screen: StarAnswersScreen
  let pack: Pack
  let calendar: Calendar

  /// Width of the column naming each part of an answer.
  static let labelWidth = 11

  /// The lines, and the line each answer starts at.
  func make(width: Int, glyphs: Glyphs) -> (lines: [DocLine], starts: [Int]) {
    let question = screen.question
    let answers = screen.answers
    let count = "\(answers.count) saved answer\(answers.count == 1 ? "" : "s")"
    var lines = DocLine.wrapped(question.text, width: width, .title)
    let level = question.level.map { pack.levelName($0) + " · " } ?? ""
    lines.append(.text("\(level)\(count), newest first", .muted))
    if let notice = screen.notice {
      lines += DocLine.wrapped(notice, width: width, .warning)
    } else if answers.isEmpty {
      lines += [.blank] + DocLine.wrapped("No answer is saved; n writes one.", width: width)
    }
    var starts: [Int] = []
    let textWidth = max(10, width - Self.labelWidth)
    for (index, saved) in answers.enumerated() {
      let isSelected = index == screen.selected
      lines.append(.blank)
      starts.append(lines.count)
      // The selected answer is the one e and d act on.
      let mark = isSelected ? glyphs.pointer + " " : "  "
      lines.append(
        .text(
          "\(mark)Saved \(Format.date(saved.savedAt, in: calendar))",
          isSelected ? .accent : .muted))
      for field in StarAnswer.Field.allCases {
        let text = saved.answer[field].trimmingCharacters(in: .whitespacesAndNewlines)
        let wrapped = text.isEmpty ? [] : TextWrap.lines(text, width: textWidth)
        for (index, line) in (wrapped.isEmpty ? ["(left empty)"] : wrapped).enumerated() {
          lines.append(
            DocLine([
              .text(index == 0 ? field.name : "", .muted, width: Self.labelWidth),
              .text(line, wrapped.isEmpty ? .muted : .text, width: nil),
            ]))
        }
      }
    }
    return (lines, starts)
  }
}
