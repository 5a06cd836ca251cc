import CoachCore
import Foundation
import SwiftCSV

/// A skills matrix as teams keep it in a spreadsheet, read from CSV: a header line `skill`,
/// `category`, then one column per level named after it; below it one line per skill, each
/// level's cell the lowest rating that level expects (empty: not required there), as a number
/// of the matrix's scale.
public struct SkillsMatrix: Sendable, Equatable {
  public struct Row: Sendable, Equatable {
    public var skill: String
    public var category: String
    /// One per level, in the levels' order, each the number the matrix writes (on a 1-5 scale,
    /// 1 to 5); nil where the level does not require the skill.
    public var ratings: [Int?]
    /// The line of the file the row starts on, from 1.
    public var line: Int
  }

  /// The level names, in the header's order.
  public var levels: [String]
  public var rows: [Row]
  /// The steps the matrix rates on: 0 None to 4 Expert unless the team says otherwise.
  public var scale = RatingScale.standard

  /// The scale of `steps` steps numbered from `first` (0 or 1); the standard scale, with its
  /// names, for 5 steps from 0.
  public static func scale(first: Int, steps: Int) -> RatingScale {
    let standard = RatingScale.standard
    guard first != standard.first || steps != standard.steps.count else { return standard }
    return RatingScale(
      first: first, steps: (0..<steps).map { RatingScale.Step(name: String(first + $0)) })
  }

  /// Reads the matrix in `data`, the CSV file shown as `path`, its cells rated on `scale`.
  /// Throws one error naming the file and line of the first problem. Linear in the file's size.
  public static func read(_ data: Data, path: String, scale: RatingScale = .standard)
    throws(SkillsMatrixError) -> SkillsMatrix
  {
    let records = try CSVRecords.read(data, path: path)
    guard let header = records.first, !header.isBlank else {
      throw SkillsMatrixError(
        path: path, line: nil,
        message: "the file is empty; its first line should name the columns skill, category, "
          + "then one column per level")
    }
    var matrix = SkillsMatrix(levels: try levels(in: header, path: path), rows: [], scale: scale)
    var lineOfSkill: [String: Int] = [:]
    for record in records.dropFirst() where !record.isBlank {
      let row = try matrix.row(record, path: path)
      let key = row.skill.lowercased()
      if let first = lineOfSkill[key] {
        throw SkillsMatrixError(
          path: path, line: record.line,
          message: "skill '\(row.skill)' is already listed on line \(first)")
      }
      lineOfSkill[key] = record.line
      matrix.rows.append(row)
    }
    guard !matrix.rows.isEmpty else {
      throw SkillsMatrixError(
        path: path, line: nil, message: "the file lists no skill below its header line")
    }
    for (index, level) in matrix.levels.enumerated()
    where !matrix.rows.contains(where: { $0.ratings[index] != nil }) {
      throw SkillsMatrixError(
        path: path, line: header.line,
        message: "level '\(level)' has no rating on any line; a level needs at least one "
          + "rating, so give it one or remove its column")
    }
    return matrix
  }

  /// The level names of the header line, after its `skill` and `category` columns.
  private static func levels(in header: CSVRecords.Record, path: String)
    throws(SkillsMatrixError) -> [String]
  {
    let names = header.cells.map(cleaned)
    guard names.count >= 2, names[0].lowercased() == "skill", names[1].lowercased() == "category"
    else {
      let found = names.prefix(2).map { "'\(TextRules.shown($0))'" }.joined(separator: " and ")
      throw SkillsMatrixError(
        path: path, line: header.line,
        message: "the first two columns should be 'skill' and 'category', not \(found)")
    }
    let levels = Array(names.dropFirst(2).reversed().drop(while: \.isEmpty).reversed())
    guard !levels.isEmpty else {
      throw SkillsMatrixError(
        path: path, line: header.line,
        message: "the header names no level; add one column per level after 'category', "
          + "each headed with the level's name")
    }
    var columnOfLevel: [String: Int] = [:]
    for (index, name) in levels.enumerated() {
      let column = index + 3
      guard !name.isEmpty else {
        throw SkillsMatrixError(
          path: path, line: header.line, message: "column \(column) has no level name")
      }
      try checkText(name, what: "level name in column \(column)", line: header.line, path: path)
      if let first = columnOfLevel.updateValue(column, forKey: name.lowercased()) {
        throw SkillsMatrixError(
          path: path, line: header.line,
          message: "level '\(name)' heads both column \(first) and column \(column)")
      }
    }
    return levels
  }

