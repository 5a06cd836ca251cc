/// Why a content pack could not be loaded.
public enum PackError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The folder does not exist, is not a folder, or cannot be read. `path` is as the user gave it.
  case unreadableFolder(path: String, reason: String)
  /// The same folder is given twice among packs loaded on top of each other.
  case repeatedLayer(path: String)
  /// The app was built without its shipped pack (its resource bundle is missing).
  case shippedPackMissing
  /// The pack was read but has errors; every one of them, sorted by file, line and column.
  case invalid([Diagnostic])

  /// One sentence for the terminal; for `.invalid`, the diagnostics one per line.
  public var description: String {
    switch self {
    case .unreadableFolder(let path, let reason):
      return "cannot read the content folder \(path): \(reason)"
    case .repeatedLayer(let path):
      return "the content folder \(path) is given twice; give each pack once, the base first"
    case .shippedPackMissing:
      return "the shipped content pack is missing from this installation"
    case .invalid(let diagnostics):
      return diagnostics.map(\.description).joined(separator: "\n")
    }
  }
}
