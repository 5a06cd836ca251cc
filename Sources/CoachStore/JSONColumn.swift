import Foundation

/// A list kept in one text column as JSON (languages, objectives, questions, ticked points).
/// Text that does not decode reads as an empty list.
enum JSONColumn {
  static func encode<T: Encodable>(_ value: T) -> String {
    let data = (try? JSONEncoder().encode(value)) ?? Data("[]".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  static func decode<T: Decodable & ExpressibleByArrayLiteral>(_ text: String) -> T {
    (try? JSONDecoder().decode(T.self, from: Data(text.utf8))) ?? []
  }
}
