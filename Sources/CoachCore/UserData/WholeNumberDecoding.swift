/// Whole numbers in the JSON files a user gives (exports, answers files), read strictly.
extension KeyedDecodingContainer {
  /// A whole number, read as a number first, so that 2.5 is reported at its key as the wrong
  /// type (the JSON decoder reports it as "not valid JSON" with no key at all).
  public func decodeWholeIfPresent(forKey key: Key) throws -> Int? {
    let number: Double?
    do {
      number = try decodeIfPresent(Double.self, forKey: key)
    } catch DecodingError.typeMismatch(_, let context) {
      throw DecodingError.typeMismatch(Int.self, context)
    }
    guard let value = number else { return nil }
    guard value.rounded() == value, abs(value) < 9e15 else {
      throw DecodingError.typeMismatch(
        Int.self,
        DecodingError.Context(
          codingPath: codingPath + [key], debugDescription: "\(value) is not a whole number"))
    }
    return Int(value)
  }

  public func decodeWhole(forKey key: Key) throws -> Int {
    guard let value = try decodeWholeIfPresent(forKey: key) else {
      throw DecodingError.valueNotFound(
        Int.self,
        DecodingError.Context(codingPath: codingPath + [key], debugDescription: "null"))
    }
    return value
  }
}
