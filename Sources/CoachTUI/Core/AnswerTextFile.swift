import CoachCore
import Foundation

/// Reads a text the user keeps in a file, an interview answer for `mock check` or a job ad for
/// `job match`: a readable regular file of plain UTF-8 text, not empty, at most 64 KB.
public enum AnswerTextFile {
  /// The largest file read: far more than anyone says in one answer or a job ad holds.
  public static let maximumBytes = 64_000

  /// What the file holds, for its messages.
  public enum Kind: String, Sendable {
    case answer
    case jobAd = "job ad"

    var check: String { self == .answer ? "an answer check" : "a job match" }
  }

  public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var kind: Kind = .answer
    /// One sentence naming the file.
    public var description: String { "The \(kind.rawValue) file \(path) \(reason)." }
  }

  public static func read(_ typed: String, kind: Kind = .answer) -> Result<String, Problem> {
    let path = CVFile.expand(typed)
    func problem(_ reason: String) -> Result<String, Problem> {
      .failure(Problem(path: typed, reason: reason, kind: kind))
    }
    let data: Data
    switch InputFile.read(path, limit: maximumBytes) {
    case .success(let bytes): data = bytes
    case .failure(.missing): return problem("does not exist")
    case .failure(.folder): return problem("is a folder, not a file")
    case .failure(.notRegular): return problem("is not a regular file")
    case .failure(.permissionDenied): return problem("cannot be read (permission denied)")
    case .failure(.tooLarge(let size)):
      return problem("is \(size) bytes, over the 64 KB \(kind.check) reads")
    case .failure(.unreadable), .failure(.readFailed): return problem("cannot be read")
    }
    let bytes = Array(data)
    guard !bytes.contains(0), var text = String(validating: bytes, as: UTF8.self) else {
      return problem(
        "is not plain text (it holds binary data); save the \(kind.rawValue) as a .txt file")
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      return problem(
        "is empty; \(kind == .answer ? "write the answer" : "paste the ad") in it first")
    }
    return .success(text)
  }
}