  /// The skill of one line below the header.
  private func row(_ record: CSVRecords.Record, path: String) throws(SkillsMatrixError) -> Row {
    let cells = record.cells
    let columns = levels.count + 2
    if let extra = cells.indices.dropFirst(columns).first(where: {
      !Self.cleaned(cells[$0]).isEmpty
    }) {
      throw SkillsMatrixError(
        path: path, line: record.line,
        message: "column \(extra + 1) holds '\(TextRules.shown(Self.cleaned(cells[extra])))', "
          + "but the header names only \(columns) columns")
    }
    func cell(_ index: Int) -> String { index < cells.count ? Self.cleaned(cells[index]) : "" }
    let skill = cell(0)
    guard !skill.isEmpty else {
      throw SkillsMatrixError(path: path, line: record.line, message: "the skill's name is empty")
    }
    try Self.checkText(skill, what: "skill name", line: record.line, path: path)
    let category = cell(1)
    guard !category.isEmpty else {
      throw SkillsMatrixError(
        path: path, line: record.line, message: "skill '\(skill)' has no category")
    }
    try Self.checkText(category, what: "category of '\(skill)'", line: record.line, path: path)
    var ratings: [Int?] = []
    for (index, level) in levels.enumerated() {
      let text = cell(index + 2)
      guard !text.isEmpty else {
        ratings.append(nil)
        continue
      }
      guard let rating = Int(text) else {
        throw SkillsMatrixError(
          path: path, line: record.line,
          message: "rating '\(TextRules.shown(text))' for level '\(level)' is not a whole number")
      }
      guard scale.rating(number: rating) != nil else {
        throw SkillsMatrixError(
          path: path, line: record.line,
          message: "rating \(rating) for level '\(level)' is outside the scale \(scale.numbers)")
      }
      ratings.append(rating)
    }
    return Row(skill: skill, category: category, ratings: ratings, line: record.line)
  }

  /// A cell's text with every run of spaces and line breaks made one space, none at either
  /// end: a spreadsheet's wrapped cell reads as one line.
  static func cleaned(_ cell: String) -> String {
    cell.split(whereSeparator: { $0 == " " || $0.isNewline }).joined(separator: " ")
  }

  private static func checkText(_ text: String, what: String, line: Int, path: String)
    throws(SkillsMatrixError)
  {
    if let control = TextRules.firstControlCharacter(in: text) {
      throw SkillsMatrixError(
        path: path, line: line,
        message: "the \(what) holds the control character \(TextRules.codePoint(control))")
    }
    if let problem = TextRules.sizeProblem(of: text) {
      throw SkillsMatrixError(path: path, line: line, message: "the \(what) \(problem)")
    }
  }
}

/// What is wrong with a skills matrix, and where: one sentence.
public struct SkillsMatrixError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  /// The line, from 1; nil for the file as a whole.
  public var line: Int?
  public var message: String

  /// `matrix.csv:4: rating 'x' for level 'Senior' is not a whole number`.
  public var description: String {
    "\(path)\(line.map { ":\($0)" } ?? ""): \(message)"
  }
}

/// The records of a CSV file, parsed by SwiftCSV, each with the line it starts on.
enum CSVRecords {
  struct Record {
    var cells: [String]
    var line: Int
    var isBlank: Bool { cells.allSatisfy { SkillsMatrix.cleaned($0).isEmpty } }
  }

  /// Every record of `data`, the header among them, its cells separated by commas, or by
  /// semicolons or tabs when the header line is; a UTF-8 byte order mark is skipped.
  static func read(_ data: Data, path: String) throws(SkillsMatrixError) -> [Record] {
    guard let text = String(data: data, encoding: .utf8) else {
      throw SkillsMatrixError(
        path: path, line: nil,
        message: "the file is not UTF-8 text; save the spreadsheet as CSV UTF-8")
    }
    var records: [Record] = []
    var nextLine = 1
    do {
      // Spreadsheets set to some languages save with semicolons; the header line tells.
      let delimiter = CSVDelimiter.guessed(string: text)
      let csv = try EnumeratedCSV(
        string: text, delimiter: delimiter, loadColumns: false, rowLimit: 0)
      try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { cells in
        records.append(Record(cells: cells, line: nextLine))
        // A record ends with one line break; its quoted cells may hold more.
        nextLine += 1 + cells.reduce(0) { $0 + $1.reduce(0) { $0 + ($1.isNewline ? 1 : 0) } }
      }
    } catch {
      throw SkillsMatrixError(
        path: path, line: nextLine,
        message: "a quoted cell is not closed where it should be: a quote inside quotes is "
          + "written twice (\"\"), and a quoted cell ends at a comma or the line's end")
    }
    // SwiftCSV takes an unclosed quote to the end of the file; quotes come in pairs otherwise.
    if text.utf8.reduce(0, { $0 + ($1 == UInt8(ascii: "\"") ? 1 : 0) }) % 2 == 1 {
      throw SkillsMatrixError(
        path: path, line: records.last?.line ?? 1,
        message: "a quoted cell that starts on this line is never closed")
    }
    return records
  }
}
