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
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return problem("does not exist")
    }
    if isDirectory.boolValue { return problem("is a folder, not a file") }
    // A pipe or a device could block the app or never end.
    let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type]
    if let type = type as? FileAttributeType, type != .typeRegular {
      return problem("is not a regular file")
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      return problem("cannot be read (permission denied)")
    }
    defer { try? handle.close() }
    // One byte past the limit is enough to know the file is too big.
    let data: Data
    do {
      data = try handle.read(upToCount: CVText.maximumBytes + 1) ?? Data()
    } catch {
      return problem("cannot be read")
    }
    if data.count > CVText.maximumBytes {
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
      return problem(CVText.Problem.tooLarge(bytes: size ?? data.count).reason)
    }
    switch CVText.decode(Array(data)) {
    case .success(let text): return .success(text)
    case .failure(let failure): return problem(failure.reason)
    }
  }
}
