/// The most characters each kind of typed text holds. The app's text boxes take as much and
/// no more, and every way into the store checks it, so whatever the app saves can be
/// imported again and nothing imported is too big to show.
public enum TextLimits {
  /// A note on a rating.
  public static let note = 2_000
  /// A mock interview answer.
  public static let mockAnswer = 4_000
  /// Each of a STAR answer's four parts.
  public static let starPart = 2_000
  /// A saved job ad: as much as the 64 KB file `job add` reads can hold.
  public static let jobAd = 64_000
  /// What an evidence entry says was done: room for a whole STAR story's situation, task and
  /// action.
  public static let evidenceText = 8_000
  /// What came of it: as much as a STAR story's result.
  public static let evidenceOutcome = 2_000
  /// A link or a ticket id.
  public static let evidenceReference = 500

  /// Throws when `text` is longer than `limit`, naming it as `name`.
  static func check(_ text: String, limit: Int, name: String) throws(StoreError) {
    // Counting stops past the limit, so a huge text costs no more than the limit.
    let count = text.prefix(limit + 1).count
    guard count > limit else { return }
    throw .invalidValue("\(name) is over the limit of \(limit) characters")
  }
}

extension StoreError {
  /// What was wrong with a value, to quote inside another sentence.
  var problem: String {
    if case .invalidValue(let problem) = self { return problem }
    return description
  }
}
