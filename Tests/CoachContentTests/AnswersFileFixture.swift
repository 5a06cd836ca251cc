import CoachContent
import CoachCore
import Foundation

/// Parses answers-file text against the shipped pack, as `assess --answers` does.
enum AnswersFileFixture {
  static let pack = Result { try PackLoader.check(PackLoader.shippedFolder()).pack }

  static func parse(_ text: String) throws -> AnswersFile {
    try AnswersFile.parse(Data(text.utf8), path: "answers.yaml", pack: pack.get())
  }

  /// The sentence the file gets, or "no problem".
  static func problem(_ text: String) -> String {
    do {
      _ = try parse(text)
      return "no problem"
    } catch {
      return "\(error)"
    }
  }
}
