extension String {
  /// The first control character (U+0000 to U+001F, U+007F to U+009F) not in `allowed`: one
  /// that could drive a terminal the text is shown on, or break the line it stands on.
  public func firstControlCharacter(allowing allowed: Set<Unicode.Scalar> = []) -> Unicode.Scalar? {
    unicodeScalars.first { $0.properties.generalCategory == .control && !allowed.contains($0) }
  }
}
