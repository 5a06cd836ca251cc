/// The kinds of id a pack defines. Ids are unique within their kind.
enum IDKind: String, CaseIterable, Sendable {
  case source, section, category, skill, level, track, market, tip, question, check, mistake

  /// The kind's name in messages.
  var noun: String {
    switch self {
    case .check: return "CV check"
    case .mistake: return "CV mistake"
    default: return rawValue
    }
  }
}

/// A place where one file names an id of another kind, checked once every file is read.
struct Reference: Sendable {
  var kind: IDKind
  var id: String
  var path: String
  var line: Int
  var column: Int
}

/// Checks the references of every file against the ids of every file.
enum ReferenceCheck {
  /// A diagnostic at each reference to an id that no file defines. References to `unavailable`
  /// kinds, whose defining file could not be read, are not checked: one syntax error should not
  /// bury the report under hundreds of unknown references. Linear: lookups are in sets.
  static func unresolved(
    _ references: [Reference], defined: [IDKind: Set<String>], unavailable: Set<IDKind>
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for reference in references where !unavailable.contains(reference.kind) {
      guard defined[reference.kind]?.contains(reference.id) != true else { continue }
      var message = "unknown \(reference.kind.noun) '\(reference.id)'"
      if reference.kind == .source { message += " (not among role.yaml's sources)" }
      diagnostics.append(
        Diagnostic(
          path: reference.path, line: reference.line, column: reference.column, message: message))
    }
    return diagnostics
  }
}
