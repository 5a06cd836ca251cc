import CoachCore
import Foundation

/// Reads a CV file for the check: a readable regular file of plain text, at most 1 MB.
public enum CVFile {
  public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    /// One sentence naming the file.
    public var description: String { "\(path) \(reason)." }
  }

  /// `~` or `~/...` with the home folder in place of the tilde.
  public static func expand(_ path: String, home: String? = nil) -> String {
    let home = home ?? ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
    if path == "~" { return home }
    if path.hasPrefix("~/") { return home + path.dropFirst() }
    return path
  }

  public static func read(_ typed: String) -> Result<String, Problem> {
    let trimmed = typed.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else {
      return .failure(Problem(path: "The CV path", reason: "is empty; type the path of a file"))
    }
    let path = expand(trimmed)
    func problem(_ reason: String) -> Result<String, Problem> {
      .failure(Problem(path: trimmed, reason: reason))
    }
    let data: Data
    switch InputFile.read(path, limit: CVText.maximumBytes) {
    case .success(let bytes): data = bytes
    case .failure(.missing): return problem("does not exist")
    case .failure(.folder): return problem("is a folder, not a file")
    // A pipe or a device could block the app or never end.
    case .failure(.notRegular): return problem("is not a regular file")
    case .failure(.permissionDenied): return problem("cannot be read (permission denied)")
    case .failure(.tooLarge(let size)): return problem(CVText.Problem.tooLarge(bytes: size).reason)
    case .failure(.unreadable), .failure(.readFailed): return problem("cannot be read")
    }
    switch CVText.decode(Array(data)) {
    case .success(let text): return .success(text)
    case .failure(let failure): return problem(failure.reason)
    }
  }
}
