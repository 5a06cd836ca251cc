/// Something to learn a skill from, named by the pack: a book, official documentation, a
/// course, a kind of practice or a talk. `where` says how to find it offline-friendly ("ISBN
/// 978-1449373320", "docs.python.org › Tutorial"); the app never fetches it.
public struct Resource: Sendable, Equatable, Codable {
  public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
    case book, doc, course, practice, talk
  }

  public var title: String
  public var kind: Kind
  public var location: String

  public init(title: String, kind: Kind, location: String) {
    self.title = title
    self.kind = kind
    self.location = location
  }

  /// "Designing Data-Intensive Applications (book; Kleppmann, O'Reilly)".
  public var line: String { "\(title) (\(kind.rawValue); \(location))" }
}
