import Foundation

/// A job ad the user saved with `career-coach job add`: its id (`job-1`, `job-2`... given in
/// order and never given again), its title and its text as pasted.
public struct SavedJob: Sendable, Equatable {
  public var id: String
  /// The first line of the ad with words on it, trimmed, at most `titleLength` characters.
  public var title: String
  public var text: String
  public var addedAt: Date

  public init(id: String, title: String, text: String, addedAt: Date) {
    self.id = id
    self.title = title
    self.text = text
    self.addedAt = addedAt
  }

  /// The most characters of a title.
  public static let titleLength = 80

  /// The id of the job stored as row `number`: "job-3".
  public static func id(number: Int64) -> String { "job-\(number)" }

  /// The row number in an id such as "job-3"; nil for anything else.
  public static func number(of id: String) -> Int64? {
    guard id.hasPrefix("job-"), let number = Int64(id.dropFirst(4)), number > 0,
      id == Self.id(number: number)
    else { return nil }
    return number
  }

  /// The title of an ad: its first line with a letter or digit on it, trimmed, cut to
  /// `titleLength` characters (ending in "…" when cut); "Untitled job" when there is none.
  public static func title(of text: String) -> String {
    for line in text.split(whereSeparator: \.isNewline) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard trimmed.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
      guard trimmed.count > titleLength else { return trimmed }
      return String(trimmed.prefix(titleLength - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }
    return "Untitled job"
  }
}
