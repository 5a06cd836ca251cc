import CoachCore

/// Why the user's data could not be read or written; each description is one sentence naming
/// the file.
public enum StoreError: Error, CustomStringConvertible, Sendable, Equatable {
  case cannotCreateFolder(path: String, reason: String)
  case cannotOpen(path: String, reason: String)
  /// Not an SQLite database, a damaged one, or another program's database.
  case corrupt(path: String)
  case readOnly(path: String)
  /// The data folder cannot be written (a read-only disk or mount).
  case readOnlyFolder(path: String)
  /// Written by a newer career-coach whose migrations this one does not know.
  case newerSchema(path: String)
  /// The disk holding the database has no room left; nothing more could be written.
  case diskFull(path: String)
  /// Another program held the database locked for longer than the busy timeout.
  case locked(path: String)
  /// A read or write failed after the database was opened.
  case failed(path: String, reason: String)
  /// An import file with a problem: the problem, as a sentence fragment.
  case badImport(problem: String)
  /// A value the store refuses (a rating outside 0-4, a negative position).
  case invalidValue(String)
  case noSuchAssessment(Int64)
  /// No saved job has this id.
  case noSuchJob(String)
  /// No evidence entry has this id.
  case noSuchEvidence(String)
  /// Another career-coach window holds the data folder (its process id, when known); this
  /// one only reads.
  case inUse(pid: Int32?)

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
    case .readOnlyFolder(let path):
      return
        "the data folder \(path) is read-only; career-coach needs to write there to save your answers (history, report, stats and export can still read it)."
    case .newerSchema(let path):
      return
        "\(path) was written by a newer version of career-coach; update career-coach to open it (the file was left untouched)."
    case .diskFull(let path):
      return
        "the disk is full: cannot save to \(path); free some space and try again (everything saved before is kept)."
    case .locked(let path):
      return
        "another program has locked \(path) (perhaps another career-coach); try again when it is done."
    case .failed(let path, let reason):
      return "cannot read or write \(path): \(reason)."
    case .badImport(let problem):
      return "the import file is invalid: \(QuotedText.bounded(problem)); nothing was imported."
    case .invalidValue(let problem):
      return "cannot save: \(problem)."
    case .noSuchAssessment(let id):
      return "there is no assessment \(id)."
    case .noSuchJob(let id):
      return
        "there is no saved job \(QuotedText.quote(id)); `career-coach job list` shows the saved jobs."
    case .noSuchEvidence(let id):
      return
        "there is no evidence entry \(QuotedText.quote(id)); `career-coach evidence list` shows them."
    case .inUse(let pid):
      return
        "not saved: your data is open in \(Self.otherWindow(pid)), so this one only reads; close that one and start career-coach again here to make changes."
    }
  }
}

extension StoreError {
  /// "another career-coach window (process 1234)".
  static func otherWindow(_ pid: Int32?) -> String {
    "another career-coach window" + (pid.map { " (process \($0))" } ?? "")
  }

  /// The sentence a window that only reads shows when it opens.
  public static func readOnlyNotice(pid: Int32?) -> String {
    "Your data is open in \(otherWindow(pid)): this one shows it but saves nothing until you close that one and start again."
  }
}
