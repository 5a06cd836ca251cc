/// Why the user's data could not be read or written; each description is one sentence naming
/// the file.
public enum StoreError: Error, CustomStringConvertible, Sendable, Equatable {
  case cannotCreateFolder(path: String, reason: String)
  case cannotOpen(path: String, reason: String)
  /// Not an SQLite database, a damaged one, or another program's database.
  case corrupt(path: String)
  case readOnly(path: String)
  /// Written by a newer career-coach whose migrations this one does not know.
  case newerSchema(path: String)
  /// A read or write failed after the database was opened.
  case failed(path: String, reason: String)
  /// An import file with a problem: the problem, as a sentence fragment.
  case badImport(problem: String)
  /// A value the store refuses (a rating outside 0-4, a negative position).
  case invalidValue(String)
  case noSuchAssessment(Int64)

  public var description: String {
    switch self {
    case .cannotCreateFolder(let path, let reason):
      return "cannot create the data folder \(path): \(reason)."
    case .cannotOpen(let path, let reason):
      return "cannot open \(path): \(reason)."
    case .corrupt(let path):
      return "\(path) is not a career-coach database or is damaged; it was left untouched."
    case .readOnly(let path):
      return "\(path) is read-only; career-coach needs to write to it to save your answers."
    case .newerSchema(let path):
      return
        "\(path) was written by a newer version of career-coach; update career-coach to open it (the file was left untouched)."
    case .failed(let path, let reason):
      return "cannot read or write \(path): \(reason)."
    case .badImport(let problem):
      return "the import file is invalid: \(problem); nothing was imported."
    case .invalidValue(let problem):
      return "cannot save: \(problem)."
    case .noSuchAssessment(let id):
      return "there is no assessment \(id)."
    }
  }
}
