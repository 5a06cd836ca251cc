/// A CV file's bytes checked before analysis: text, not too big, not binary.
public enum CVText: Sendable {
  /// The largest CV the check reads: 1 MB.
  public static let maximumBytes = 1_000_000

  public enum Problem: Error, Sendable, Equatable {
    case tooLarge(bytes: Int)
    case binary

    /// The end of a sentence that starts with the file's name.
    public var reason: String {
      switch self {
      case .tooLarge(let bytes):
        return "is \(bytes) bytes, over the 1 MB a CV check reads; save the CV as plain text"
      case .binary:
        return "is not plain text (it holds binary data); save the CV as a .txt or .md file"
      }
    }
  }

  /// The text of a CV file's bytes: UTF-8 without NUL bytes, at most `maximumBytes`.
  public static func decode(_ bytes: [UInt8]) -> Result<String, Problem> {
    if bytes.count > maximumBytes { return .failure(.tooLarge(bytes: bytes.count)) }
    if bytes.contains(0) { return .failure(.binary) }
    guard let text = String(validating: bytes, as: UTF8.self) else { return .failure(.binary) }
    return .success(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
  }
}
