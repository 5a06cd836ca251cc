/// One problem found in a content pack, at a place in one of its files.
///
/// `path` names the file as the user named the pack's folder: `--content packs/mine` gives
/// `packs/mine/skills.yaml`, an absolute folder gives an absolute path. Lines and columns start
/// at 1; columns count Unicode scalars, as the YAML parser does.
public struct Diagnostic: Sendable, Equatable, Hashable, CustomStringConvertible {
  public var path: String
  public var line: Int
  public var column: Int
  public var message: String
  /// True for a warning: the pack loads and works, but misses one of the rules a pack should
  /// follow (the shipped pack follows them as errors).
  public var isWarning: Bool

  public init(path: String, line: Int, column: Int, message: String, isWarning: Bool = false) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
    self.isWarning = isWarning
  }

  /// `path:line:column: error: message` (or `warning:`), the form compilers use, so editors
  /// can jump to it.
  public var description: String {
    "\(path):\(line):\(column): \(isWarning ? "warning" : "error"): \(message)"
  }
}

extension Diagnostic {
  /// The order diagnostics are reported in: by file, then line, then column.
  static func precedes(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    if a.path != b.path { return a.path < b.path }
    if a.line != b.line { return a.line < b.line }
    return a.column < b.column
  }
}

extension Array where Element == Diagnostic {
  /// Sorted by file, line and column; diagnostics at the same place keep the order they were found in.
  func sortedByPlace() -> [Diagnostic] {
    enumerated().sorted { a, b in
      if Diagnostic.precedes(a.element, b.element) { return true }
      if Diagnostic.precedes(b.element, a.element) { return false }
      return a.offset < b.offset
    }.map(\.element)
  }
}
