import CoachCore
import Foundation

/// The review file of `review request`, `review FILE` and `review import` (JSON, version 1):
/// `{"format": "career-coach-review", "version": 1, "id": "...", "pack": "<role id>",
/// "scale": "0-4", "requester": "Ana" or null, "reviewer": "Bo" or null,
/// "showsSelfRatings": false, "skills": [{"id": "go", "name": "Go", "self": 3, "rating": null,
/// "comment": null}, ...]}`. Ratings are written in the pack's numbers; "self" is present only
/// when the user chose to show their ratings. "name" and "scale" are for a person reading the
/// file and are not read back.
public enum ReviewFile {
  public static let formatName = "career-coach-review"
  public static let currentVersion = 1
  /// A review of every skill of a large pack, each with a long comment, fits well below this.
  public static let maximumBytes = 4 << 20
  /// The longest comment, and the longest name, a reviewer may write.
  public static let commentLimit = 2_000
  public static let nameLimit = 200

  /// One sentence naming the file and the field at fault.
  public struct Problem: Error, CustomStringConvertible {
    public let description: String
  }

  /// The file's bytes: pretty, keys sorted, so a reviewer can read and diff it.
  public static func encode(_ review: Review, pack: Pack) -> Data {
    let shows = review.selfRatings != nil
    let skills: [[String: Any]] = review.skills.map { skill in
      var item: [String: Any] = [
        "id": skill, "name": pack.skillName(skill),
        "rating": review.ratings[skill].map { pack.scale.number($0) } ?? NSNull(),
        "comment": review.comments[skill] ?? NSNull(),
      ]
      if shows {
        item["self"] = review.selfRatings?[skill].map { pack.scale.number($0) } ?? NSNull()
      }
      return item
    }
    let object: [String: Any] = [
      "format": formatName, "version": currentVersion, "id": review.id, "pack": review.pack,
      "scale": pack.scale.numbers, "requester": review.requester ?? NSNull(),
      "reviewer": review.reviewer ?? NSNull(), "showsSelfRatings": shows, "skills": skills,
    ]
    let data =
      (try? JSONSerialization.data(
        withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
      ?? Data()
    return data + Data("\n".utf8)
  }

  /// Reads and checks the whole file against `pack`; the first problem is thrown.
  public static func parse(_ data: Data, path: String, pack: Pack) throws(Problem) -> Review {
    func problem(_ text: String) -> Problem {
      Problem(description: QuotedText.bounded("\(path): \(text)."))
    }
    if data.isEmpty { throw problem("the file is empty, not a review file") }
    let parsed: Any
    do {
      parsed = try JSONSerialization.jsonObject(with: data)
    } catch {
      throw problem("the file is not valid JSON (it may be truncated)")
    }
    guard let root = parsed as? [String: Any] else {
      throw problem("the file is not a review file: it is not a JSON object")
    }
    guard root["format"] as? String == formatName else {
      throw problem(
        "the file is not a career-coach review file (\"format\" is not \"\(formatName)\")")
    }
    guard let version = number(root["version"]) else {
      throw problem("\"version\" is missing or not a number")
    }
    guard version.doubleValue == Double(currentVersion) else {
      let newer = version.doubleValue > Double(currentVersion)
      throw problem(
        "\"version\" is \(version), and this app reads review files of version \(currentVersion)"
          + (newer ? "; update career-coach to read it" : ""))
    }
    guard let packID = root["pack"] as? String else {
      throw problem("\"pack\" is missing or not a pack id")
    }
    guard packID == pack.role.id else {
      throw problem(
        "\"pack\" is \(QuotedText.quote(packID)): the file was made for another content pack than \(QuotedText.quote(pack.role.id))"
      )
    }
    guard let id = root["id"] as? String, (1...64).contains(id.utf8.count),
      id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
    else {
      throw problem("\"id\" is missing or not the request's id (1 to 64 letters, digits or dashes)")
    }
    var review = Review(
      id: id, pack: packID, requester: try name(root, "requester", problem),
      reviewer: try name(root, "reviewer", problem), skills: [])
    let shows = root["showsSelfRatings"] as? Bool ?? false
    guard let items = root["skills"] as? [Any] else {
      throw problem("\"skills\" is missing or not a list of skills")
    }
    var seen = Set<String>()
    var selfRatings: [String: Rating] = [:]
    for (index, element) in items.enumerated() {
      let place = "skill \(index + 1) of \"skills\""
      guard let item = element as? [String: Any], let skill = item["id"] as? String else {
        throw problem("\(place) has no \"id\"")
      }
      guard pack.skill(skill) != nil else {
        throw problem("unknown skill \(QuotedText.quote(skill)) in \"skills\"")
      }
      guard seen.insert(skill).inserted else {
        throw problem("the skill \(QuotedText.quote(skill)) is listed twice in \"skills\"")
      }
      review.skills.append(skill)
      if let rating = try rating(item["rating"], "rating", skill, pack, problem) {
        review.ratings[skill] = rating
      }
      if shows, let rating = try rating(item["self"], "self", skill, pack, problem) {
        selfRatings[skill] = rating
      }
      switch item["comment"] {
      case nil, is NSNull: break
      case let text as String:
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count <= commentLimit else {
          throw problem(
            "the comment on \(QuotedText.quote(skill)) is longer than \(commentLimit) characters")
        }
        // Shown on the reviewee's terminal: a control character could drive it.
        if let control = trimmed.firstControlCharacter(allowing: ["\n", "\t"]) {
          throw problem(
            "the comment on \(QuotedText.quote(skill)) holds the control character "
              + TextRules.codePoint(control))
        }
        if !trimmed.isEmpty { review.comments[skill] = trimmed }
      default:
        throw problem("the comment on \(QuotedText.quote(skill)) is not text")
      }
    }
    review.selfRatings = shows ? selfRatings : nil
    return review
  }

  /// A JSON number; nil for anything else, true and false included (which Foundation also
  /// hands out as numbers).
  private static func number(_ value: Any?) -> NSNumber? {
    guard let number = value as? NSNumber, String(cString: number.objCType) != "c" else {
      return nil
    }
    return number
  }

  private static func name(
    _ root: [String: Any], _ key: String, _ problem: (String) -> Problem
  ) throws(Problem) -> String? {
    switch root[key] {
    case nil, is NSNull: return nil
    case let text as String:
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      guard trimmed.count <= nameLimit else {
        throw problem("\"\(key)\" is longer than \(nameLimit) characters")
      }
      // A name stands on one line of the other person's terminal.
      if let control = trimmed.firstControlCharacter() {
        throw problem(
          "\"\(key)\" holds the control character \(TextRules.codePoint(control))")
      }
      return trimmed.isEmpty ? nil : trimmed
    default: throw problem("\"\(key)\" is not a name")
    }
  }

  private static func rating(
    _ value: Any?, _ key: String, _ skill: String, _ pack: Pack, _ problem: (String) -> Problem
  ) throws(Problem) -> Rating? {
    let field = "the \"\(key)\" of \(QuotedText.quote(skill))"
    if value == nil || value is NSNull { return nil }
    switch number(value) {
    case let number?:
      let whole = number.doubleValue.rounded()
      guard whole == number.doubleValue, abs(whole) < 1_000_000 else {
        throw problem("\(field) must be a whole number \(pack.scale.numbers), not \(number)")
      }
      guard let rating = pack.scale.rating(number: Int(whole)) else {
        throw problem("\(field) is \(Int(whole)), outside \(pack.scale.numbers)")
      }
      return rating
    default:
      throw problem("\(field) must be a whole number \(pack.scale.numbers)")
    }
  }
}
