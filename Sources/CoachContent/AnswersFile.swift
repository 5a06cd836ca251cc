import CoachCore
import Foundation
import Yams

/// The answers file of `assess --answers` (YAML or JSON):
/// `{"ratings": {"<skill id>": 0..4}, "years": 3, "market": "<market id>", "languages": [...]}`.
/// Skills left out (or null) are unrated.
public struct AnswersFile: Equatable, Sendable {
  public var ratings: [String: Rating]
  public var years: Double?
  public var market: String?
  public var languages: [String]

  static let keys = ["ratings", "years", "market", "languages"]
  /// Every skill of a pack rated, with a note, fits in a few kilobytes.
  public static let maximumBytes = 1 << 20

  /// One sentence naming the file and the problem.
  public struct Problem: Error, CustomStringConvertible {
    public let description: String
  }

  /// Parses and checks the whole file against the pack; the first problem is thrown.
  public static func parse(_ data: Data, path: String, pack: Pack) throws(Problem) -> AnswersFile {
    func problem(_ text: String, _ node: Node? = nil) -> Problem {
      let place = node?.mark.map { " (line \($0.line), column \($0.column))" } ?? ""
      return Problem(description: QuotedText.bounded("\(path): \(text)\(place)."))
    }
    if data.isEmpty { throw problem("the file is empty") }
    let text = String(decoding: data, as: UTF8.self)
    guard !data.contains(0), text.utf8.elementsEqual(data) else {
      throw problem("the file is binary, not YAML or JSON text")
    }
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: text), !node.isNullValue else {
        throw problem("the file is empty")
      }
      root = node
    } catch let error as Problem {
      throw error
    } catch let error as YamlError {
      throw problem(syntaxMessage(error))
    } catch {
      throw problem("the file is not valid YAML or JSON")
    }
    guard let mapping = root.mapping else {
      throw problem("the file must be a mapping with \"ratings\", not a \(kind(of: root))", root)
    }
    var file = AnswersFile(ratings: [:], years: nil, market: nil, languages: [])
    var sawRatings = false
    for (keyNode, value) in mapping {
      guard let key = keyNode.string else {
        throw problem(
          "a key of the file is not a name; an answers file has \(keys.joined(separator: ", "))",
          keyNode)
      }
      switch key {
      case "ratings":
        sawRatings = true
        file.ratings = try ratings(value, pack: pack, problem: problem)
      case "years":
        if value.isNullValue { continue }
        guard value.tag == Tag(.int) || value.tag == Tag(.float), let years = value.float,
          years.isFinite
        else {
          throw problem("\"years\" must be a number of years, such as 3 or 4.5", value)
        }
        guard Experience.range.contains(years) else {
          throw problem("\"years\" is \(Experience.format(years)), outside 0-80", value)
        }
        file.years = years
      case "market":
        if value.isNullValue { continue }
        guard let market = value.scalar?.string else {
          throw problem("\"market\" must be a market id", value)
        }
        guard pack.markets.contains(where: { $0.id == market }) else {
          let known = pack.markets.map(\.id).joined(separator: ", ")
          throw problem(
            "unknown market \(QuotedText.quote(market)); the pack knows \(known)", value)
        }
        file.market = market
      case "languages":
        file.languages = try languages(value, pack: pack, problem: problem)
      default:
        throw problem(
          "unknown key \(QuotedText.quote(key)); an answers file has \(keys.joined(separator: ", "))",
          keyNode)
      }
    }
    guard sawRatings else { throw problem("the file has no \"ratings\"") }
    return file
  }

  private static func ratings(
    _ node: Node, pack: Pack, problem: (String, Node?) -> Problem
  ) throws(Problem) -> [String: Rating] {
    if node.isNullValue { return [:] }
    guard let mapping = node.mapping else {
      throw problem("\"ratings\" must map skill ids to ratings 0-4", node)
    }
    var ratings: [String: Rating] = [:]
    for (keyNode, value) in mapping {
      guard let skill = keyNode.scalar?.string else {
        throw problem("a key of \"ratings\" is not a skill id", keyNode)
      }
      guard pack.skill(skill) != nil else {
        throw problem("unknown skill \(QuotedText.quote(skill)) in \"ratings\"", keyNode)
      }
      if value.isNullValue { continue }
      guard value.tag == Tag(.int), let rating = value.int else {
        let shown =
          value.scalar.map {
            (value.tag == Tag(.str) ? "the text " : "") + "\(QuotedText.quote($0.string))"
          }
          ?? "a \(kind(of: value))"
        throw problem(
          "the rating of \(QuotedText.quote(skill)) must be a whole number 0-4, not \(shown)", value
        )
      }
      guard RatingScale.range.contains(rating) else {
        throw problem("the rating of \(QuotedText.quote(skill)) is \(rating), outside 0-4", value)
      }
      ratings[skill] = rating
    }
    return ratings
  }

  private static func languages(
    _ node: Node, pack: Pack, problem: (String, Node?) -> Problem
  ) throws(Problem) -> [String] {
    if node.isNullValue { return [] }
    guard let sequence = node.sequence else {
      throw problem("\"languages\" must be a list of skill ids", node)
    }
    var result: [String] = []
    for item in sequence {
      guard let id = item.scalar?.string else {
        throw problem("\"languages\" must be a list of skill ids", item)
      }
      guard pack.skill(id) != nil else {
        throw problem("unknown skill \(QuotedText.quote(id)) in \"languages\"", item)
      }
      if !result.contains(id) { result.append(id) }
    }
    return result
  }

  private static func kind(of node: Node) -> String {
    switch node {
    case .mapping: return "mapping"
    case .sequence: return "list"
    default: return "single value"
    }
  }

  private static func syntaxMessage(_ error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return
        "the file is not valid YAML or JSON (it may be truncated): \(problem) at line \(mark.line), column \(mark.column)"
    case .duplicatedKeysInMapping(let duplicates, let context):
      return
        "the key \(QuotedText.quote(duplicates.first ?? "")) appears twice (line \(context.mark.line))"
    default:
      return "the file is not valid YAML or JSON (it may be truncated)"
    }
  }
}

extension Node {
  /// A null scalar (`null`, `~` or nothing) as the YAML resolver reads it.
  fileprivate var isNullValue: Bool { tag == Tag(.null) }
}
