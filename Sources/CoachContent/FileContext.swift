import CoachCore

/// What reading one file collects: its diagnostics, the ids it defines, and its references.
/// Each file has its own, so files can be read at the same time.
final class FileContext {
  /// The scale the file's ratings are read on.
  let scale: RatingScale

  /// The kinds of advice a tips file that declares none uses.
  let tipCategories: [TipCategoryInfo]

  init(scale: RatingScale = .standard, tipCategories: [TipCategoryInfo] = TipCategoryInfo.builtIn) {
    self.scale = scale
    self.tipCategories = tipCategories
  }
  private(set) var diagnostics: [Diagnostic] = []
  /// Per kind, each id with the line of its first definition.
  private(set) var defined: [IDKind: [String: Int]] = [:]
  /// Per kind, each id with the line and column of its first definition's value.
  private(set) var places: [IDKind: [String: Place]] = [:]
  private(set) var references: [Reference] = []

  /// Reports at `mark`, or at the start of the file when there is none.
  func report(_ message: String, path: String, mark: YAMLNode.Mark?) {
    report(message, path: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  func report(_ message: String, path: String, line: Int, column: Int) {
    diagnostics.append(Diagnostic(path: path, line: line, column: column, message: message))
  }

  /// Records a definition of `id`; a second one of the same kind is an error at `node`.
  func define(_ id: String, kind: IDKind, path: String, node: YAMLNode) {
    let line = node.mark.line
    if places[kind, default: [:]][id] == nil {
      places[kind, default: [:]][id] = Place(line: line, column: node.mark.column)
    }
    if let first = defined[kind, default: [:]].updateValue(line, forKey: id) {
      defined[kind]![id] = first
      report(
        "duplicate \(kind.noun) id '\(id)' (first defined at line \(first))", path: path,
        mark: node.mark)
    }
  }

  /// Whether `pattern` compiles as a regular expression; each pattern is compiled once.
  func isValidRegex(_ pattern: String) -> Bool {
    if let known = checkedPatterns[pattern] { return known }
    let valid = RegexCheck.isValid(pattern)
    checkedPatterns[pattern] = valid
    return valid
  }

  private var checkedPatterns: [String: Bool] = [:]

  /// Records that `node` names `id` of `kind`.
  func refer(to id: String, kind: IDKind, path: String, node: YAMLNode) {
    references.append(
      Reference(
        kind: kind, id: id, path: path, line: node.mark.line, column: node.mark.column))
  }
}

/// A line and column in a pack's file, both from 1.
struct Place: Sendable, Equatable {
  var line: Int
  var column: Int
}
